package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** How wide the page is laid out against the window it is shown in: wider means sideways scrolling. */
public record ScreenWidth(long page, long window) {

    public static ScreenWidth of(Browser browser) {
        return new ScreenWidth((Long) browser.script("return document.documentElement.scrollWidth"),
                (Long) browser.script("return window.innerWidth"));
    }

    /** The page's scrolling element against the window: wider means the page scrolls sideways. */
    public static boolean scrollsSideways(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return document.scrollingElement.scrollWidth > innerWidth;"));
    }

    /**
     * Every element of the page reaching past the window's right edge, as tag, id and classes with its right edge: the
     * page scrolls sideways, or an inner part does (the layout's content scrolls inside its shadow, where
     * {@link #scrollsSideways} cannot see it). Fixed elements (Vaadin's connection message) scroll nothing.
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> widerThanWindow(Browser browser) {
        return (java.util.List<String>) browser.script("const fixed = e => { for (; e; e = e.parentElement) {"
                + " if (getComputedStyle(e).position === 'fixed') return true; } return false; };"
                + "return [...document.querySelectorAll('*')]"
                + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !fixed(e))"
                + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className"
                + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    public boolean fits() {
        return page <= window;
    }

    @Override
    public String toString() {
        return "page " + page + "px wide in a " + window + "px window";
    }
}
