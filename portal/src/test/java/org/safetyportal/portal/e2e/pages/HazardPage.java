package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One listed hazard, /hazards/{code}: its 五落实, every step and the 验收销号 sign-off. */
public final class HazardPage {

    private final Browser browser;

    private HazardPage(Browser browser, String registerCode) {
        this.browser = browser;
        browser.waitForText(By.id("hazard-heading"), registerCode);
    }

    static HazardPage arrived(Browser browser, String registerCode) {
        return new HazardPage(browser, registerCode);
    }

    public String signOff() {
        return browser.byId("hazard-signoff").getText();
    }

    public String fiveImplementations() {
        return browser.byId("hazard-five").getText();
    }

    /** The listing and every status step after it. */
    public int historyEntries() {
        return browser.all(By.cssSelector("#hazard-history li")).size();
    }

    public String step(int number) {
        return browser.byId("hazard-step-" + number).getText();
    }

    public EnterprisePage openEnterprise(String enterpriseName) {
        browser.click("hazard-enterprise");
        return EnterprisePage.arrived(browser).waitForHeading(enterpriseName);
    }

    /** The 问题整改清单 entries linked to this hazard, as shown. */
    public String linkedProblems() {
        return browser.byId("hazard-problems").getText();
    }

    /** The 追责问责清单 entries about this hazard, as shown. */
    public String linkedAccountability() {
        return browser.byId("hazard-decisions").getText();
    }

    public ProblemPage openProblem(String problemCode) {
        browser.click("hazard-problems-" + problemCode);
        return ProblemPage.arrived(browser, problemCode);
    }
}
