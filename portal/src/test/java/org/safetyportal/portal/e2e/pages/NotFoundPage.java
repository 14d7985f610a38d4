package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** What a visitor sees at an address where nothing is published. */
public final class NotFoundPage {

    private final Browser browser;

    private NotFoundPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens an address that should not exist; the heading is read when asked for, so a wrong page fails there. */
    public static NotFoundPage open(Browser browser, String path) {
        browser.open(path);
        return new NotFoundPage(browser);
    }

    public String heading() {
        return browser.byId("not-found").getText();
    }
}
