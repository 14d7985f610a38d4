package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/** A second start on the same data keeps every account and duplicates no reference data. */
class RestartIT {

    @Test
    void restartingThePortal_keepsAccountsAndReferenceDataOnce() throws Exception {
        try (PortalProcess portal = PortalProcess.startFresh()) {
            String departmentsBefore = get(portal, "/api/v1/departments");
            String ledgerBefore = get(portal, "/api/v1/ledger/verify");
            try (Browser browser = new Browser(portal, SupportedLocales.CHINESE)) {
                LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
                UserManagementPage users = UserManagementPage.open(browser);
                users.createUser("educator.zhao", "赵示例 📚", "educator-pass-1", "EDUCATOR", null);
                users.waitForUser("educator.zhao");
            }

            portal.restart();

            assertEquals(departmentsBefore, get(portal, "/api/v1/departments"), "reference data loaded again in place, not added");
            assertEquals(ledgerBefore, get(portal, "/api/v1/ledger/verify"), "demo lists are not published a second time");
            try (Browser browser = new Browser(portal, SupportedLocales.CHINESE)) {
                LoginPage.open(browser).signInSuccessfully("educator.zhao", "educator-pass-1");
                browser.waitForText(By.id("my-roles"), browser.text("role.EDUCATOR"));
                browser.click("sign-out");
                browser.byId("staff-sign-in");

                LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
                UserManagementPage users = UserManagementPage.open(browser);
                users.waitForUser("educator.zhao");
                assertEquals(List.of("admin", "demo.educator", "demo.lessons.drafter", "demo.lessons.publisher", "educator.zhao"),
                        users.usernames(), "no account lost or doubled (the demo session leader's and the demo lesson"
                                + " editors' accounts are made once)");
            }
        }
    }

    private static String get(PortalProcess portal, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
