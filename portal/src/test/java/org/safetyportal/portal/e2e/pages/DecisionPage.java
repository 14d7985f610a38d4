package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.Browser;

/** One entry of the 追责问责清单, /accountability/{code}. */
public final class DecisionPage {

    private final Browser browser;

    private DecisionPage(Browser browser, String decisionCode) {
        this.browser = browser;
        browser.waitForText(By.id("decision-heading"), decisionCode);
    }

    static DecisionPage arrived(Browser browser, String decisionCode) {
        return new DecisionPage(browser, decisionCode);
    }

    public String facts() {
        return browser.byId("decision-facts").getText();
    }

    public String post() {
        return browser.byId("decision-post").getText();
    }
}
