package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** The citizen's report page (/report): emergency numbers first, then the form, then the receipt. */
public final class ReportPage {

    private final Browser browser;

    private ReportPage(Browser browser) {
        this.browser = browser;
        browser.byId("report-emergency");
    }

    public static ReportPage open(Browser browser) {
        browser.open("/report");
        return new ReportPage(browser);
    }

    /** The tap-to-call address of an emergency number's link, e.g. {@code tel:119}. */
    public String callLink(String number) {
        return browser.byId("call-" + number).getDomAttribute("href");
    }

    public boolean callLinkVisible(String number) {
        return browser.byId("call-" + number).isDisplayed();
    }

    /** "No emergency: report a hazard". */
    public ReportPage startReport() {
        browser.click("report-start");
        browser.byId("report-form");
        return this;
    }

    /** Picks a category by its name; each item also shows its everyday examples below the name. */
    public ReportPage category(String name) {
        return pickStartingWith("report-category", name);
    }

    public ReportPage county(String name) {
        return pickStartingWith("report-county", name);
    }

    public ReportPage township(String name) {
        return pickStartingWith("report-township", name);
    }

    public ReportPage address(String text) {
        scrollTo("report-address");
        browser.type("report-address", text);
        return this;
    }

    /** Types the code; an empty text empties the field as a user would, key by key, so that the change is sent. */
    public ReportPage creditCode(String text) {
        scrollTo("report-credit-code");
        WebElement input = browser.find(By.cssSelector("#report-credit-code input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        browser.settle();
        return this;
    }

    public ReportPage describe(String text) {
        scrollTo("report-description");
        WebElement area = browser.find(By.cssSelector("#report-description textarea"));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    /** Puts a long text in at once, as a paste would, rather than typing it key by key. */
    public ReportPage paste(String text) {
        browser.script("const area = document.getElementById('report-description');"
                + "area.value = arguments[0];"
                + "area.dispatchEvent(new CustomEvent('change', {bubbles: true}));", text);
        browser.settle();
        return this;
    }

    public void submit() {
        browser.click("report-submit");
    }

    public String error() {
        WebElement error = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> {
                    WebElement e = d.findElement(By.id("report-error"));
                    return e.isDisplayed() && !e.getText().isBlank() ? e : null;
                });
        return error.getText();
    }

    /** The tracking code the receipt shows, as shown (in groups). */
    public String receiptCode() {
        return browser.byId("receipt-code").getText();
    }

    public String receiptPin() {
        return browser.byId("receipt-pin").getText();
    }

    public String receiptDepartment() {
        return browser.byId("receipt-department").getText();
    }

    public String whyThisDepartment() {
        return browser.byId("why-department").getText();
    }

    private ReportPage pickStartingWith(String selectId, String text) {
        scrollTo(selectId);
        browser.click(selectId);
        WebElement item = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .filter(e -> e.isDisplayed() && e.getText().strip().startsWith(text))
                        .findFirst().orElse(null));
        // On a phone the overlay holds more items than the window shows.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        browser.settle();
        return this;
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }
}
