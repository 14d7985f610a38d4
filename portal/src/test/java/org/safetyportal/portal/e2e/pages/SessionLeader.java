package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.PortalProcess;

/**
 * A school's session leader, set up as an administrator does it in the browser: the staff account with the role
 * {@code SESSION_HOST}, the school registered in its county (进学校), the leader added to it. The journeys on group
 * sessions and the load benchmark's educator all start from one, so the steps live here once.
 */
public record SessionLeader(String username, String displayName, String password, String school, String county) {

    private static final String ROLE = "SESSION_HOST";
    private static final String KIND = "进学校";

    /** Signs the administrator in, creates the account, registers the school, adds the leader, and signs out. */
    public SessionLeader registerAsAdministrator(Browser browser) {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(username, displayName, password, ROLE, null);
        users.waitForUser(username);
        EducationOrganisationsPage organisations = EducationOrganisationsPage.open(browser);
        organisations.register(school, KIND, county);
        organisations.addEducator(school, username);
        browser.click("sign-out");
        browser.byId("staff-sign-in");
        return this;
    }

    public void signIn(Browser browser) {
        LoginPage.open(browser).signInSuccessfully(username, password);
    }
}
