package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** The administrators' page of e-mail alerts given up (/admin/alerts), reached from the staff start page. */
public final class FailedAlertsPage {

    private final Browser browser;

    private FailedAlertsPage(Browser browser) {
        this.browser = browser;
    }

    public static FailedAlertsPage fromAdminHome(Browser browser) {
        browser.open("/admin");
        browser.click("tool-alerts");
        browser.byId("alerts-failed");
        return new FailedAlertsPage(browser);
    }

    /** The alerts listed, each as the page reads (case, step, attempts, error). */
    public List<String> alerts() {
        browser.settle();
        return browser.all(By.cssSelector("#alerts-failed .failed-alert")).stream().map(WebElement::getText).toList();
    }

    /** "Send again" on the first alert listed; answers the page's message. */
    public String sendAgainFirst() {
        WebElement first = browser.find(By.cssSelector("#alerts-failed .failed-alert button, #alerts-failed .failed-alert vaadin-button"));
        browser.click(first);
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
            String text = d.findElement(By.id("alerts-message")).getText();
            return text.isBlank() ? null : text;
        });
    }

    /** Whether the page says no alert is undelivered. */
    public boolean saysNone() {
        browser.settle();
        List<WebElement> none = browser.all(By.id("alerts-none"));
        return !none.isEmpty() && none.get(0).isDisplayed();
    }
}
