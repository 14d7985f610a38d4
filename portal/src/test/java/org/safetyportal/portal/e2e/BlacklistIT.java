package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safetyportal.portal.e2e.pages.BlacklistEntryPage;
import org.safetyportal.portal.e2e.pages.BlacklistPage;
import org.safetyportal.portal.e2e.pages.BlacklistWorkPage;
import org.safetyportal.portal.e2e.pages.EnterprisePage;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * A publisher puts an enterprise on the dishonesty blacklist; it is public and in the feed. An early
 * removal requested by the publisher and approved by a reviewer moves it to the history with its
 * reason; an anonymous visitor opens its permalink and finds the objection route.
 */
class BlacklistIT extends BrowserJourney {

    private static final String BUREAU = "泽州县应急管理局";
    private static final String ENTERPRISE = "泽州县示例液化气储运有限公司";
    private static final String CREDIT_CODE = "91140525MA0DEM021R";
    private static final String CONTACT = "泽州县应急管理局法规股（示例）";
    private static final String PHONE = "0356-0000199";
    private static final String REASON = "已全部履行处罚决定并完成整改，经复查合格，准予信用修复。";

    @Test
    void publisherLists_reviewerApprovesEarlyRemoval_visitorReadsThePermalinkWithTheObjectionRoute() throws Exception {
        createPublisherAndReviewer("bl.pub", "黑名单示例发布员", "bl.rev", "黑名单示例审核员", BUREAU);

        LoginPage.open(browser).signInSuccessfully("bl.pub", PUBLISHER_PASSWORD);
        BlacklistWorkPage work = BlacklistWorkPage.openFromStaffArea(browser);
        int id = work.list(ENTERPRISE, CREDIT_CODE, "泽州县", "危险化学品", "拒不执行停产整改指令，擅自恢复充装作业。",
                "《中华人民共和国安全生产法》第六十五条", "泽应急罚〔2026〕77号", CONTACT, PHONE, "向列入部门书面提出异议申诉。");

        BlacklistPage.open(browser).waitForEntry(ENTERPRISE);
        String feed = get("/feeds/blacklist.atom").body();
        assertTrue(feed.contains("<id>urn:safety-portal:blacklist:" + id + "</id>"), feed);
        assertTrue(feed.contains(browser.text("feeds.blacklist.LISTED", ENTERPRISE)), feed);

        work = BlacklistWorkPage.open(browser);
        work.requestRemoval(id, REASON);
        assertFalse(work.canApprove(id), "a publisher cannot approve");
        signOut();

        LoginPage.open(browser).signInSuccessfully("bl.rev", REVIEWER_PASSWORD);
        BlacklistWorkPage.open(browser).approve(id, ENTERPRISE);
        signOut();

        BlacklistPage blacklist = BlacklistPage.open(browser).showHistory().waitForEntry(ENTERPRISE);
        blacklist.showCurrent().waitForCount(browser.text("blacklist.count", count("current")));
        assertFalse(blacklist.lists(ENTERPRISE), "no longer on the current list");

        BlacklistEntryPage entry = BlacklistEntryPage.open(browser, id);
        assertEquals(ENTERPRISE, entry.heading());
        assertEquals(browser.text("blacklist.status.REMOVED"), entry.status());
        assertTrue(entry.removal().contains(REASON));
        String objection = entry.objectionRoute();
        assertTrue(objection.contains(CONTACT) && objection.contains(PHONE), objection);
        assertEquals(2, entry.historySteps(), "listed, then removed");

        String feedAfter = get("/feeds/blacklist.atom").body();
        assertTrue(feedAfter.contains(browser.text("feeds.blacklist.REMOVED", ENTERPRISE)), feedAfter);
        assertTrue(feedAfter.contains(REASON), feedAfter);
        String api = get("/api/v1/blacklist/" + id).body();
        assertTrue(api.contains("\"status\":\"REMOVED\""), api);
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"));
    }

    @Test
    void visitor_findsTheDemoHistory_andTheEnterprisePageShowsItsListing() throws Exception {
        BlacklistPage.open(browser).showHistory()
                .waitForEntry("晋城市示例危化品储运有限公司")
                .waitForEntry(browser.text("blacklist.status.EXPIRED"));

        EnterprisePage enterprise = EnterprisePage.open(browser, "91140525MA0DEM002T");
        enterprise.waitForBlacklistText(browser.text("blacklist.objection.heading"));
        assertTrue(enterprise.blacklistSection().contains("泽应急罚〔2026〕3号"));
        assertTrue(enterprise.showsInspectionResults(), "the inspection results are still there");
    }

    @Test
    void openData_pagesByStatus_andRefusesBadInputInTheVisitorsLanguage() throws Exception {
        HttpResponse<String> history = get("/api/v1/blacklist?status=history&limit=1");
        HttpResponse<String> expired = get("/api/v1/blacklist?status=all&year=2023");
        HttpResponse<String> badStatus = get("/api/v1/blacklist?status=later&lang=en");
        HttpResponse<String> badYear = get("/api/v1/blacklist?year=abc");
        HttpResponse<String> missing = get("/api/v1/blacklist/999999?lang=en");

        assertEquals(200, history.statusCode());
        assertTrue(history.body().matches("\\{\"total\":[2-9],\"offset\":0,\"limit\":1,.*"), history.body());
        assertTrue(expired.body().contains("\"status\":\"EXPIRED\""), expired.body());
        assertTrue(expired.body().contains("\"expiryDate\":\"2026-04-12\""), expired.body());
        assertEquals(400, badStatus.statusCode());
        assertTrue(badStatus.body().contains("The value of the parameter status is not valid."), badStatus.body());
        assertEquals(400, badYear.statusCode());
        assertEquals(404, missing.statusCode());
    }

    private long count(String status) throws IOException, InterruptedException {
        String body = get("/api/v1/blacklist?status=" + status + "&limit=1").body();
        return Long.parseLong(body.substring("{\"total\":".length(), body.indexOf(',')));
    }
}
