package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.DepartmentListsPage;
import org.safetyportal.portal.e2e.pages.ListDiffPage;
import org.safetyportal.portal.e2e.pages.ListVersionPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.ScreenWidth;

/**
 * Journalists check what a department changed between two versions of a list. The demo data
 * publishes the energy bureau’s responsibility list twice: version 2 rewords ZR-NY-001 and adds ZR-NY-003.
 */
class ListDiffIT extends BrowserJourney {

    private static final String OLD_TITLE = "负责煤矿行业安全生产监督管理，督促煤矿企业落实“一规程四细则”";
    private static final String NEW_TITLE = OLD_TITLE + "和煤矿重大事故隐患判定标准";

    @Test
    void journalist_comparesTheTwoVersionsFromTheDepartmentsHistory_andSeesTheRewordedAndAddedDuties() {
        ListDiffPage diff = DepartmentListsPage.open(browser, "JC-ENERGY").compareWithPrevious("RESPONSIBILITY");

        assertTrue(diff.path().matches("/lists/diff/\\d+/\\d+"), diff.path());
        assertEquals(browser.text("lists.diff.summary", 1, 1, 0, 1), diff.summary());
        assertEquals(List.of("ZR-NY-001"), diff.codesIn("diff-changed"));
        assertEquals(List.of(OLD_TITLE, NEW_TITLE), diff.change("ZR-NY-001", "title"));
        assertEquals(List.of("ZR-NY-003"), diff.codesIn("diff-added"));
        assertTrue(diff.item("diff-added", "ZR-NY-003").contains("防治水"));
        assertFalse(diff.hasSection("diff-removed"), "nothing was removed");
        assertTrue(diff.to().contains("2026-07-01"));
    }

    @Test
    void journalist_onTheVersionInForce_followsCompareWithThePreviousVersion() {
        List<String> history = DepartmentListsPage.open(browser, "JC-ENERGY").versionPaths("RESPONSIBILITY");
        assertEquals(2, history.size(), history.toString());

        ListVersionPage first = ListVersionPage.open(browser, history.get(1));
        assertTrue(first.showsSupersededNotice());
        assertFalse(first.offersComparisonWithPrevious(), "version 1 has no version before it");

        ListDiffPage diff = ListVersionPage.open(browser, history.get(0)).compareWithPrevious();
        assertEquals(List.of("ZR-NY-001"), diff.codesIn("diff-changed"));
        assertEquals(List.of("ZR-NY-003"), diff.codesIn("diff-added"));
    }

    @Test
    void visitor_readsTheComparisonInEnglishOnANarrowPhone_withoutSidewaysScrolling() {
        browser.resize(360, 740);
        String path = DepartmentListsPage.open(browser, "JC-ENERGY").comparisonPath("RESPONSIBILITY");
        browser.expectLanguage(SupportedLocales.ENGLISH);
        ListDiffPage diff = ListDiffPage.open(browser, path + "?lang=en");

        assertEquals(browser.text("lists.diff.summary", 1, 1, 0, 1), diff.summary());
        assertEquals(List.of(browser.text("lists.field.title")), diff.changedFieldNames());
        ScreenWidth width = diff.width();
        assertTrue(width.fits(), width.toString());
    }

    @Test
    void visitor_comparingTwoDifferentLists_isToldWhy_andUnknownVersionsAreNotFound() {
        DepartmentListsPage department = DepartmentListsPage.open(browser, "JC-ENERGY");
        String power = versionId(department.versionPaths("POWER").get(0));
        String responsibilities = versionId(department.versionPaths("RESPONSIBILITY").get(0));

        ListDiffPage refused = ListDiffPage.open(browser, "/lists/diff/" + power + "/" + responsibilities);
        assertEquals(browser.text("lists.diff.differentLists"), refused.error());

        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/lists/diff/999999/" + responsibilities).heading());
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/lists/diff/abc/" + responsibilities).heading());
    }

    private static String versionId(String versionPath) {
        return versionPath.substring(versionPath.lastIndexOf('/') + 1);
    }
}
