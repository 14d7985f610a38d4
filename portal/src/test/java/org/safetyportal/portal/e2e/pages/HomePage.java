package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

public final class HomePage {

    private final Browser browser;

    private HomePage(Browser browser) {
        this.browser = browser;
    }

    public static HomePage open(Browser browser) {
        browser.open("/");
        browser.byId("home-heading");
        return new HomePage(browser);
    }

    public String heading() {
        return browser.byId("home-heading").getText();
    }

    /** The window's title, as a browser tab shows it. */
    public String title() {
        return browser.driver().getTitle();
    }

    /** The language the page declares on its root element. */
    public Object language() {
        return browser.script("return document.documentElement.lang");
    }

    public boolean showsLanguageSwitch() {
        return browser.byId("language-switch").isDisplayed();
    }

    public ScreenWidth width() {
        return ScreenWidth.of(browser);
    }

    public String languageSwitchText() {
        return browser.byId("language-switch").getText();
    }

    /** Follows the language link, which reloads the page in the other language. */
    public HomePage switchLanguage() {
        browser.byId("language-switch").click();
        browser.settle();
        browser.byId("home-heading");
        return this;
    }

    public boolean showsSector(String sectorName) {
        return browser.all(By.cssSelector("#sector-supervision vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().strip().equals(sectorName));
    }
}
