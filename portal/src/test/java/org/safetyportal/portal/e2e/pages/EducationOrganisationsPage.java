package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** The administrator's register of schools and communities that run sessions, and their session leaders. */
public final class EducationOrganisationsPage {

    private final Browser browser;

    private EducationOrganisationsPage(Browser browser) {
        this.browser = browser;
    }

    public static EducationOrganisationsPage open(Browser browser) {
        browser.open("/admin/education/organisations");
        browser.byId("organisation-register");
        return new EducationOrganisationsPage(browser);
    }

    /** Registers an organisation; kind and county as the page shows them (e.g. 进学校, 泽州县). */
    public void register(String name, String kind, String county) {
        browser.type("organisation-name", name);
        browser.click("organisation-kind");
        browser.pickOverlayItem("vaadin-select-item", kind);
        browser.click("organisation-county");
        browser.pickOverlayItem("vaadin-select-item", county);
        browser.click("organisation-register");
        browser.waitForText(org.openqa.selenium.By.id("organisations-message"), name);
    }

    public void addEducator(String organisation, String username) {
        browser.click("educator-organisation");
        browser.pickOverlayItem("vaadin-select-item", organisation);
        browser.type("educator-username", username);
        browser.click("educator-add");
        browser.waitForText(org.openqa.selenium.By.id("organisations-message"), username);
    }
}
