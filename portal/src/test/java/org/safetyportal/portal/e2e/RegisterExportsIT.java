package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.exports.CsvReader;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.OversightRegisterPage;

/**
 * A visitor narrows the major hazard register, the blacklist and the oversight results on their pages
 * and follows the CSV link: the file holds exactly what the open-data list holds for the filter shown,
 * every row passing it. The same exports over the API: JSON and Excel, caching, bad filters refused in
 * the visitor's language. Other journeys may publish meanwhile: counts are compared with the list API
 * for the same filter, never with fixed numbers.
 */
class RegisterExportsIT extends BrowserJourney {

    private static final Pattern TOTAL = Pattern.compile("^\\{\"total\":(\\d+),");
    private static final Pattern HEADING = Pattern.compile(".+ \\(([A-Za-z]+)\\)");

    @Test
    void visitor_showsOverdueHazards_andTheCsvLinkGivesExactlyThoseHazards() throws Exception {
        browser.open("/hazards");
        browser.click("filter-status");
        browser.pickOverlayItem("vaadin-select-item", browser.text("hazards.overdue"));
        long total = total("/api/v1/hazards?status=OVERDUE");
        browser.waitForText(By.id("hazards-count"), browser.text("hazards.count", total));
        Number gap = (Number) browser.script("return document.getElementById('hazards-export-xlsx').getBoundingClientRect().left"
                + " - document.getElementById('hazards-export-csv').getBoundingClientRect().right;");
        assertTrue(gap.doubleValue() > 0, "the download links stand apart, not run together: " + gap);

        List<Map<String, String>> rows = followCsv("hazards", "/api/v1/hazards/export.csv?status=OVERDUE", "status=OVERDUE");

        assertEquals(total, rows.size());
        assertFalse(rows.isEmpty(), "the demo data has overdue hazards");
        for (Map<String, String> row : rows) {
            assertEquals("true", row.get("overdue"), row.toString());
            assertFalse("CLOSED".equals(row.get("status")), row.toString());
            assertTrue(row.get("ledgerSubject").matches("major-hazard:\\d+"), row.toString());
            assertTrue(row.get("contentHash").matches("[0-9a-f]{64}"), row.toString());
        }
    }

    @Test
    void visitor_showsTheBlacklistsHistory_andTheCsvLinkGivesExactlyTheExpiredAndRemovedEntries() throws Exception {
        browser.open("/blacklist");
        browser.click("scope-HISTORY");
        long total = total("/api/v1/blacklist?status=history");
        browser.waitForText(By.id("blacklist-count"), browser.text("blacklist.count", total));

        List<Map<String, String>> rows = followCsv("blacklist", "/api/v1/blacklist/export.csv?status=history", "status=history");

        assertEquals(total, rows.size());
        assertTrue(rows.stream().anyMatch(row -> "EXPIRED".equals(row.get("status"))), "the demo data has an expired entry");
        for (Map<String, String> row : rows) {
            assertTrue(List.of("EXPIRED", "REMOVED").contains(row.get("status")), row.toString());
            assertEquals("REMOVED".equals(row.get("status")), row.get("removalSubject") != null, row.toString());
            assertTrue(row.get("objectionChannel") != null, row.toString());
        }
    }

    @Test
    void visitor_showsLastYearsAssessments_andTheCsvLinkGivesExactlyThoseResults() throws Exception {
        OversightRegisterPage page = OversightRegisterPage.open(browser);
        page.filterKind(browser.text("oversight.kind.ASSESSMENT"));
        page.filterYear(browser.text("oversight.yearValue", 2025));
        long total = total("/api/v1/oversight?kind=ASSESSMENT&year=2025");
        page.waitForCount(browser.text("oversight.count", total));

        List<Map<String, String>> rows = followCsv("oversight", "/api/v1/oversight/export.csv?kind=ASSESSMENT&year=2025",
                "kind=ASSESSMENT;year=2025");

        assertEquals(total, rows.size());
        assertFalse(rows.isEmpty(), "the demo data has the assessments of 2025");
        for (Map<String, String> row : rows) {
            assertEquals("ASSESSMENT", row.get("kind"), row.toString());
            assertEquals("2025", row.get("year"), row.toString());
            assertTrue(row.get("grade") != null, row.toString());
        }
    }

