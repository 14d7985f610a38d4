package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The public register of 巡查/考核/督查 results at /oversight. */
public final class OversightRegisterPage {

    private final Browser browser;

    private OversightRegisterPage(Browser browser) {
        this.browser = browser;
        browser.byId("oversight-grid");
    }

    public static OversightRegisterPage open(Browser browser) {
        browser.open("/oversight");
        return new OversightRegisterPage(browser);
    }

    public void filterKind(String kindLabel) {
        browser.click("filter-kind");
        browser.pickOverlayItem("vaadin-select-item", kindLabel);
    }

    public void filterYear(String yearLabel) {
        browser.click("filter-year");
        browser.pickOverlayItem("vaadin-select-item", yearLabel);
    }

    public void waitForCount(String countText) {
        browser.waitForText(By.id("oversight-count"), countText);
    }

    /** The kind shown in every row the grid has rendered. */
    public List<String> kindsShown() {
        browser.settle();
        return browser.all(By.cssSelector("#oversight-grid .oversight-kind")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    public OversightResultPage openResult(String code) {
        browser.click("result-link-" + code);
        return OversightResultPage.arrived(browser);
    }
}
