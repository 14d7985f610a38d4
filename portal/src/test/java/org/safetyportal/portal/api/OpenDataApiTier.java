package org.safetyportal.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;

/**
 * The open-data API and feeds as a client sees them, answered by the portal running in this JVM with
 * the demo data: status codes, the shape of each answer, caching with ETag and 304, HEAD, 404 for
 * what does not exist, and 400 with a translated message for bad parameters. One application context
 * serves every test of a subclass; the subclass says which database.
 */
abstract class OpenDataApiTier {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Test
    void health_isUpWithTheDatabase() throws IOException {
        HttpResponse<String> response = get("/health");

        assertEquals(200, response.code());
        assertEquals("UP", object(response).get("status"), text(response));
    }

    @Test
    void areas_areTheCityAndItsCountyAreas_inBothLanguages() throws IOException {
        HttpResponse<String> response = get("/api/v1/areas");

        assertEquals(200, response.code());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("application/json"));
        List<Map<String, Object>> areas = json.readValue(text(response), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(8, areas.size(), "the city and seven county-level areas");
        Map<String, Object> zezhou = areas.stream().filter(a -> "ZZ".equals(a.get("code"))).findFirst().orElseThrow();
        assertEquals(Map.of("code", "ZZ", "kind", "COUNTY", "nameZh", "泽州县", "nameEn", "Zezhou County"), zezhou);
    }

    @Test
    void aPageOfTheBlacklist_saysItsTotalOffsetAndLimit_andEachEntryWhereToObject() throws IOException {
        HttpResponse<String> response = get("/api/v1/blacklist?status=history&limit=1");

        assertEquals(200, response.code());
        Map<String, Object> page = object(response);
        assertTrue(((Number) page.get("total")).intValue() >= 2, text(response));
        assertEquals(0, ((Number) page.get("offset")).intValue());
        assertEquals(1, ((Number) page.get("limit")).intValue());
        List<?> entries = (List<?>) page.get("entries");
        assertEquals(1, entries.size());
        Map<?, ?> entry = (Map<?, ?>) entries.get(0);
        assertTrue(List.of("EXPIRED", "REMOVED").contains(entry.get("status")), entry.toString());
        assertNotNull(entry.get("objection"), entry.toString());
        assertTrue(entry.get("enterpriseName").toString().contains("示例"), "demo enterprises only: " + entry);
    }

    @Test
    void oneHazard_byItsRegisterCode_withItsFiveImplementationsAndSignOff() throws IOException {
        HttpResponse<String> response = get("/api/v1/hazards/ZDYH-JCNY-2025-011");

        assertEquals(200, response.code());
        Map<String, Object> hazard = object(response);
        assertEquals("ZDYH-JCNY-2025-011", hazard.get("registerCode"));
        assertEquals("企业自筹资金380万元，专款专用。", ((Map<?, ?>) hazard.get("fiveImplementations")).get("funds"));
        assertTrue(text(response).contains("\"signedOffUnit\":\"晋城市能源局\""), text(response));
    }

    @Test
    void whatIsNotPublished_is404_inTheVisitorsLanguage() throws IOException {
        HttpResponse<String> english = get("/api/v1/hazards/NOPE-1?lang=en");
        HttpResponse<String> chinese = get("/api/v1/blacklist/999999");
        HttpResponse<String> notANumber = get("/api/v1/blacklist/abc?lang=en");

        assertEquals(404, english.code());
        assertEquals(Map.of("status", 404, "code", "api.notFound", "message", "Nothing is published at this address."),
                object(english));
        assertEquals(404, chinese.code());
        assertEquals(Messages.get(SupportedLocales.CHINESE, "api.notFound"), object(chinese).get("message"));
        assertEquals(404, notANumber.code());
    }

    @Test
    void badParameters_are400_withATranslatedMessageThatNamesTheParameterButNotItsValue() throws IOException {
        HttpResponse<String> badStatus = get("/api/v1/hazards?status=DONE&lang=en");
        HttpResponse<String> badYear = get("/api/v1/blacklist?year=abc&lang=en");
        HttpResponse<String> badYearInChinese = get("/api/v1/blacklist?year=abc");
        HttpResponse<String> badPaging = get("/api/v1/inspections?offset=-1&lang=en");

        assertEquals(400, badStatus.code());
        assertEquals("The value of the parameter status is not valid.", object(badStatus).get("message"));
        assertFalse(text(badStatus).contains("DONE"), "an error never repeats the value: " + text(badStatus));
        assertEquals(400, badYear.code());
        assertEquals("The value of the parameter year is not valid.", object(badYear).get("message"));
        assertEquals(Messages.get(SupportedLocales.CHINESE, "api.parameter.invalid", "year"),
                object(badYearInChinese).get("message"));
        assertEquals(400, badPaging.code());
        assertTrue(object(badPaging).get("message").toString().startsWith("Bad paging"), text(badPaging));
        for (HttpResponse<String> refused : List.of(badStatus, badYear, badYearInChinese, badPaging)) {
            assertFalse(text(refused).contains("Exception"), text(refused));
        }
    }