    @Test
    void openData_exportsEachRegisterAsJsonAndExcel_cachesLikeTheInspectionExport_andRefusesBadFiltersInWords() throws Exception {
        HttpResponse<String> json = get("/api/v1/hazards/export.json?area=ZZ");
        HttpResponse<byte[]> xlsx = client.send(request("/api/v1/blacklist/export.xlsx?status=all&sector=COAL_MINE").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> oversight = get("/api/v1/oversight/export.json?area=ZZ");
        HttpResponse<String> csv = get("/api/v1/blacklist/export.csv?status=current");
        HttpResponse<String> again = client.send(request("/api/v1/blacklist/export.csv?status=current")
                .header("If-None-Match", csv.headers().firstValue("ETag").orElse("none")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, json.statusCode());
        assertTrue(json.body().startsWith("{\"asOf\":\""), json.body());
        assertTrue(json.body().contains("\"filter\":\"area=ZZ\""), json.body());
        assertTrue(json.body().endsWith("\"total\":" + total("/api/v1/hazards?area=ZZ") + "}"), json.body());
        assertFalse(json.body().contains("\"area\":\"GP\""), json.body());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("")
                .contains("blacklist_status-all_sector-COAL_MINE_"), xlsx.headers().toString());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip: the workbook");
        assertEquals(200, oversight.statusCode());
        assertTrue(oversight.body().contains("\"inspectedParty\":\"ZZ\""), oversight.body());
        assertEquals("public, max-age=60", csv.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(csv.headers().firstValue("ETag").orElse("").matches("\"[0-9a-f]{64}\""), csv.headers().toString());
        assertEquals(304, again.statusCode());
        assertEquals(200, get("/api/v1/hazards/ZDYH-QSYJ-2026-009").statusCode(), "a hazard's own address still answers");

        assertRefused(get("/api/v1/hazards/export.csv?status=LATE&lang=en"), "The value of the parameter status is not valid.");
        assertRefused(get("/api/v1/hazards/export.xlsx?area=NOPE"), "参数 area 的值不正确。");
        assertRefused(get("/api/v1/blacklist/export.csv?year=abc&lang=en"), "The value of the parameter year is not valid.");
        assertRefused(get("/api/v1/blacklist/export.json?status=forever&lang=en"), "The value of the parameter status is not valid.");
        assertRefused(get("/api/v1/oversight/export.json?kind=AUDIT&lang=en"), "The value of the parameter kind is not valid.");
        assertEquals(404, get("/api/v1/oversight/export.pdf").statusCode());
    }

    @Test
    void reader_getsHeadingsInTheirLanguage_aWorkbookThatExplainsItsCodes_andNoStaffAccount() throws Exception {
        String chinese = get("/api/v1/oversight/export.csv?kind=ASSESSMENT").body();
        String english = get("/api/v1/oversight/export.csv?kind=ASSESSMENT&lang=en").body();
        HttpResponse<byte[]> workbook = client.send(request("/api/v1/oversight/export.xlsx?kind=ASSESSMENT&lang=en").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertTrue(chinese.startsWith("\uFEFF结果编号 (resultCode),类型 (kind),"), chinese.lines().findFirst().orElse(""));
        assertTrue(english.startsWith("\uFEFFResult number (resultCode),Kind (kind),"), english.lines().findFirst().orElse(""));
        assertTrue(english.lines().findFirst().orElse("").contains(",Published by (role) (publishedByRole),"), english);
        assertEquals(chinese.substring(chinese.indexOf("\r\n")), english.substring(english.indexOf("\r\n")),
                "only the header row depends on the reader's language");
        for (String text : List.of(chinese, english)) {
            assertFalse(text.contains("demo.publisher") || text.contains("demo.reviewer"), "no staff account in open data");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertEquals("Result number (resultCode)", book.getSheet("records").getRow(0).getCell(0).getStringCellValue());
            Sheet codes = book.getSheet("codes");
            boolean explained = false;
            for (Row row : codes) {
                explained |= row.getCell(1) != null && "ASSESSMENT".equals(row.getCell(1).getStringCellValue())
                        && Messages.get(SupportedLocales.ENGLISH, "oversight.kind.ASSESSMENT").equals(row.getCell(2).getStringCellValue());
            }
            assertTrue(explained, "the codes sheet says what ASSESSMENT means");
        }
    }

    /**
     * Follows the page's CSV link: its address carries the filter shown, the file names it and holds a
     * header of headings in the reader's language, each with the dictionary's name; the rows by name.
     */
    private List<Map<String, String>> followCsv(String register, String address, String filter) throws Exception {
        String href = browser.byId(register + "-export-csv").getAttribute("href");
        assertTrue(href.endsWith(address), href);
        assertTrue(browser.byId(register + "-export-xlsx").getAttribute("href").endsWith(address.replace(".csv", ".xlsx")));
        HttpResponse<String> csv = client.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(filter, csv.headers().firstValue("X-Export-Filter").orElse(""));
        assertTrue(csv.headers().firstValue("X-Generated-At").isPresent(), csv.headers().toString());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("")
                .contains(register + "_" + filter.replace('=', '-').replace(';', '_') + "_"), csv.headers().toString());
        assertTrue(csv.body().startsWith("\uFEFF"), "byte order mark");
        List<List<String>> records = CsvReader.read(csv.body().substring(1));
        List<String> names = records.get(0).stream().map(RegisterExportsIT::fieldName).toList();
        return records.subList(1, records.size()).stream().map(record -> {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), record.get(i));
            }
            return row;
        }).toList();
    }

    /** The field name in the brackets of a heading written in the reader's language: {@code 记录编号 (recordCode)}. */
    private static String fieldName(String heading) {
        Matcher named = HEADING.matcher(heading);
        assertTrue(named.matches(), heading);
        return named.group(1);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
    }

    private long total(String listAddress) throws Exception {
        HttpResponse<String> list = get(listAddress);
        Matcher matcher = TOTAL.matcher(list.body());
        assertTrue(matcher.find(), list.body());
        return Long.parseLong(matcher.group(1));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal.url(path)));
    }
}
