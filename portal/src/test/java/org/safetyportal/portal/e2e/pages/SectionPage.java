package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** Any public section by its address (/lists, /report, /track …), read by its heading. */
public final class SectionPage {

    private final Browser browser;

    private SectionPage(Browser browser) {
        this.browser = browser;
    }

    public static SectionPage open(Browser browser, String path) {
        browser.open(path);
        return new SectionPage(browser);
    }

    public String heading() {
        return browser.byId("section-heading").getText();
    }
}
