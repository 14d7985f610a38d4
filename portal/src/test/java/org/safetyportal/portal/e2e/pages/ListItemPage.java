package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** One list item's permalink with its history across versions. */
public final class ListItemPage {

    private final Browser browser;
    private final String code;

    private ListItemPage(Browser browser, String code) {
        this.browser = browser;
        this.code = code;
    }

    /** Opens an item's address; {@code code} is the item code it names. */
    public static ListItemPage open(Browser browser, String path, String code) {
        browser.open(path);
        return new ListItemPage(browser, code);
    }

    static ListItemPage arrived(Browser browser, String code) {
        return new ListItemPage(browser, code);
    }

    /** The code of the item whose link was followed. */
    public String code() {
        return code;
    }

    public String path() {
        return browser.path();
    }

    /** The kind of each step of the item's history (ADDED, CHANGED …), newest first. */
    public List<String> historyChanges() {
        return browser.all(By.cssSelector("#item-history .item-history-entry")).stream()
                .map(entry -> entry.getDomAttribute("data-change")).toList();
    }

    /** The new wording of the title in the history's latest change. */
    public String newTitleInHistory() {
        return browser.find(By.cssSelector("#item-history tr[data-field='title'] .diff-new")).getText();
    }

    /** Follows the link of one step of the history (0: the newest) to the item as that version held it. */
    public ListItemPage openAsOfHistoryStep(int step) {
        WebElement entry = browser.all(By.cssSelector("#item-history .item-history-entry")).get(step);
        browser.click(entry.findElement(By.cssSelector(".item-pinned-link")));
        return new ListItemPage(browser, code);
    }

    public boolean showsSupersededNotice() {
        return browser.byId("superseded-notice").isDisplayed();
    }

    public String heading() {
        return browser.byId("item-heading").getText();
    }

    /** How far below the top of the window the heading sits, in CSS pixels. */
    public double headingTop() {
        WebElement heading = browser.byId("item-heading");
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().top", heading)).doubleValue();
    }

    /** Where the sticky navigation bar ends, in CSS pixels from the top of the window. */
    public double navbarBottom() {
        return ((Number) browser.script("return document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=navbar]').getBoundingClientRect().bottom")).doubleValue();
    }
}
