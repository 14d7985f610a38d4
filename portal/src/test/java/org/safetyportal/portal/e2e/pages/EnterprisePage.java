package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** /enterprises/{credit code}: an enterprise's inspection results, blacklist entries and listed hazards. */
public final class EnterprisePage {

    private final Browser browser;

    private EnterprisePage(Browser browser) {
        this.browser = browser;
        browser.byId("enterprise-heading");
    }

    public static EnterprisePage open(Browser browser, String creditCode) {
        browser.open("/enterprises/" + creditCode);
        return new EnterprisePage(browser);
    }

    /** The page a link has just led to. */
    static EnterprisePage arrived(Browser browser) {
        return new EnterprisePage(browser);
    }

    public String heading() {
        return browser.byId("enterprise-heading").getText();
    }

    public EnterprisePage waitForHeading(String name) {
        browser.waitForText(By.id("enterprise-heading"), name);
        return this;
    }

    public String inspectionCount() {
        return browser.byId("enterprise-count").getText();
    }

    public boolean showsInspectionResult(String recordCode) {
        return browser.byId("record-" + recordCode).isDisplayed();
    }

    public void waitForResultText(String recordCode, String text) {
        browser.waitForText(By.id("record-" + recordCode), text);
    }

    public boolean showsInspectionResults() {
        return browser.byId("enterprise-records").isDisplayed();
    }

    public String blacklistSection() {
        return browser.byId("enterprise-blacklist").getText();
    }

    public void waitForBlacklistText(String text) {
        browser.waitForText(By.id("enterprise-blacklist"), text);
    }

    public boolean showsHazard(String registerCode) {
        return browser.byId("enterprise-hazard-" + registerCode).isDisplayed();
    }

    public ScreenWidth width() {
        return ScreenWidth.of(browser);
    }
}
