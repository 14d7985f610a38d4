package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One blacklist entry's permalink, /blacklist/{id}: its status, removal, history and where to object. */
public final class BlacklistEntryPage {

    private final Browser browser;
    private final int id;

    private BlacklistEntryPage(Browser browser, int id) {
        this.browser = browser;
        this.id = id;
        browser.byId("blacklist-heading");
    }

    public static BlacklistEntryPage open(Browser browser, int id) {
        browser.open("/blacklist/" + id);
        return new BlacklistEntryPage(browser, id);
    }

    public String heading() {
        return browser.byId("blacklist-heading").getText();
    }

    public String status() {
        return browser.byId("blacklist-status-" + id).getText();
    }

    public String removal() {
        return browser.byId("blacklist-removal-" + id).getText();
    }

    public String objectionRoute() {
        return browser.byId("blacklist-objection-" + id).getText();
    }

    /** How many steps the entry's history lists (listed, then expired or removed). */
    public int historySteps() {
        return browser.all(By.cssSelector("#blacklist-history-" + id + " li")).size();
    }
}
