package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One inspection result's permalink, /inspections/{record}. */
public final class InspectionRecordPage {

    private final Browser browser;

    private InspectionRecordPage(Browser browser) {
        this.browser = browser;
    }

    public static InspectionRecordPage open(Browser browser, String recordCode) {
        browser.open("/inspections/" + recordCode);
        return new InspectionRecordPage(browser);
    }

    /** Waits for the date the department says it published elsewhere, shown as its claim. */
    public InspectionRecordPage waitForPublishedElsewhere(String date) {
        browser.waitForText(By.id("record-published-elsewhere"), date);
        return this;
    }

    public String publicationDate() {
        return browser.byId("record-publication-date").getText();
    }
}
