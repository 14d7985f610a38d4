package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.CompletenessPage;

/**
 * Who has not published: a visitor finds, from the front page and from the lists, every department with
 * safety duties, those that published nothing among them, with overdue annual lists and the 安委办's
 * oversight against the notice's minimum; the same as open data and a file, and without JavaScript.
 */
class CompletenessIT extends BrowserJourney {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Test
    void visitor_seesWhoHasNotPublished_overdueAnnualListsAndOversightBelowTheMinimum() {
        CompletenessPage page = CompletenessPage.openFromHome(browser);

        assertTrue(page.summary().startsWith(browser.text("completeness.yearValue", YEAR)), page.summary());
        assertTrue(browser.byId("completeness-overdue-rule").getText().contains("1月1日"));
        assertTrue(browser.byId("completeness-oversight-rule").getText().contains("两次综合督查和一次巡查考核"));
        // The emergency bureau has all three lists, this year's annual list among them.
        assertEquals(browser.text("completeness.state.IN_FORCE"), page.list("JC-EMERGENCY", "POWER"));
        assertEquals(browser.text("completeness.stateForYear", browser.text("completeness.state.IN_FORCE"), YEAR),
                page.list("JC-EMERGENCY", "ANNUAL_TASKS"));
        // The energy bureau has no annual key-task list: overdue. The 安委办 published nothing at all, and is shown.
        assertEquals(browser.text("completeness.state.OVERDUE"), page.list("JC-ENERGY", "ANNUAL_TASKS"));
        assertEquals(browser.text("completeness.state.MISSING"), page.list("JC-SAFETY_COMMITTEE", "RESPONSIBILITY"));
        assertEquals(browser.text("completeness.state.NOT_EXPECTED"), page.list("ZZ-GOVERNMENT", "POWER"));
        // One 督查 of the urban management bureau by the 安委办: below the minimum of two, and no 巡查考核 yet.
        assertEquals(browser.text("completeness.tally.short", 1), page.tally("JC-URBAN_MANAGEMENT", "supervisions"));
        assertEquals(browser.text("completeness.tally.short", 0), page.tally("JC-URBAN_MANAGEMENT", "tours"));
        // Zezhou's emergency bureau was supervised by the city's emergency bureau, not by a 安委办: not counted.
        assertEquals(browser.text("completeness.tally.short", 0), page.tally("ZZ-EMERGENCY", "supervisions"));
        assertTrue(page.showsArea("GP"));

        page.filterArea("泽州县");
        page.waitForSummary(browser.text("completeness.yearValue", YEAR));
        browser.settle();
        assertTrue(browser.path().contains("area=ZZ"), "the filter is in the address: " + browser.path());
        assertFalse(page.showsArea("GP"));
        assertTrue(page.showsArea("ZZ"));

        page.openList("ZZ-ENERGY", "RESPONSIBILITY");
        assertTrue(browser.path().startsWith("/lists/version/"), browser.path());
    }

    @Test
    void aSharedAddressShowsItsFilter_andBadInputIsRefusedInWords() {
        CompletenessPage zezhou = CompletenessPage.open(browser, "/completeness?area=ZZ&year=" + YEAR);
        assertTrue(zezhou.showsArea("ZZ"));
        assertFalse(zezhou.showsArea("JC"));

        CompletenessPage early = CompletenessPage.open(browser, "/completeness?year=2019");
        assertEquals(browser.text("completeness.year.outOfRange", 2022, YEAR), early.error());
        CompletenessPage.open(browser, "/completeness?area=NOPE");
        assertEquals(browser.text("completeness.area.unknown", "NOPE"), browser.byId("completeness-error").getText());

        CompletenessPage fromLists = CompletenessPage.openFromLists(browser);
        assertFalse(fromLists.summary().isBlank());
    }

    @Test
    void openData_listsEveryDepartment_withAnETag_andAsAFile() throws Exception {
        HttpResponse<String> all = get("/api/v1/completeness");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().startsWith("{\"year\":" + YEAR + ","), all.body().substring(0, 80));
        assertTrue(all.body().contains("\"total\":160,"), "every department with safety duties");
        assertTrue(all.body().contains("{\"department\":\"JC-SAFETY_COMMITTEE\""), "those that published nothing too");
        assertTrue(all.body().contains("\"minimumSupervisions\":2"), all.body().substring(0, 400));
        String etag = all.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/completeness")))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());

        HttpResponse<String> zezhou = get("/api/v1/completeness?area=ZZ");
        assertTrue(zezhou.body().contains("\"area\":\"ZZ\",\"total\":20,"), zezhou.body().substring(0, 200));
        assertEquals(400, get("/api/v1/completeness?year=2019").statusCode());
        assertEquals(400, get("/api/v1/completeness?area=NOPE").statusCode());

        HttpResponse<byte[]> csv = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/completeness/export.csv?area=ZZ"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("ZZ-EMERGENCY"), text);
        assertEquals(21, text.strip().lines().count(), "a header and one row per department of Zezhou");
    }

    @Test
    void readerWithoutJavaScript_readsEveryDepartmentAsATable() throws Exception {
        HttpResponse<String> response = get("/completeness");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body(), portal.url("/completeness"));
        Element main = page.selectFirst("#page-for-readers main");
        assertNotNull(main);
        assertEquals(8, main.select("table").size(), "one table per area");
        assertEquals(160, main.select("tbody tr").size(), "every department, none cut off");
        assertTrue(main.text().contains("晋城市安全生产委员会办公室"), "those that published nothing are named");
        assertNotNull(main.selectFirst("a[href^=/lists/version/]"), "states link to the versions");
    }
}
