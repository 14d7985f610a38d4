package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** A case handler's work on citizens' reports: the queue (/admin/cases) and one case's page. */
public final class CaseWorkPage {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final Browser browser;

    private CaseWorkPage(Browser browser) {
        this.browser = browser;
    }

    /** From the staff start page, through its tool link, to the queue. */
    public static CaseWorkPage fromAdminHome(Browser browser) {
        browser.open("/admin");
        browser.click("tool-cases");
        browser.byId("case-queue-heading");
        return new CaseWorkPage(browser);
    }

    /** Opens the case of the queue whose place reads (in part) as given. */
    public CaseWorkPage openCaseAt(String place) {
        WebElement link = new WebDriverWait(browser.driver(), TIMEOUT).until(d -> d.findElements(By.cssSelector("a.case-place-link"))
                .stream().filter(a -> a.getText().contains(place)).findFirst().orElse(null));
        browser.click(link);
        browser.byId("case-heading");
        return this;
    }

    public boolean queueShows(String place) {
        browser.settle();
        return browser.all(By.cssSelector("a.case-place-link")).stream().anyMatch(a -> a.getText().contains(place));
    }

    /** Whether the case page shows this many photos, each loaded as a picture. */
    public boolean photosLoaded(int count) {
        return new WebDriverWait(browser.driver(), TIMEOUT).until(d -> Boolean.TRUE.equals(browser.script(
                "const images = [...document.querySelectorAll('#case-photos img')];"
                        + "return images.length === arguments[0] && images.every(i => i.complete && i.naturalWidth > 0);",
                count)));
    }

    /** The whole photo behind a thumbnail, as the handler's browser fetches it. */
    public byte[] photo(int position) {
        return browser.fetch(browser.all(By.cssSelector("#case-photos a.case-photo")).get(position - 1));
    }

    public String status() {
        return browser.byId("case-status").getText();
    }

    /** Starts an action of the case page; its dialog opens. */
    public CaseWorkPage start(String action) {
        browser.click("action-" + action);
        browser.byId("case-confirm");
        return this;
    }

    public CaseWorkPage note(String text) {
        WebElement area = browser.find(By.cssSelector("#case-public-note textarea"));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    public CaseWorkPage deadline(String isoDate) {
        browser.script("const picker = document.getElementById('case-deadline');"
                + "picker.value = arguments[0];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", isoDate);
        browser.settle();
        return this;
    }

    public CaseWorkPage outcome(String label) {
        browser.click("case-outcome");
        browser.pickOverlayItem("vaadin-select-item", label);
        return this;
    }

    public CaseWorkPage department(String name) {
        WebElement input = browser.find(By.cssSelector("#case-department input"));
        input.sendKeys(name);
        browser.settle();
        browser.pickOverlayItem("vaadin-combo-box-item", name);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Confirms the dialog and waits for the case page to show the new status. */
    public CaseWorkPage confirm(String expectedStatus) {
        browser.click("case-confirm");
        browser.waitForText(By.id("case-status"), expectedStatus);
        return this;
    }

    /** Confirms an action after which the case is no longer this member of staff's: the queue shows again. */
    public CaseWorkPage confirmAndLeave() {
        browser.click("case-confirm");
        browser.byId("case-queue-heading");
        return this;
    }

    public void cancel() {
        browser.click("case-cancel");
    }

    public String actionError() {
        return new WebDriverWait(browser.driver(), TIMEOUT).until(d -> {
            WebElement e = d.findElement(By.id("case-action-error"));
            return e.isDisplayed() && !e.getText().isBlank() ? e.getText() : null;
        });
    }
}
