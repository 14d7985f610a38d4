package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.i18n.Messages;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.PublicCasesPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Citizens' reports in public: a reader narrows the register (the address follows), opens a case, reads
 * the statistics without a script and downloads them; a handler's step shows on the case's page once it
 * is taken; and no case page ever shows a reporter's place or words, a tracking code or a member of staff.
 */
class PublicCasesIT extends BrowserJourney {

    private static final String PASSWORD = "public-case-pass-1";
    private static final Pattern NUMBER = Pattern.compile("\"number\":\"(\\d{4}-\\d{5,9})\"");

    @Test
    void aReader_filtersTheRegister_andOpensACase() {
        PublicCasesPage register = PublicCasesPage.open(browser);
        String all = register.count();

        register.filterCounty("泽州县");

        browser.settle();
        assertTrue(browser.path().contains("area=ZZ"), browser.path());
        assertFalse(all.equals(register.count()), "the count changed from " + all);
        String number = register.numbersShown().get(0);
        String page = register.openCase(number);
        assertTrue(page.contains("泽州县"), page);
        assertTrue(browser.path().startsWith("/cases/" + number), browser.path());
    }

    @Test
    void theStatistics_drawTheirChartsWithECharts_fromTheWebjar() throws Exception {
        assertEquals(200, get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode());

        browser.open("/cases/statistics");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#statistics-county-chart svg")).isEmpty());
        assertFalse(browser.all(By.cssSelector("#statistics-department-chart svg")).isEmpty(), "the department chart");
    }

    @Test
    void theStatistics_readWithoutScript_asTables_andDownloadAsCsv() throws Exception {
        Document page = read("/cases/statistics");

        Element main = page.selectFirst("#page-for-readers main");
        assertNotNull(main, "the no-script copy");
        assertEquals(browser.text("cases.statistics.title"), main.selectFirst("h1").text());
        assertTrue(main.text().contains(browser.text("cases.statistics.by.county")), "the county figures");
        List<Element> tables = main.select("table");
        assertEquals(4, tables.size(), "by county, sector, status and department");
        Element counties = tables.get(0);
        assertTrue(counties.text().contains("泽州县"), counties.text());
        assertTrue(tables.get(3).select("th").eachText().contains(browser.text("cases.statistics.medianClose")),
                "the per-department medians");
        assertNotNull(main.selectFirst("a[href=/api/v1/cases/statistics.csv]"), "the CSV link");

        HttpResponse<String> csv = get("/api/v1/cases/statistics.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("dimension,code,name,cases,open,overdue"), lines[0]);
        assertTrue(lines[1].startsWith("city,,,"), lines[1]);
        HttpResponse<String> json = get("/api/v1/cases/statistics");
        assertEquals(200, json.statusCode());
        String total = lines[1].split(",")[3];
        assertTrue(json.body().startsWith("{\"cases\":" + total + ","), json.body());
    }

    @Test
    void aHandlersAcceptance_appearsOnTheCasePage_andNoIdentityEverDoes() throws Exception {
        String place = "示例公开巷" + UUID.randomUUID().toString().substring(0, 6);
        String description = "公开页面测试：燃气管道示例" + UUID.randomUUID().toString().substring(0, 6);
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "1号").describe(description);
        report.submit();
        String trackingCode = report.receiptCode();
        String number = newestNumber("/api/v1/cases?area=ZZ&sector=GAS&status=SUBMITTED&limit=1");
        String before = read("/cases/" + number).selectFirst("#page-for-readers main").text();
        assertTrue(before.contains(browser.text("case.status.SUBMITTED")), before);

        String note = "已受理，公开说明" + UUID.randomUUID().toString().substring(0, 6);
        createHandler("pc.gas1", "公开示例经办人");
        LoginPage.open(browser).signInSuccessfully("pc.gas1", PASSWORD);
        CaseWorkPage.fromAdminHome(browser).openCaseAt(place).start("ACCEPT").note(note)
                .confirm(browser.text("case.status.ACCEPTED"));
        signOut();

        String after = read("/cases/" + number).selectFirst("#page-for-readers main").text();
        assertTrue(after.contains(note), after);
        assertTrue(after.contains(browser.text("case.status.ACCEPTED")), after);
        for (String secret : List.of(place, description, trackingCode, trackingCode.replace("-", ""), "pc.gas1",
                "公开示例经办人")) {
            assertFalse(after.contains(secret), "the case page shows " + secret);
        }
        assertEquals(404, get("/cases/2026-99999999").statusCode());
        assertEquals(404, get("/cases/" + trackingCode).statusCode());
    }

