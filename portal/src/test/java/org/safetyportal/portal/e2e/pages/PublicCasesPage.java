package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The public register of citizens' reports at /cases, and a case's page reached from it. */
public final class PublicCasesPage {

    private final Browser browser;

    private PublicCasesPage(Browser browser) {
        this.browser = browser;
        browser.byId("cases-grid");
    }

    public static PublicCasesPage open(Browser browser) {
        browser.open("/cases");
        return new PublicCasesPage(browser);
    }

    public PublicCasesPage filterCounty(String countyName) {
        RegisterFilters.choose(browser, "filter-county", countyName);
        return this;
    }

    public PublicCasesPage filterStatus(String statusName) {
        RegisterFilters.choose(browser, "filter-status", statusName);
        return this;
    }

    public PublicCasesPage waitForCount(String countText) {
        browser.waitForText(By.id("cases-count"), countText);
        return this;
    }

    public String count() {
        return browser.byId("cases-count").getText();
    }

    /** The public numbers of the rows the grid has rendered. */
    public List<String> numbersShown() {
        browser.settle();
        return browser.all(By.cssSelector("#cases-grid a[id^=case-link-]")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).distinct().toList();
    }

    /** Opens the case of this public number; answers the text of its page. */
    public String openCase(String number) {
        browser.click("case-link-" + number);
        browser.waitForText(By.id("case-heading"), number);
        return browser.find(By.cssSelector(".case-page")).getText();
    }
}
