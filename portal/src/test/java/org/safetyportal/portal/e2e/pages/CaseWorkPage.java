package org.safetyportal.portal.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /** Whether the case page shows this many "after" photos, each loaded as a picture. */
    public boolean afterPhotosLoaded(int count) {
        return new WebDriverWait(browser.driver(), TIMEOUT).until(d -> Boolean.TRUE.equals(browser.script(
                "const images = [...document.querySelectorAll('#case-photos-after img')];"
                        + "return images.length === arguments[0] && images.every(i => i.complete && i.naturalWidth > 0);",
                count)));
    }

    /** The whole "after" photo behind a thumbnail, as this handler's browser fetches it. */
    public byte[] afterPhoto(int number) {
        return browser.fetch(browser.all(By.cssSelector("#case-photos-after a.case-photo")).get(number - 1));
    }

    /** Chooses a file for the open dialog's "after" photos; waits until the dialog has answered. */
    public CaseWorkPage attachAfterPhoto(Path file) {
        int before = afterPhotoCount();
        WebElement input = browser.byId("after-photo-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        browser.script("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> afterPhotoCount() != before
                || browser.all(By.id("after-photo-message")).stream().anyMatch(WebElement::isDisplayed));
        browser.settle();
        return this;
    }

    public int afterPhotoCount() {
        return browser.all(By.cssSelector("#after-photo-list .report-photo")).size();
    }

    /** Chooses what was reported in the reward panel's form. */
    public CaseWorkPage penaltyKind(String kind) {
        browser.click("reward-kind");
        browser.pickOverlayItem("vaadin-select-item", kind);
        return this;
    }

    /** Records the penalty of a real-name case in the reward panel; answers the panel's refusal, or "" when none. */
    public String recordPenalty(String decisionNo, String fine, String isoDate) {
        browser.type("reward-decision", decisionNo);
        browser.type("reward-fine", fine);
        browser.script("const picker = document.getElementById('reward-penalty-date');"
                + "picker.value = arguments[0];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", isoDate);
        browser.settle();
        browser.click("reward-record");
        return rewardError();
    }

    /** Takes the reward to its next stage ({@code APPROVE}); answers the panel's refusal, or "" when none. */
    public String rewardAction(String action) {
        browser.click("reward-" + action);
        return rewardError();
    }

    public String rewardError() {
        List<WebElement> error = browser.all(By.id("reward-error"));
        return error.isEmpty() || !error.get(0).isDisplayed() ? "" : error.get(0).getText();
    }

    public String rewardText() {
        return browser.byId("case-reward").getText();
    }

    public String rewardStage() {
        return browser.byId("reward-stage").getText();
    }

    public String status() {
        return browser.byId("case-status").getText();
    }

    /** Starts an action of the case page; its dialog opens. */
    public CaseWorkPage start(String action) {
        // The actions sit above the history and the reward panel: bring them into view after work further down.
        browser.script("const button = document.getElementById(arguments[0]);"
                + "if (button) { button.scrollIntoView({block: 'center'}); }", "action-" + action);
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
        // The page is drawn anew at the scroll position of the action; the status is at its top.
        new WebDriverWait(browser.driver(), TIMEOUT).until(d -> Boolean.TRUE.equals(browser.script(
                "const status = document.getElementById('case-status');"
                        + "if (status) { status.scrollIntoView({block: 'center'}); }"
                        + "return !!status && status.textContent.includes(arguments[0]);", expectedStatus)));
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
