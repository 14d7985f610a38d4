package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Citizens and journalists read the lists in force, their history, and check the publication record. */
class PublishedListsIT extends BrowserJourney {

    @Test
    void visitor_findsADepartmentInTheDirectory_andReadsItsListsInForce() {
        browser.open("/lists");
        browser.click("department-JC-EMERGENCY");

        assertEquals("晋城市应急管理局", browser.byId("department-heading").getText());
        browser.waitForText(By.id("list-RESPONSIBILITY"), "ZR-YJ-001");
        browser.waitForText(By.id("list-RESPONSIBILITY"), "危险化学品");
        browser.waitForText(By.id("list-POWER"), browser.text("lists.powerType.LICENSING"));
        browser.waitForText(By.id("list-ANNUAL_TASKS"), browser.text("lists.taskStatus.COMPLETED"));
    }

    @Test
    void journalist_opensAVersionPermalink_andSeesWhoPublishedItAndItsHash() {
        browser.open("/lists/department/JC-ENERGY");
        browser.click(browser.find(By.cssSelector("#list-RESPONSIBILITY .list-history a")));

        assertTrue(browser.path().matches("/lists/version/\\d+"), browser.path());
        assertTrue(browser.byId("content-hash").getText().matches("[0-9a-f]{64}"));
        browser.waitForText(By.className("provenance"), "demo.reviewer");
    }

    @Test
    void journalist_verifiesThePublicationRecord() {
        browser.open("/ledger");
        browser.click("ledger-verify");

        browser.waitForText(By.id("ledger-result"), browser.text("ledger.intact", 0, "").substring(0, 4));
        assertTrue(browser.byId("ledger-result").getText().matches(".*[0-9a-f]{64}.*"));
    }

    @Test
    void visitor_followingAnUnknownDepartmentOrVersion_getsNotFound() {
        browser.open("/lists/department/NO-SUCH");
        assertEquals(browser.text("error.404.title"), browser.byId("not-found").getText());
        browser.open("/lists/version/999999");
        assertEquals(browser.text("error.404.title"), browser.byId("not-found").getText());
    }

    @Test
    void visitor_searchesInChinese_andFollowsAHighlightedHit() {
        browser.open("/search");
        browser.type("search-query", "危险化学品");
        browser.click("search-submit");

        browser.waitForText(By.id("search-summary"), "危险化学品");
        assertTrue(browser.path().startsWith("/search?q="), "the query is in the address, to share");
        assertTrue(browser.all(By.cssSelector("#search-results mark")).size() > 0, "matches are marked");
        browser.click("search-kind-LIST_ITEM");
        browser.waitForText(By.cssSelector("#search-kind-LIST_ITEM.current"), browser.text("search.kind.LIST_ITEM"));
        assertTrue(browser.path().contains("kind=LIST_ITEM"), browser.path());
        browser.click(browser.find(By.cssSelector("#search-results .search-hit a")));
        assertTrue(browser.path().matches("/lists/version/\\d+"), browser.path());
    }

    @Test
    void journalist_searchesForAnEnterprise_andFindsItsInspectionResultsAmongEverythingPublished() {
        browser.open("/search?q=" + URLEncoder.encode("泽州县示例化工", StandardCharsets.UTF_8));

        browser.waitForText(By.id("search-kind-INSPECTION"), browser.text("search.kind.INSPECTION"));
        browser.click("search-kind-INSPECTION");
        browser.waitForText(By.cssSelector("#search-kind-INSPECTION.current"), browser.text("search.kind.INSPECTION"));
        List<WebElement> hits = browser.all(By.cssSelector("#search-results .search-hit"));
        assertTrue(hits.size() > 0);
        assertTrue(hits.stream().allMatch(h -> h.getText().contains(browser.text("search.kind.INSPECTION"))));
        assertTrue(hits.get(0).findElement(By.tagName("a")).getAttribute("href").contains("/inspections/"));
    }

    @Test
    void visitor_searchingForNothing_isToldWhatToDo() {
        browser.open("/search?q=%20");
        assertEquals(browser.text("search.query.empty"), browser.byId("search-error").getText());
    }
}
