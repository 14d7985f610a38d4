package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.DepartmentListsPage;
import org.safetyportal.portal.e2e.pages.LedgerPage;
import org.safetyportal.portal.e2e.pages.ListVersionPage;
import org.safetyportal.portal.e2e.pages.ListsDirectoryPage;
import org.safetyportal.portal.e2e.pages.NotFoundPage;
import org.safetyportal.portal.e2e.pages.SearchPage;

/** Citizens and journalists read the lists in force, their history, and check the publication record. */
class PublishedListsIT extends BrowserJourney {

    @Test
    void visitor_findsADepartmentInTheDirectory_andReadsItsListsInForce() {
        DepartmentListsPage department = ListsDirectoryPage.open(browser).openDepartment("JC-EMERGENCY");

        assertEquals("晋城市应急管理局", department.heading());
        department.waitForListText("RESPONSIBILITY", "ZR-YJ-001")
                .waitForListText("RESPONSIBILITY", "危险化学品")
                .waitForListText("POWER", browser.text("lists.powerType.LICENSING"))
                .waitForListText("ANNUAL_TASKS", browser.text("lists.taskStatus.COMPLETED"));
    }

    @Test
    void journalist_opensAVersionPermalink_andSeesWhoPublishedItAndItsHash() {
        ListVersionPage version = DepartmentListsPage.open(browser, "JC-ENERGY").openFirstVersionInHistory("RESPONSIBILITY");

        assertTrue(version.path().matches("/lists/version/\\d+"), version.path());
        assertTrue(version.contentHash().matches("[0-9a-f]{64}"));
        // Published by the department's reviewer, named by role; the account behind it stays staff business.
        version.waitForProvenance(browser.text("role.REVIEWER"));
        assertFalse(version.provenance().contains("demo.reviewer"), version.provenance());
    }

    @Test
    void journalist_verifiesThePublicationRecord() {
        LedgerPage ledger = LedgerPage.open(browser).verify(browser.text("ledger.intact", 0, "").substring(0, 4));

        assertTrue(ledger.result().matches(".*[0-9a-f]{64}.*"));
    }

    @Test
    void visitor_followingAnUnknownDepartmentOrVersion_getsNotFound() {
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/lists/department/NO-SUCH").heading());
        assertEquals(browser.text("error.404.title"), NotFoundPage.open(browser, "/lists/version/999999").heading());
    }

    @Test
    void visitor_searchesInChinese_andFollowsAHighlightedHit() {
        SearchPage search = SearchPage.open(browser).search("危险化学品");

        assertTrue(search.path().startsWith("/search?q="), "the query is in the address, to share");
        assertTrue(search.marks() > 0, "matches are marked");
        search.narrowTo("LIST_ITEM", browser.text("search.kind.LIST_ITEM"));
        assertTrue(search.path().contains("kind=LIST_ITEM"), search.path());
        search.followFirstHit();
        assertTrue(search.path().matches("/lists/version/\\d+"), search.path());
    }

    @Test
    void journalist_searchesForAnEnterprise_andFindsItsInspectionResultsAmongEverythingPublished() {
        SearchPage search = SearchPage.openFor(browser, "泽州县示例化工").narrowTo("INSPECTION", browser.text("search.kind.INSPECTION"));

        List<String> hits = search.hits();
        assertTrue(hits.size() > 0);
        assertTrue(hits.stream().allMatch(hit -> hit.contains(browser.text("search.kind.INSPECTION"))));
        assertTrue(search.firstHitLink().contains("/inspections/"));
    }

    @Test
    void visitor_searchingForNothing_isToldWhatToDo() {
        assertEquals(browser.text("search.query.empty"), SearchPage.openFor(browser, " ").error());
    }
}
