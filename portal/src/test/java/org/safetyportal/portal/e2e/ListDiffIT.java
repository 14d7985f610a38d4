package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.ListDiffPage;

/**
 * Journalists check what a department changed between two versions of a list. The demo data
 * publishes the energy bureau’s responsibility list twice: version 2 rewords ZR-NY-001 and adds ZR-NY-003.
 */
class ListDiffIT extends BrowserJourney {

    private static final String OLD_TITLE = "负责煤矿行业安全生产监督管理，督促煤矿企业落实“一规程四细则”";
    private static final String NEW_TITLE = OLD_TITLE + "和煤矿重大事故隐患判定标准";

    @Test
    void journalist_comparesTheTwoVersionsFromTheDepartmentsHistory_andSeesTheRewordedAndAddedDuties() {
        browser.open("/lists/department/JC-ENERGY");
        browser.click(browser.find(By.cssSelector("#list-RESPONSIBILITY .list-history .compare-link")));

        assertTrue(browser.path().matches("/lists/diff/\\d+/\\d+"), browser.path());
        ListDiffPage diff = new ListDiffPage(browser);
        assertEquals(browser.text("lists.diff.summary", 1, 1, 0, 1), diff.summary());
        assertEquals(List.of("ZR-NY-001"), diff.codesIn("diff-changed"));
        assertEquals(List.of(OLD_TITLE, NEW_TITLE), diff.change("ZR-NY-001", "title"));
        assertEquals(List.of("ZR-NY-003"), diff.codesIn("diff-added"));
        assertTrue(diff.item("diff-added", "ZR-NY-003").contains("防治水"));
        assertTrue(browser.all(By.id("diff-removed")).isEmpty(), "nothing was removed");
        assertTrue(browser.byId("diff-to").getText().contains("2026-07-01"));
    }

    @Test
    void journalist_onTheVersionInForce_followsCompareWithThePreviousVersion() {
        browser.open("/lists/department/JC-ENERGY");
        List<String> history = browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li > a:not(.compare-link)")).stream()
                .map(link -> link.getDomProperty("href")).toList();
        assertEquals(2, history.size(), history.toString());

        browser.open(history.get(1).substring(portal.baseUrl().length()));
        browser.byId("superseded-notice");
        assertTrue(browser.all(By.id("compare-previous")).isEmpty(), "version 1 has no version before it");

        browser.open(history.get(0).substring(portal.baseUrl().length()));
        browser.click("compare-previous");
        ListDiffPage diff = new ListDiffPage(browser);
        assertEquals(List.of("ZR-NY-001"), diff.codesIn("diff-changed"));
        assertEquals(List.of("ZR-NY-003"), diff.codesIn("diff-added"));
    }

    @Test
    void visitor_readsTheComparisonInEnglishOnANarrowPhone_withoutSidewaysScrolling() {
        browser.resize(360, 740);
        String path = comparisonPath();
        browser.expectLanguage(SupportedLocales.ENGLISH);
        ListDiffPage diff = ListDiffPage.open(browser, path + "?lang=en");

        assertEquals(browser.text("lists.diff.summary", 1, 1, 0, 1), diff.summary());
        assertEquals(List.of(browser.text("lists.field.title")), browser.all(By.cssSelector("#diff-changed tbody th")).stream()
                .map(cell -> cell.getText().strip()).toList());
        long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
        long viewport = (Long) browser.script("return window.innerWidth");
        assertTrue(pageWidth <= viewport, "page " + pageWidth + "px wide in a " + viewport + "px window");
    }

    @Test
    void visitor_comparingTwoDifferentLists_isToldWhy_andUnknownVersionsAreNotFound() {
        browser.open("/lists/department/JC-ENERGY");
        String power = versionId("#list-POWER .list-history li > a:not(.compare-link)");
        String responsibilities = versionId("#list-RESPONSIBILITY .list-history li > a:not(.compare-link)");

        ListDiffPage refused = ListDiffPage.open(browser, "/lists/diff/" + power + "/" + responsibilities);
        assertEquals(browser.text("lists.diff.differentLists"), refused.error());

        browser.open("/lists/diff/999999/" + responsibilities);
        assertEquals(browser.text("error.404.title"), browser.byId("not-found").getText());
        browser.open("/lists/diff/abc/" + responsibilities);
        assertEquals(browser.text("error.404.title"), browser.byId("not-found").getText());
    }

    private String comparisonPath() {
        browser.open("/lists/department/JC-ENERGY");
        String href = browser.find(By.cssSelector("#list-RESPONSIBILITY .list-history .compare-link")).getDomProperty("href");
        return href.substring(portal.baseUrl().length());
    }

    private String versionId(String linkSelector) {
        String href = browser.find(By.cssSelector(linkSelector)).getDomProperty("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
