package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One 巡查/考核/督查 result's permalink, /oversight/{code}, with its rectification and report. */
public final class OversightResultPage {

    private final Browser browser;

    private OversightResultPage(Browser browser) {
        this.browser = browser;
        browser.byId("result-heading");
    }

    public static OversightResultPage open(Browser browser, String resultCode) {
        browser.open("/oversight/" + resultCode);
        return new OversightResultPage(browser);
    }

    static OversightResultPage arrived(Browser browser) {
        return new OversightResultPage(browser);
    }

    public String path() {
        return browser.path();
    }

    public String heading() {
        return browser.byId("result-heading").getText();
    }

    public String grade() {
        return browser.byId("result-grade").getText();
    }

    public String conductor() {
        return browser.byId("result-conductor").getText();
    }

    public String inspectedParty() {
        return browser.byId("result-party").getText();
    }

    public String period() {
        return browser.byId("result-period").getText();
    }

    public String publication() {
        return browser.byId("result-publication").getText();
    }

    /** The department's statement of an earlier publication elsewhere, as the page words it. */
    public String publishedElsewhere() {
        return browser.byId("result-published-elsewhere").getText();
    }

    public String rectification() {
        return browser.byId("result-rectification").getText();
    }

    public OversightResultPage waitForRectification(String text) {
        browser.waitForText(By.id("result-rectification"), text);
        return this;
    }

    /** The report section without its heading: the report, or the words that there is none. */
    public String reportSection(String sectionHeading) {
        return browser.byId("result-report").getText().replace(sectionHeading, "").strip();
    }

    public String reportSummary() {
        return browser.byId("report-summary").getText();
    }

    public OversightResultPage waitForReportSummary(String text) {
        browser.waitForText(By.id("report-summary"), text);
        return this;
    }
}
