package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** A list version's permalink, /lists/version/{id}: its items, who published it and its content hash. */
public final class ListVersionPage {

    private final Browser browser;

    private ListVersionPage(Browser browser) {
        this.browser = browser;
    }

    public static ListVersionPage open(Browser browser, String path) {
        browser.open(path);
        return new ListVersionPage(browser);
    }

    static ListVersionPage arrived(Browser browser) {
        return new ListVersionPage(browser);
    }

    public String path() {
        return browser.path();
    }

    /** Waits for the notice that a later version replaced this one. */
    public boolean showsSupersededNotice() {
        return browser.byId("superseded-notice").isDisplayed();
    }

    public boolean offersComparisonWithPrevious() {
        return !browser.all(By.id("compare-previous")).isEmpty();
    }

    public ListDiffPage compareWithPrevious() {
        browser.click("compare-previous");
        return new ListDiffPage(browser);
    }

    public String contentHash() {
        return browser.byId("content-hash").getText();
    }

    public String provenance() {
        return browser.find(By.className("provenance")).getText();
    }

    public ListVersionPage waitForProvenance(String text) {
        browser.waitForText(By.className("provenance"), text);
        return this;
    }
}
