package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP side of the same running portal: health, open reference data, guarded admin API. */
class HttpApiIT {

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void health_isUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = get("/health");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\"}}", response.body());
    }

    @Test
    void openData_listsTheCityAndItsSevenCountyAreas() throws Exception {
        HttpResponse<String> response = get("/api/v1/areas");

        assertEquals(200, response.statusCode());
        for (String name : new String[] {"晋城市", "城区", "泽州县", "高平市", "阳城县", "陵川县", "沁水县", "晋城经济技术开发区"}) {
            assertTrue(response.body().contains("\"nameZh\":\"" + name + "\""), name);
        }
    }

    @Test
    void routing_sendsAGasHazardInZezhouToZezhouUrbanManagement() throws Exception {
        HttpResponse<String> response = get("/api/v1/routing?sector=GAS&area=ZZ");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"ZZ-URBAN_MANAGEMENT\""), response.body());
        assertTrue(response.body().contains("泽州县城市管理局"), response.body());
    }

    @Test
    void badInput_isATranslatedJsonErrorNotAStackTrace_namingTheParameterButNotRepeatingItsValue() throws Exception {
        HttpResponse<String> english = get("/api/v1/routing?sector=NOPE&area=ZZ&lang=en");
        HttpResponse<String> chinese = get("/api/v1/routing?sector=NOPE&area=ZZ");

        assertEquals(400, english.statusCode());
        assertEquals("{\"status\":400,\"code\":\"routing.sector.unknown\",\"message\":\"The value of the parameter sector is not valid.\"}",
                english.body());
        assertTrue(chinese.body().contains("\"code\":\"routing.sector.unknown\""), chinese.body());
        assertTrue(chinese.body().contains("sector"), chinese.body());
        assertFalse(chinese.body().contains("NOPE"), chinese.body());
        assertFalse(english.body().contains("Exception"), english.body());
    }

    @Test
    void adminApi_withoutASession_answers401() throws Exception {
        HttpResponse<String> response = get("/api/admin/users");

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"error.notSignedIn\""), response.body());
    }

    @Test
    void openData_listsWhatIsInForce_andTheLedgerVerifies() throws Exception {
        HttpResponse<String> lists = get("/api/v1/lists");
        HttpResponse<String> verify = get("/api/v1/ledger/verify");

        assertEquals(200, lists.statusCode());
        assertTrue(lists.body().contains("\"department\":\"JC-EMERGENCY\""), lists.body());
        assertEquals(200, verify.statusCode());
        assertTrue(verify.body().startsWith("{\"intact\":true"), verify.body());
    }

    @Test
    void openData_refusesBadPagingAndUnknownVersionsInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> paging = get("/api/v1/ledger?limit=0&lang=en");
        HttpResponse<String> notNumber = get("/api/v1/ledger?limit=abc");
        HttpResponse<String> unknown = get("/api/v1/lists/versions/999999?lang=en");

        assertEquals(400, paging.statusCode());
        assertTrue(paging.body().contains("\"code\":\"api.page.invalid\""), paging.body());
        assertEquals(400, notNumber.statusCode());
        assertTrue(notNumber.body().contains("参数 limit"), notNumber.body());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Nothing is published at this address."), unknown.body());
    }

    @Test
    void feeds_announceListPublications_citywideAndPerDepartment() throws Exception {
        HttpResponse<String> city = get("/feeds/lists.atom");
        HttpResponse<String> energy = get("/feeds/departments/JC-ENERGY.atom?lang=en");
        HttpResponse<String> unknown = get("/feeds/departments/NO-SUCH.atom");

        assertEquals(200, city.statusCode());
        assertTrue(city.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
        assertTrue(city.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), city.body());
        assertTrue(city.body().contains("晋城市应急管理局"), city.body());
        assertTrue(energy.body().contains("Jincheng City Energy Bureau"), energy.body());
        assertFalse(energy.body().contains("晋城市应急管理局"), "only the department’s own publications");
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void openData_canBeCachedAndRevalidated() throws Exception {
        HttpResponse<String> first = get("/api/v1/areas");
        String etag = first.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/areas")))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals("public, max-age=60", first.headers().firstValue("cache-control").orElse(""));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void openData_isServedGzippedWhenTheClientAcceptsIt_theSameBodyUnderItsOwnTag() throws Exception {
        HttpResponse<String> plain = get("/api/v1/lists?limit=100");
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/lists?limit=100")))
                .header("Accept-Encoding", "gzip, deflate").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("content-encoding").orElse(""));
        assertEquals("Accept-Encoding", zipped.headers().firstValue("vary").orElse(""));
        assertEquals("Accept-Encoding", plain.headers().firstValue("vary").orElse(""));
        assertFalse(plain.headers().firstValue("content-encoding").isPresent(), "no gzip for a client that did not ask");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String plainTag = plain.headers().firstValue("etag").orElseThrow();
        String gzipTag = zipped.headers().firstValue("etag").orElseThrow();
        assertEquals(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"", gzipTag);
        HttpResponse<String> revalidated = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/lists?limit=100")))
                .header("Accept-Encoding", "gzip").header("If-None-Match", gzipTag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, revalidated.statusCode());
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/lists?limit=100")))
                .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(plain.body(), refused.body(), "gzip;q=0 refuses gzip");
    }

    @Test
    void openData_comparesTwoVersionsOfAList_fieldByField() throws Exception {
        String current = versionId("JC-ENERGY", "RESPONSIBILITY", 2);
        String previous = versionId("JC-ENERGY", "RESPONSIBILITY", 1);

        HttpResponse<String> diff = get("/api/v1/lists/diff?from=" + previous + "&to=" + current);

        assertEquals(200, diff.statusCode());
        assertTrue(diff.body().contains("\"summary\":{\"changed\":1,\"added\":1,\"removed\":0,\"unchanged\":1}"), diff.body());
        assertTrue(diff.body().contains("{\"code\":\"ZR-NY-001\",\"fields\":[{\"field\":\"title\",\"oldValue\":"), diff.body());
        assertTrue(diff.body().contains("\"newValue\":\"负责煤矿行业安全生产监督管理，督促煤矿企业落实“一规程四细则”和煤矿重大事故隐患判定标准\""), diff.body());
        assertTrue(diff.body().contains("\"added\":[{\"code\":\"ZR-NY-003\""), diff.body());
        assertTrue(diff.body().contains("\"sectors\":[\"COAL_MINE\"]"), diff.body());
        assertTrue(diff.body().contains("\"removed\":[]"), "an empty list keeps its shape: " + diff.body());
    }

    @Test
    void openData_refusesToCompareDifferentListsOrUnknownVersions() throws Exception {
        String responsibilities = versionId("JC-ENERGY", "RESPONSIBILITY", 2);
        String powers = versionId("JC-ENERGY", "POWER", 1);

        HttpResponse<String> different = get("/api/v1/lists/diff?from=" + powers + "&to=" + responsibilities + "&lang=en");
        HttpResponse<String> unknown = get("/api/v1/lists/diff?from=999999&to=" + responsibilities);
        HttpResponse<String> missing = get("/api/v1/lists/diff?from=" + powers);
        HttpResponse<String> notNumber = get("/api/v1/lists/diff?from=abc&to=" + responsibilities);

        assertEquals(400, different.statusCode());
        assertTrue(different.body().contains("\"code\":\"lists.diff.differentLists\""), different.body());
        assertTrue(different.body().contains("Only two versions of the same list"), different.body());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("\"code\":\"api.notFound\""), unknown.body());
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("参数 to"), missing.body());
        assertEquals(400, notNumber.statusCode());
        assertTrue(notNumber.body().contains("参数 from"), notNumber.body());
    }

    @Test
    void openData_searchesEverythingPublished_andNarrowsToOneKind() throws Exception {
        String words = URLEncoder.encode("危险化学品", StandardCharsets.UTF_8);
        HttpResponse<String> all = get("/api/v1/search?q=" + words);
        HttpResponse<String> inspections = get("/api/v1/search?q=" + words + "&kind=INSPECTION");
        HttpResponse<String> unknownKind = get("/api/v1/search?q=" + words + "&kind=NOPE&lang=en");

        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("\"kind\":\"LIST_ITEM\""), all.body());
        assertTrue(all.body().matches("(?s).*\"totalsByKind\":\\{[^}]*\"INSPECTION\":[1-9].*"), all.body());
        assertEquals(200, inspections.statusCode());
        assertFalse(inspections.body().contains("\"kind\":\"LIST_ITEM\""), inspections.body());
        assertTrue(inspections.body().contains("\"path\":\"/inspections/"), inspections.body());
        assertEquals(400, unknownKind.statusCode());
        assertTrue(unknownKind.body().contains("kind"), unknownKind.body());
        assertFalse(unknownKind.body().contains("Exception"), unknownKind.body());
    }

    /** The id of one published version, found through the open ledger and version API as any outsider would. */
    private String versionId(String department, String listType, int versionNo) throws Exception {
        Matcher subjects = Pattern.compile("\"subject\":\"list-version:(\\d+)\"").matcher(get("/api/v1/ledger?limit=500").body());
        String wanted = "\"department\":\"" + department + "\",\"listType\":\"" + listType + "\",\"year\":0,\"versionNo\":" + versionNo + ",";
        while (subjects.find()) {
            if (get("/api/v1/lists/versions/" + subjects.group(1)).body().contains(wanted)) {
                return subjects.group(1);
            }
        }
        throw new AssertionError("no published version " + versionNo + " of " + department + " " + listType);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/hazards?area=ZZ&status=CLOSED&year=2020, hazards",
        "/api/v1/inspections?from=1990-01-01&to=1990-01-02, records",
        "/api/v1/oversight?year=1990, results",
        "/api/v1/blacklist?area=JC, entries",
        "/api/v1/lists/items?department=JC-ENERGY&year=2000, items",
        "/api/v1/search?q=zzzzqqq, hits"})
    void openData_anEmptyAnswerKeepsItsShape_withAnEmptyList(String path, String field) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"total\":0"), response.body());
        assertTrue(response.body().contains("\"" + field + "\":[]"), "an empty list, not a missing field: " + response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
