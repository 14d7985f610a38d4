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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("seed/demo/reports.tsv")) {
            assertNotNull(seed, "the demo reports");
            for (String line : new String(seed.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#") || cells.length < 6 || "area".equals(cells[0])) {
                    continue;
                }
                secrets.add(cells[3].strip());
                secrets.add(cells[4].strip());
                secrets.add(cells[5].strip());
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