    @Test
    void openData_carriesAnETag_andAClientHoldingItGets304WithoutABody() {
        HttpResponse<String> first = get("/api/v1/areas");
        String etag = first.header("ETag");

        HttpResponse<String> again = send(HttpRequest.GET("/api/v1/areas").header("If-None-Match", etag));

        assertNotNull(etag, "an ETag");
        assertEquals("public, max-age=60", first.header("Cache-Control"));
        assertEquals(304, again.code());
        assertEquals("", text(again), "no body");
        assertEquals(200, send(HttpRequest.GET("/api/v1/areas").header("If-None-Match", "\"other\"")).code(),
                "another tag gets the body");
    }

    @Test
    void head_answersWithTheHeadersOfTheGet_andNoBody() {
        HttpResponse<String> get = get("/api/v1/sectors");
        HttpResponse<String> head = send(HttpRequest.HEAD("/api/v1/sectors"));

        assertEquals(200, head.code());
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals("", text(head), "no body");
    }

    @Test
    void theFeeds_areAtom() {
        HttpResponse<String> feed = get("/feeds/blacklist.atom");

        assertEquals(200, feed.code());
        assertTrue(feed.header("Content-Type").startsWith("application/atom+xml"), feed.header("Content-Type"));
        assertTrue(text(feed).contains("<feed") && text(feed).contains("http://www.w3.org/2005/Atom"), text(feed));
    }

    @Test
    void theCases_areAnonymisedOpenData_underTheirPublicNumbers() throws IOException {
        HttpResponse<String> page = get("/api/v1/cases?area=ZZ&limit=2");

        assertEquals(200, page.code());
        Map<String, Object> body = object(page);
        assertTrue(((Number) body.get("total")).intValue() >= 2, text(page));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) body.get("cases")).get(0);
        assertEquals("ZZ", first.get("area"));
        String number = first.get("number").toString();
        assertTrue(number.matches("\\d{4}-\\d{5,9}"), number);
        for (String hidden : List.of("description", "address", "latitude", "trackingCode", "actor", "internalNote")) {
            assertFalse(text(page).contains("\"" + hidden + "\""), hidden + " in " + text(page));
        }
        HttpResponse<String> one = get("/api/v1/cases/" + number);
        assertEquals(200, one.code());
        assertEquals(number, object(one).get("number"));
        assertTrue(text(one).contains("\"ledgerSubject\":\"hazard-case-event:"), text(one));
        assertEquals(404, get("/api/v1/cases/1999-00001").code());
        assertEquals(400, get("/api/v1/cases?status=DONE").code());
        HttpResponse<String> none = get("/api/v1/cases?area=ZZ&status=DISPUTED&sector=COAL_MINE");
        assertEquals(200, none.code());
        assertTrue(text(none).contains("\"total\":0") && text(none).contains("\"cases\":[]"), "an empty page keeps its shape: " + text(none));
        String etag = page.header("ETag");
        assertNotNull(etag);
        assertEquals(304, send(HttpRequest.GET("/api/v1/cases?area=ZZ&limit=2").header("If-None-Match", etag)).code());
    }

    @Test
    void theCaseStatistics_areTheSameAsJsonAndCsv() throws IOException {
        HttpResponse<String> statistics = get("/api/v1/cases/statistics");
        HttpResponse<String> csv = get("/api/v1/cases/statistics.csv");

        assertEquals(200, statistics.code());
        Map<String, Object> figures = object(statistics);
        int cases = ((Number) figures.get("cases")).intValue();
        assertTrue(cases >= 20, "the demo reports: " + cases);
        assertEquals(cases, ((List<?>) figures.get("byCounty")).stream()
                .mapToInt(c -> ((Number) ((Map<?, ?>) c).get("cases")).intValue()).sum(), "every case in one county");
        assertEquals(200, csv.code());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        String[] lines = text(csv).split("\r\n");
        assertTrue(lines[1].startsWith("city,,," + cases + ","), lines[1]);
        assertTrue(text(csv).contains("county,ZZ,泽州县,"), text(csv));
        HttpResponse<String> feed = get("/feeds/cases/areas/ZZ.atom");
        assertEquals(200, feed.code());
        assertTrue(text(feed).contains("/cases/"), text(feed));
        assertEquals(404, get("/feeds/cases/departments/NOPE.atom").code());
    }

    @Test
    void theStaffApi_withoutASession_is401() {
        HttpResponse<String> response = get("/api/admin/users");

        assertEquals(HttpStatus.UNAUTHORIZED.getCode(), response.code());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** The answer in whatever state it comes; the client would throw for 4xx and 5xx. */
    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) refused.getResponse();
            return response;
        }
    }

    /** The body as text, whether the client decoded it (2xx) or kept it with the refusal (4xx, 5xx); empty if none. */
    private static String text(HttpResponse<?> response) {
        return response.getBody(String.class).orElse("");
    }

    private Map<String, Object> object(HttpResponse<String> response) throws IOException {
        return json.readValue(text(response), Argument.mapOf(String.class, Object.class));
    }
}
