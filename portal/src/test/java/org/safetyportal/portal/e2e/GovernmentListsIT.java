package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * Area governments publish the 党政领导干部 safety responsibility list as departments publish theirs;
 * the public reads it under the government's own name, and hazard reports are still routed to departments.
 */
class GovernmentListsIT extends BrowserJourney {

    private static final String ZEZHOU = "泽州县人民政府";
    private static final String NEW_DUTY = "对全县安全生产工作负全面领导责任，县政府每月至少召开一次会议研究解决安全生产重大问题，每季度听取一次乡镇汇报";

    @Test
    void visitor_findsEachAreaGovernmentInTheDirectory_andReadsItsLeadersResponsibilities() {
        browser.open("/lists");
        assertEquals("晋城经济技术开发区管理委员会", browser.byId("department-KFQ-GOVERNMENT").getText(),
                "the development zone is run by an administrative committee");
        browser.click("department-JC-GOVERNMENT");

        assertEquals("晋城市人民政府", browser.byId("department-heading").getText());
        assertEquals(browser.text("lists.type.RESPONSIBILITY.government"),
                browser.find(By.cssSelector("#list-RESPONSIBILITY h2")).getText());
        browser.waitForText(By.id("list-RESPONSIBILITY"), "市人民政府主要负责人");
        browser.waitForText(By.id("list-RESPONSIBILITY"), "DZ-JC-006");
        browser.waitForText(By.id("list-ANNUAL_TASKS"), "RW-ZF-2026-01");
    }

    @Test
    void aLeadersDutyForASector_doesNotTakeHazardReportsAwayFromTheSupervisingDepartment() throws Exception {
        // The city government's list gives coal mines to the vice-mayor for energy (DZ-JC-004).
        HttpResponse<String> items = get("/api/v1/lists/items?department=JC-GOVERNMENT&sector=COAL_MINE");
        HttpResponse<String> routing = get("/api/v1/routing?sector=COAL_MINE&area=JC");

        assertTrue(items.body().contains("\"code\":\"DZ-JC-004\""), items.body());
        assertEquals(200, routing.statusCode());
        assertTrue(routing.body().contains("\"code\":\"JC-ENERGY\""), routing.body());
        assertFalse(routing.body().contains("JC-GOVERNMENT"), routing.body());
    }

    @Test
    void aCountyGovernmentsPublisherAmendsItsList_aReviewerPublishesIt_andThePublicSeesIt() {
        createPublisherAndReviewer("pub.zzgov", "赵示例", "rev.zzgov", "钱示例", ZEZHOU);

        LoginPage.open(browser).signInSuccessfully("pub.zzgov", PUBLISHER_PASSWORD);
        ListWorkPage work = ListWorkPage.fromTools(browser).startDraft("lists.type.RESPONSIBILITY");
        browser.waitForText(By.tagName("h1"), browser.text("lists.type.RESPONSIBILITY.government"));
        work.changeTitle("DZ-ZZ-001", NEW_DUTY).submit();
        signOut();

        LoginPage.open(browser).signInSuccessfully("rev.zzgov", REVIEWER_PASSWORD);
        ListWorkPage.open(browser).publishSubmitted(ZEZHOU, "2026-12-01", "lists.changeReason.ANNUAL_UPDATE");
        browser.waitForText(By.id("publish-confirmation"), browser.text("admin.lists.published", 2).substring(0, 3));
        signOut();

        browser.open("/lists/department/ZZ-GOVERNMENT");
        browser.waitForText(By.id("list-RESPONSIBILITY"), NEW_DUTY);
        assertEquals(2, browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li")).size(), "two versions in the history");
    }
}
