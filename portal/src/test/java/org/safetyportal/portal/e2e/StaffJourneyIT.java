package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.content.account.LoginPolicy;
import org.safetyportal.content.account.SignInThrottle;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/** Staff sign in, administer accounts, and are held to their roles. */
class StaffJourneyIT extends BrowserJourney {

    private static final String CITY_EMERGENCY_BUREAU = "晋城市应急管理局";

    @Test
    void anonymousVisitor_openingTheStaffArea_isSentToTheLoginPage() {
        browser.open("/admin/users");

        new LoginPage(browser);
        assertTrue(browser.path().startsWith("/login?next=admin"), browser.path());
    }

    @Test
    void wrongPassword_showsATranslatedErrorAndNoStaffArea() {
        LoginPage login = LoginPage.open(browser);
        login.signIn("admin", "not-the-password");

        login.waitForError(browser.text("login.error.credentials"));
        assertTrue(browser.all(By.id("signed-in-user")).isEmpty());
    }

    @Test
    void administrator_createsAPublisher_whoCanSignInButCannotManageUsers() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        assertEquals(browser.text("admin.heading"), browser.byId("admin-heading").getText());

        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("publisher.li", "李示例", "publisher-pass-1", "PUBLISHER", CITY_EMERGENCY_BUREAU);
        users.waitForUser("publisher.li");
        browser.waitForText(By.id("users-grid"), browser.text("role.PUBLISHER") + " · " + CITY_EMERGENCY_BUREAU);

        browser.click("sign-out");
        browser.byId("staff-sign-in");

        LoginPage.open(browser).signInSuccessfully("publisher.li", "publisher-pass-1");
        browser.waitForText(By.id("my-roles"), browser.text("role.PUBLISHER") + " · " + CITY_EMERGENCY_BUREAU);

        browser.open("/admin/users");
        assertEquals(browser.text("error.403.title"), browser.byId("access-denied").getText());
    }

    @Test
    void administrator_isToldWhyANewAccountIsRefused_andKeepsWhatWasTyped() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.openNewUserDialog();
        users.fillNewUser("short.pw", "短密码示例", "short");
        users.save();

        assertEquals(browser.text("account.password.length", LoginPolicy.MIN_PASSWORD_LENGTH, LoginPolicy.MAX_PASSWORD_LENGTH),
                users.dialogError());
        assertEquals("short.pw", browser.find(By.cssSelector("#new-username input")).getAttribute("value"));

        browser.type("new-password", "long-enough-pass-1");
        users.save();
        assertEquals(browser.text("account.roles.required"), users.dialogError());

        users.chooseRole("EDUCATOR", null);
        users.save();
        users.waitForUser("short.pw");
    }

    @Test
    void wrongPasswords_lockTheNameFromThisAddress_evenAgainstTheRightPassword_exactlyAsForAnUnknownName_andTheAdministratorLiftsIt() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage.open(browser).createUser("reviewer.wang", "王示例", "reviewer-pass-1", "REVIEWER",
                CITY_EMERGENCY_BUREAU);
        browser.click("sign-out");
        browser.byId("staff-sign-in");

        LoginPage login = LoginPage.open(browser);
        for (String name : List.of("reviewer.wang", "nobody.by.this.name")) {
            for (int attempt = 1; attempt < SignInThrottle.FREE_FAILURES_PER_NAME; attempt++) {
                login.signIn(name, "wrong-" + attempt);
                login.waitForError(browser.text("login.error.credentials"));
            }
            login.signIn(name, "wrong-again");
            login.waitForError(browser.text("login.error.throttled"));
        }

        login.signIn("reviewer.wang", "reviewer-pass-1");
        login.waitForError(browser.text("login.error.throttled"));
        browser.settle();
        assertTrue(browser.path().startsWith("/login"), browser.path());
        assertTrue(browser.all(By.id("signed-in-user")).isEmpty());

        login.signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        browser.open("/admin/sign-in-locks");
        browser.waitForText(By.id("locks-grid"), "reviewer.wang");
        browser.waitForText(By.id("locks-grid"), "nobody.by.this.name");
        for (int lock = 0; lock < 2; lock++) {
            // A script click: Selenium finds the grid's button not interactable although it is rendered.
            browser.script("arguments[0].click()", browser.all(By.cssSelector("#locks-grid [id^='lift-']")).get(0));
            browser.settle();
        }
        browser.byId("no-locks");
        browser.open("/admin/audit");
        browser.waitForText(By.id("audit-log"), "reviewer.wang@");
        browser.waitForText(By.id("audit-log"), browser.text("audit.action.signIn.lockLifted"));
        signOut();

        LoginPage.open(browser).signInSuccessfully("reviewer.wang", "reviewer-pass-1");
    }

    @Test
    void administrator_disablesAnAccountAndResetsAPassword_andTheAuditLogShowsBoth() {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser("handler.zhou", "周示例", "handler-pass-1", "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser("handler.zhou");

        users.disable("handler.zhou");
        browser.waitForText(By.id("users-grid"), browser.text("admin.users.status.disabled"));
        browser.click("sign-out");
        browser.byId("staff-sign-in");
        LoginPage login = LoginPage.open(browser);
        login.signIn("handler.zhou", "handler-pass-1");
        login.waitForError(browser.text("login.error.disabled"));

        login.signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        users = UserManagementPage.open(browser);
        users.enable("handler.zhou");
        browser.waitForText(By.id("users-grid"), browser.text("admin.users.status.active"));
        users.resetPassword("handler.zhou", "handler-pass-2");
        browser.open("/admin/audit");
        browser.waitForText(By.id("audit-log"), browser.text("audit.action.account.passwordReset"));
        browser.waitForText(By.id("audit-log"), browser.text("audit.action.account.disabled"));
        browser.click("sign-out");
        browser.byId("staff-sign-in");

        LoginPage.open(browser).signInSuccessfully("handler.zhou", "handler-pass-2");
        browser.waitForText(By.id("my-roles"), browser.text("role.CASE_HANDLER") + " · 泽州县城市管理局");
    }
}
