package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** The public 失信黑名单 at /blacklist: the current entries or the history, one scope at a time. */
public final class BlacklistPage {

    private final Browser browser;

    private BlacklistPage(Browser browser) {
        this.browser = browser;
        browser.byId("blacklist-grid");
    }

    public static BlacklistPage open(Browser browser) {
        browser.open("/blacklist");
        return new BlacklistPage(browser);
    }

    public BlacklistPage showHistory() {
        browser.click("scope-HISTORY");
        return this;
    }

    public BlacklistPage showCurrent() {
        browser.click("scope-CURRENT");
        return this;
    }

    /** Waits until the grid shows the text (an enterprise, a status). */
    public BlacklistPage waitForEntry(String text) {
        browser.waitForText(By.id("blacklist-grid"), text);
        return this;
    }

    public BlacklistPage waitForCount(String countText) {
        browser.waitForText(By.id("blacklist-count"), countText);
        return this;
    }

    public boolean lists(String enterprise) {
        return browser.byId("blacklist-grid").getText().contains(enterprise);
    }
}
