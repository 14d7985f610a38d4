package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** Where a reporter follows a report with its tracking code and PIN (/track). */
public final class TrackPage {

    private final Browser browser;

    private TrackPage(Browser browser) {
        this.browser = browser;
        browser.byId("track-code");
    }

    public static TrackPage open(Browser browser) {
        browser.open("/track");
        return new TrackPage(browser);
    }

    public TrackPage track(String code, String pin) {
        browser.type("track-code", code);
        browser.type("track-pin", pin);
        browser.click("track-submit");
        return this;
    }

    public String status() {
        return browser.byId("tracked-status").getText();
    }

    public String department() {
        return browser.byId("tracked-department").getText();
    }

    public String caseText() {
        return browser.byId("tracked-case").getText();
    }

    /** What the page says of the reporter's reward. */
    public String reward() {
        return browser.byId("tracked-reward-status").getText();
    }

    public String steps() {
        return browser.byId("tracked-steps").getText();
    }

    /** What the page says of e-mail updates that could not be delivered; empty when it says nothing. */
    public String alertsUndelivered() {
        browser.byId("tracked-status");
        return browser.all(By.id("tracked-alerts-undelivered")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String error() {
        WebElement error = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> {
                    WebElement e = d.findElement(By.id("track-error"));
                    return e.isDisplayed() && !e.getText().isBlank() ? e : null;
                });
        return error.getText();
    }
}
