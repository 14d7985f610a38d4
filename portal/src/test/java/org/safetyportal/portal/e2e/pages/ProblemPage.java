package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One problem of the 问题整改清单, /rectification/{code}: its facts, where it came from and the accountability about it. */
public final class ProblemPage {

    private final Browser browser;

    private ProblemPage(Browser browser, String problemCode) {
        this.browser = browser;
        browser.waitForText(By.id("problem-heading"), problemCode);
    }

    static ProblemPage arrived(Browser browser, String problemCode) {
        return new ProblemPage(browser, problemCode);
    }

    public static ProblemPage open(Browser browser, String problemCode) {
        browser.open("/rectification/" + problemCode);
        return new ProblemPage(browser, problemCode);
    }

    public String description() {
        return browser.byId("problem-description").getText();
    }

    public String origin() {
        return browser.byId("problem-origin").getText();
    }

    public String accountability() {
        return browser.byId("problem-decisions").getText();
    }

    public DecisionPage openDecision(String decisionCode) {
        browser.click("problem-decisions-" + decisionCode);
        return DecisionPage.arrived(browser, decisionCode);
    }
}