    @Test
    void everyCasePage_inTheSiteMap_leavesOutTheDemoReportersPlacesWordsAndStaff() throws Exception {
        List<String> secrets = new ArrayList<>(List.of("demo.handler", "demo.verifier", "demo.committee"));
        // The demo's anonymous reports and its real-name ones (rewards.tsv, whose name and phone follow the description).
        for (String file : List.of("seed/demo/reports.tsv", "seed/demo/rewards.tsv")) {
            try (InputStream seed = getClass().getClassLoader().getResourceAsStream(file)) {
                assertNotNull(seed, file);
                for (String line : new String(seed.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cells = line.split("\t", -1);
                    if (line.startsWith("#") || cells.length < 6 || "area".equals(cells[0])) {
                        continue;
                    }
                    int secretColumns = file.endsWith("rewards.tsv") ? 8 : 6;
                    for (int column = 3; column < secretColumns; column++) {
                        secrets.add(cells[column].strip());
                    }
                }
            }
        }
        Matcher loc = Pattern.compile("<loc>https?://[^/<]+(/cases/\\d{4}-\\d+)</loc>").matcher(get("/sitemap.xml").body());
        int pages = 0;
        while (loc.find()) {
            String text = read(loc.group(1)).selectFirst("#page-for-readers").text();
            for (String secret : secrets) {
                assertFalse(!secret.isBlank() && text.contains(secret), loc.group(1) + " shows " + secret);
            }
            pages++;
        }
        assertTrue(pages >= 20, "the demo cases are in the site map: " + pages);
    }

    @Test
    void anOpen311Client_readsServicesAndCases_inJsonAndXml() throws Exception {
        HttpResponse<String> discovery = get("/open311/v2/discovery.json");
        assertEquals(200, discovery.statusCode());
        assertTrue(discovery.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(discovery.body().contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\""), discovery.body());
        assertTrue(discovery.body().contains("\"url\":\"" + portal.url("/open311/v2") + "\""), discovery.body());

        Document services = xml("/open311/v2/services.xml");
        assertTrue(services.select("services > service").size() >= 5, services.outerHtml());
        assertEquals("燃气", services.select("service:has(service_code:matchesOwn(^GAS$)) > service_name").text());
        assertTrue(get("/open311/v2/services/GAS.json").body().matches("(?s).*\"code\":\"county\".*\"key\":\"ZZ\".*"));

        HttpResponse<String> gas = get("/open311/v2/requests.json?service_code=GAS&lang=en");
        assertEquals(200, gas.statusCode(), gas.body());
        Matcher ids = Pattern.compile("\"service_request_id\":\"(\\d{4}-\\d{5,9})\"").matcher(gas.body());
        assertTrue(ids.find(), "the demo has gas cases of the last 90 days: " + gas.body());
        String id = ids.group(1);
        assertFalse(gas.body().contains("\"service_code\":\"FIRE\""), "only the service asked for");
        assertFalse(gas.body().contains("demo.handler") || gas.body().contains("demo.verifier"), "never a member of staff");

        Document one = xml("/open311/v2/requests/" + id + ".xml");
        assertEquals(id, one.select("service_requests > request > service_request_id").text());
        assertEquals("GAS", one.select("request > service_code").text());
        assertFalse(one.select("request > agency_responsible").text().isBlank());
        String open = get("/api/v1/cases/" + id).body().contains("\"open\":true") ? "open" : "closed";
        assertEquals(open, one.select("request > status").text(), "the same state as the case page's open data");
        assertTrue(get("/open311/v2/requests.json?service_request_id=" + id).body()
                .matches("\\[\\{[^\\[]*\"service_request_id\":\"" + id + "\"[^\\[]*\\}\\]"), "exactly the one asked for");
    }

    @Test
    void open311_refusesInTheStandardsErrorShape_withoutEchoingTheInput() throws Exception {
        HttpResponse<String> badDate = get("/open311/v2/requests.json?start_date=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().matches("\\[\\{\"code\":400,\"description\":\"[^\"]+start_date[^\"]*\"\\}\\]"), badDate.body());
        assertFalse(badDate.body().contains("alert(1)"), badDate.body());

        HttpResponse<String> badStatus = get("/open311/v2/requests.xml?status=%3Cb%3E&lang=en");
        assertEquals(400, badStatus.statusCode());
        Document refused = Jsoup.parse(badStatus.body(), "", Parser.xmlParser());
        assertEquals("400", refused.select("errors > error > code").text());
        assertEquals(Messages.get(Locale.ENGLISH, "open311.error.status"), refused.select("errors > error > description").text(),
                "in the language asked for");
        assertFalse(badStatus.body().contains("<b>"), badStatus.body());

        for (String missing : List.of("/open311/v2/requests/2026-99999999.json", "/open311/v2/requests/%3Cx%3E.xml",
                "/open311/v2/services/NOPE.xml", "/open311/v2/nothing.json", "/open311/v2/services.html")) {
            HttpResponse<String> answer = get(missing);
            assertEquals(404, answer.statusCode(), missing);
            assertTrue(answer.body().contains("404"), missing + ": " + answer.body());
            assertFalse(answer.body().contains("<x>"), answer.body());
        }
        assertTrue(get("/open311/v2/services.json").headers().firstValue("Content-Security-Policy").orElse("")
                .startsWith("default-src 'none'"), "data, never a page that runs script");
    }

    @Test
    void anOpen311App_postsReportsWithAnIssuedKey_inJsonAndXml_readsThemBack_andARevokedKeyStops() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        browser.open("/admin/open311");
        browser.type("open311-client", "示例随手拍应用");
        browser.click("open311-issue");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> browser.byId("open311-new-key").getAttribute("value").startsWith("o311-"));
        String key = browser.byId("open311-new-key").getAttribute("value");

        String description = "Open311 示例：小区燃气表箱锈蚀漏气 " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> json = post("/open311/v2/requests.json", "api_key=" + key + "&service_code=GAS"
                + "&attribute%5Bcounty%5D=ZZ&address_string=" + encode("南村镇示例街12号") + "&lat=35.49&long=112.85"
                + "&device_id=phone-1&description=" + encode(description));
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""), "the PIN is the citizen's");
        Matcher made = Pattern.compile("\"service_request_id\":\"(\\d{4}-\\d{5,9})\".*\"token\":\"([a-z0-9]{24})\"")
                .matcher(json.body());
        assertTrue(made.find(), json.body());
        assertTrue(json.body().matches("(?s).*\"pin\":\"\\d{6}\".*\"tracking_code\":\"[A-Z0-9-]+\".*"), json.body());
        String id = made.group(1);

        Document readBack = xml("/open311/v2/requests/" + id + ".xml");
        assertEquals("open", readBack.select("request > status").text());
        assertEquals("GAS", readBack.select("request > service_code").text());
        assertFalse(readBack.outerHtml().contains(description) || readBack.outerHtml().contains("示例街12号"),
                "the public copy leaves out the citizen's words and address");
        assertTrue(get("/open311/v2/tokens/" + made.group(2) + ".json").body().contains("\"service_request_id\":\"" + id + "\""));

        HttpResponse<String> asXml = post("/open311/v2/requests.xml", "api_key=" + key + "&service_code=FIRE"
                + "&attribute%5Bcounty%5D=ZZ&address_string=" + encode("南村镇示例小区3号楼") + "&description="
                + encode("Open311 示例：楼道堆放杂物堵塞消防通道"));
        assertEquals(200, asXml.statusCode(), asXml.body());
        Document posted = Jsoup.parse(asXml.body(), "", Parser.xmlParser());
        String second = posted.select("service_requests > request > service_request_id").text();
        assertEquals("FIRE", xml("/open311/v2/requests/" + second + ".xml").select("request > service_code").text());

        HttpResponse<String> personal = post("/open311/v2/requests.json?lang=en", "api_key=" + key
                + "&service_code=GAS&attribute%5Bcounty%5D=ZZ&description=x&phone=13800000000");
        assertEquals(400, personal.statusCode());
        assertTrue(personal.body().contains(Messages.get(Locale.ENGLISH, "open311.error.personal")), personal.body());
        assertFalse(personal.body().contains("13800000000"));
        assertEquals(403, post("/open311/v2/requests.json", "api_key=o311-wrong&service_code=GAS&description=x").statusCode());

        browser.open("/admin/open311");
        browser.click(browser.find(By.cssSelector("#open311-keys vaadin-button[theme~='error']")));
        browser.waitForText(By.id("open311-message"), browser.text("admin.open311.revoked", "示例随手拍应用"));
        signOut();
        HttpResponse<String> revoked = post("/open311/v2/requests.json", "api_key=" + key
                + "&service_code=GAS&attribute%5Bcounty%5D=ZZ&description=" + encode("吊销后再提交"));
        assertEquals(403, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().startsWith("[{\"code\":403,"), revoked.body());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Document xml(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), path);
        return Jsoup.parse(answer.body(), "", Parser.xmlParser());
    }

    private void createHandler(String username, String name) {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(username, name, PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser(username);
        signOut();
    }

    private String newestNumber(String api) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(api);
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher m = NUMBER.matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }

    /** The copy for readers without a script, in Chinese. */
    private Document read(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url(path)))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), portal.url(path));
    }
}
