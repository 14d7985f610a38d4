package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Rights count at the moment of the click (issue 9): a reviewer has a submitted version open, an
 * administrator disables the account in another browser, and the reviewer's click on publish is
 * refused; the session ends and nothing is published.
 */
class RightsIT extends BrowserJourney {

    private static final String BUREAU = "晋城市能源局";
    private static final String NEW_TITLE = "煤矿安全生产行政检查（含停产整顿决定的跟踪复查）";

    @Test
    void aReviewerDisabledWhileTheVersionIsOpen_isRefusedOnTheNextClick_andNothingIsPublished() {
        createPublisherAndReviewer("pub.zhao", "赵示例", "rev.sun", "孙示例", BUREAU);
        LoginPage.open(browser).signInSuccessfully("pub.zhao", PUBLISHER_PASSWORD);
        ListWorkPage.fromTools(browser).startDraft("lists.type.POWER").changeTitle("QL-NY-001", NEW_TITLE).submit();
        signOut();

        LoginPage.open(browser).signInSuccessfully("rev.sun", REVIEWER_PASSWORD);
        ListWorkPage.open(browser).fillReview(BUREAU, "2026-12-01", "lists.changeReason.LAW_CHANGE");

        try (Browser admin = new Browser(portal, SupportedLocales.CHINESE)) {
            LoginPage.open(admin).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            UserManagementPage.open(admin).disable("rev.sun");
        }

        browser.click("publish-version");
        new LoginPage(browser).waitForError(browser.text("login.ended.disabled"));

        browser.open("/admin/lists");
        new LoginPage(browser);
        browser.open("/lists/department/JC-ENERGY");
        browser.waitForText(By.id("list-POWER"), "煤矿安全生产行政检查");
        assertFalse(browser.byId("list-POWER").getText().contains(NEW_TITLE), "the version was not published");
    }
}
