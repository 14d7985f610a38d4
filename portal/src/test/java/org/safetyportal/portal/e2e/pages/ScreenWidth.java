package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** How wide the page is laid out against the window it is shown in: wider means sideways scrolling. */
public record ScreenWidth(long page, long window) {

    public static ScreenWidth of(Browser browser) {
        return new ScreenWidth((Long) browser.script("return document.documentElement.scrollWidth"),
                (Long) browser.script("return window.innerWidth"));
    }

    public boolean fits() {
        return page <= window;
    }

    @Override
    public String toString() {
        return "page " + page + "px wide in a " + window + "px window";
    }
}
