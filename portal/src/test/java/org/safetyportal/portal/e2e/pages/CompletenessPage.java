package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** Who has not published, at /completeness: a table per area, a row per department. */
public final class CompletenessPage {

    private final Browser browser;

    private CompletenessPage(Browser browser) {
        this.browser = browser;
        browser.byId("completeness-overdue-rule");
    }

    /** From the front page, by its link, as a visitor finds it. */
    public static CompletenessPage openFromHome(Browser browser) {
        browser.open("/");
        browser.click("home-completeness-link");
        return new CompletenessPage(browser);
    }

    /** From the catalogue of lists. */
    public static CompletenessPage openFromLists(Browser browser) {
        browser.open("/lists");
        browser.click("completeness-link");
        return new CompletenessPage(browser);
    }

    public static CompletenessPage open(Browser browser, String path) {
        browser.open(path);
        return new CompletenessPage(browser);
    }

    public String summary() {
        return browser.byId("completeness-summary").getText();
    }

    public String error() {
        return browser.byId("completeness-error").getText();
    }

    public void filterArea(String areaLabel) {
        browser.click("filter-area");
        browser.pickOverlayItem("vaadin-select-item", areaLabel);
    }

    public void waitForSummary(String text) {
        browser.waitForText(By.id("completeness-summary"), text);
    }

    /** What one department's row says of one list type (POWER, RESPONSIBILITY, ANNUAL_TASKS). */
    public String list(String department, String listType) {
        return browser.find(By.cssSelector("#completeness-" + department + " .list-" + listType)).getText();
    }

    /** What the row says of the 督查 ({@code supervisions}) or 巡查考核 ({@code tours}) count. */
    public String tally(String department, String kind) {
        return browser.find(By.cssSelector("#completeness-" + department + " .tally-" + kind)).getText();
    }

    public boolean showsArea(String areaCode) {
        return !browser.all(By.id("completeness-area-" + areaCode)).isEmpty();
    }

    public void openList(String department, String listType) {
        browser.click(browser.find(By.cssSelector("#completeness-" + department + " .list-" + listType + " a")));
    }
}
