package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** The public inspection results at /inspections, filtered by county and the rest. */
public final class InspectionsPage {

    private final Browser browser;

    private InspectionsPage(Browser browser) {
        this.browser = browser;
        browser.byId("inspections-grid");
    }

    public static InspectionsPage open(Browser browser) {
        browser.open("/inspections");
        return new InspectionsPage(browser);
    }

    public InspectionsPage filterCounty(String countyName) {
        RegisterFilters.choose(browser, "filter-county", countyName);
        return this;
    }

    public boolean showsCountyFilter() {
        return browser.byId("filter-county").isDisplayed();
    }

    public InspectionsPage waitForCount(String countText) {
        browser.waitForText(By.id("inspections-count"), countText);
        return this;
    }

    public List<String> countiesShown() {
        return RegisterFilters.distinctColumn(browser, "inspections-grid", "record-county");
    }

    /** Where the enterprise link of a result leads. */
    public String enterpriseLink(String recordCode) {
        return browser.byId("enterprise-" + recordCode).getAttribute("href");
    }

    public EnterprisePage openEnterpriseOf(String recordCode) {
        browser.click("enterprise-" + recordCode);
        return EnterprisePage.arrived(browser);
    }

    public ScreenWidth width() {
        return ScreenWidth.of(browser);
    }
}
