package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Area governments publish the 党政领导干部 safety responsibility list as departments publish theirs;
 * the public reads it under the government's own name, and hazard reports are still routed to departments.
 */
class GovernmentListsIT extends BrowserJourney {

    private static final String ZEZHOU = "泽州县人民政府";
    private static final String NEW_DUTY = "对全县安全生产工作负全面领导责任，县政府每月至少召开一次会议研究解决安全生产重大问题，每季度听取一次乡镇汇报";

    private final HttpClient client = HttpClient.newHttpClient();

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
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("pub.zzgov", "赵示例", "publisher-pass-9", "PUBLISHER", ZEZHOU);
        users.waitForUser("pub.zzgov");
        users.createUser("rev.zzgov", "钱示例", "reviewer-pass-9", "REVIEWER", ZEZHOU);
        users.waitForUser("rev.zzgov");
        signOut();

        LoginPage.open(browser).signInSuccessfully("pub.zzgov", "publisher-pass-9");
        browser.click("tool-lists");
        browser.click("start-type");
        browser.pickOverlayItem("vaadin-select-item", browser.text("lists.type.RESPONSIBILITY"));
        browser.click("start-draft");
        browser.waitForText(By.id("editor-status"), browser.text("lists.status.DRAFT"));
        browser.waitForText(By.tagName("h1"), browser.text("lists.type.RESPONSIBILITY.government"));
        browser.click("edit-DZ-ZZ-001");
        WebTextArea.replace(browser, "item-title", NEW_DUTY);
        browser.click("item-save");
        browser.waitForText(By.id("editor-items"), NEW_DUTY);
        browser.click("submit-version");
        browser.waitForText(By.id("editor-status"), browser.text("lists.status.SUBMITTED"));
        signOut();

        LoginPage.open(browser).signInSuccessfully("rev.zzgov", "reviewer-pass-9");
        browser.open("/admin/lists");
        browser.click(browser.find(By.linkText(ZEZHOU)));
        browser.script("const picker = document.getElementById('review-effective');"
                + "picker.value = '2026-12-01';"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
        browser.click("review-reason");
        browser.pickOverlayItem("vaadin-select-item", browser.text("lists.changeReason.ANNUAL_UPDATE"));
        browser.click("publish-version");
        browser.waitForText(By.id("publish-confirmation"), browser.text("admin.lists.published", 2).substring(0, 3));
        signOut();

        browser.open("/lists/department/ZZ-GOVERNMENT");
        browser.waitForText(By.id("list-RESPONSIBILITY"), NEW_DUTY);
        assertEquals(2, browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li")).size(), "two versions in the history");
    }

    private void signOut() {
        browser.click("sign-out");
        browser.byId("staff-sign-in");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
