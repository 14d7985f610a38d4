package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** The public 重大隐患挂牌督办 register at /hazards. */
public final class HazardsPage {

    private final Browser browser;

    private HazardsPage(Browser browser) {
        this.browser = browser;
        browser.byId("hazards-grid");
    }

    public static HazardsPage open(Browser browser) {
        browser.open("/hazards");
        return new HazardsPage(browser);
    }

    public HazardsPage filterCounty(String countyName) {
        RegisterFilters.choose(browser, "filter-county", countyName);
        return this;
    }

    public HazardsPage waitForCount(String countText) {
        browser.waitForText(By.id("hazards-count"), countText);
        return this;
    }

    public List<String> countiesShown() {
        return RegisterFilters.distinctColumn(browser, "hazards-grid", "hazard-county");
    }

    public HazardPage openHazard(String registerCode) {
        browser.click("hazard-link-" + registerCode);
        return HazardPage.arrived(browser, registerCode);
    }
}
