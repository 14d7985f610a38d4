package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Registers a journalist can cite (issue 11, items 7 and 13): the filter shown is the filter in the
 * address, a choice on the page goes into the address, a value the page does not know is named and
 * ignored, readers without JavaScript get the same rows, and every register advertises and serves its
 * Atom feed.
 */
class RegistersInTheAddressIT extends BrowserJourney {

    /** The one demo hazard in 高平市 past its deadline and not closed; 高平市 also has a closed one. */
    private static final String OVERDUE_IN_GAOPING = "ZDYH-JCYJ-2026-005";
    private static final String CLOSED_IN_GAOPING = "ZDYH-GPNY-2026-002";

    @Test
    void aPastedHazardsAddress_showsItsFilterAndRows_andChoosingAFilterRewritesTheAddress() {
        browser.open("/hazards?area=GP&status=OVERDUE");
        browser.waitForText(By.id("hazards-count"), browser.text("hazards.count", 1));

        assertTrue(browser.byId("filter-county").getText().contains("高平市"), browser.byId("filter-county").getText());
        assertTrue(browser.byId("filter-status").getText().contains(browser.text("hazards.overdue")));
        assertEquals(List.of(OVERDUE_IN_GAOPING), hazardCodes());

        browser.click("filter-status");
        browser.pickOverlayItem("vaadin-select-item", browser.text("hazards.filter.allStatuses"));
        browser.waitForText(By.id("hazards-count"), browser.text("hazards.count", 2));
        assertAddress("/hazards", "area=GP");
        assertTrue(hazardCodes().contains(CLOSED_IN_GAOPING), hazardCodes().toString());
        assertTrue(browser.byId("hazards-export-csv").getAttribute("href").endsWith("/api/v1/hazards/export.csv?area=GP"));

        browser.click("filter-status");
        browser.pickOverlayItem("vaadin-select-item", browser.text("hazards.status.CLOSED"));
        browser.waitForText(By.id("hazards-count"), browser.text("hazards.count", 1));
        String cited = browser.path();
        assertAddress("/hazards", "area=GP", "status=CLOSED");

        browser.open(cited);
        browser.waitForText(By.id("hazards-count"), browser.text("hazards.count", 1));
        assertEquals(List.of(CLOSED_IN_GAOPING), hazardCodes());
    }

    @Test
    void aValueThePageDoesNotKnow_isNamedAndIgnored_theRestOfTheFilterHolds() {
        browser.open("/hazards?area=ZZZ&status=OVERDUE");

        browser.waitForText(By.id("hazards-error"), browser.text("filters.address.ignored", browser.text("inspections.filter.county")));
        assertTrue(hazardCodes().contains(OVERDUE_IN_GAOPING), hazardCodes().toString());
        assertTrue(browser.byId("filter-status").getText().contains(browser.text("hazards.overdue")));
        assertFalse(browser.driver().getPageSource().contains("Exception"), "no stack trace");
    }

    @Test
    void theOtherRegisters_readAndWriteTheirFiltersInTheAddressToo() {
        browser.open("/blacklist?status=history");
        assertNotNull(browser.byId("scope-HISTORY").getDomAttribute("selected"), "the history tab");
        browser.click("scope-ALL");
        browser.settle();
        assertAddress("/blacklist", "status=all");

        browser.open("/oversight?kind=ASSESSMENT");
        browser.settle();
        List<String> kinds = browser.all(By.cssSelector("#oversight-grid .oversight-kind")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).distinct().toList();
        assertEquals(List.of(browser.text("oversight.kind.ASSESSMENT")), kinds);
        browser.click("filter-area");
        browser.pickOverlayItem("vaadin-select-item", "泽州县");
        assertAddress("/oversight", "kind=ASSESSMENT", "area=ZZ");

        browser.open("/inspections?kind=NOPE&area=QS");
        browser.waitForText(By.id("inspections-error"), browser.text("filters.address.ignored", browser.text("inspections.filter.kind")));
        assertTrue(browser.byId("filter-county").getText().contains("沁水县"));
        browser.click("filter-sector");
        browser.pickOverlayItem("vaadin-select-item", "煤矿");
        assertAddress("/inspections", "area=QS", "sector=COAL_MINE");
    }

    @Test
    void withoutJavaScript_theFilteredRowsAreInTheFirstResponse_withTheFeedInItsHead() throws Exception {
        Document page = read("/hazards?area=GP&status=OVERDUE");

        Element main = page.selectFirst("#page-for-readers main");
        assertNotNull(main.selectFirst("a[href$=hazards/" + OVERDUE_IN_GAOPING + "]"), "the overdue hazard");
        assertTrue(main.select("a[href$=hazards/" + CLOSED_IN_GAOPING + "]").isEmpty(), "not the closed one");
        assertEquals("/feeds/hazards.atom", page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"));

        Document unknown = read("/hazards?area=ZZZ");
        assertTrue(unknown.selectFirst("#page-for-readers main").text()
                .contains(browser.text("filters.address.ignored", browser.text("inspections.filter.county"))));
    }

    @ParameterizedTest
    @CsvSource({"/inspections, /feeds/inspections.atom", "/blacklist, /feeds/blacklist.atom",
        "/oversight, /feeds/oversight.atom", "/lists, /feeds/lists.atom",
        "/lists/department/JC-ENERGY, /feeds/departments/JC-ENERGY.atom"})
    void everyRegister_advertisesItsFeed_whichAnswers(String page, String feed) throws Exception {
        Document document = read(page);

        Element link = document.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertNotNull(link, page);
        assertEquals(feed, link.attr("href"));
        assertFalse(link.attr("title").isBlank());
        assertEquals(200, get(feed).statusCode(), feed);
    }

    @ParameterizedTest
    @CsvSource({"/feeds/hazards.atom, urn:safety-portal:major-hazard, /hazards/",
        "/feeds/oversight.atom, urn:safety-portal:oversight, /oversight/"})
    void theHazardAndOversightFeeds_announceLedgerEntries_withETagAndHead(String path, String idPrefix, String linkPart)
            throws Exception {
        HttpResponse<String> feed = get(path);

        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Document atom = Jsoup.parse(feed.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertFalse(atom.select("entry").isEmpty(), feed.body());
        for (Element entry : atom.select("entry")) {
            assertTrue(entry.selectFirst("id").text().startsWith(idPrefix), entry.toString());
            assertTrue(entry.selectFirst("link").attr("href").contains(linkPart), entry.toString());
            assertTrue(entry.selectFirst("summary").text().matches(".*[0-9a-f]{64}$"), "its content hash: " + entry);
        }
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
        assertEquals("", head.body());
    }

    /** The address shows this page with exactly these parameters, in whatever order the router writes them. */
    private void assertAddress(String page, String... parameters) {
        String[] address = browser.path().split("\\?", 2);
        assertEquals(page, address[0], browser.path());
        assertEquals(Set.of(parameters), Set.of(address.length > 1 ? address[1].split("&") : new String[0]), browser.path());
    }

    private List<String> hazardCodes() {
        return browser.all(By.cssSelector("#hazards-grid a")).stream().map(WebElement::getText).map(String::strip)
                .filter(text -> text.startsWith("ZDYH-")).distinct().toList();
    }

    private Document read(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), portal.url(path));
    }
}
