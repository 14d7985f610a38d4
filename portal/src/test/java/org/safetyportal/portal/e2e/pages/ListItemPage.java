package org.safetyportal.portal.e2e.pages;

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

    static ListItemPage arrived(Browser browser, String code) {
        return new ListItemPage(browser, code);
    }

    /** The code of the item whose link was followed. */
    public String code() {
        return code;
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
