package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** An educator's sessions: the form that creates one, then the session's own page with its code and results. */
public final class GroupSessionPage {

    private final Browser browser;

    private GroupSessionPage(Browser browser) {
        this.browser = browser;
    }

    /** Creates a session on the lesson titled so, with this many questions, open from now for an hour. */
    public static GroupSessionPage create(Browser browser, String lessonTitle, int questions) {
        browser.open("/admin/education/sessions");
        browser.click("session-lesson");
        browser.pickOverlayItem("vaadin-select-item", lessonTitle);
        WebElement count = browser.find(By.cssSelector("#session-question-count input"));
        count.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE, String.valueOf(questions), org.openqa.selenium.Keys.TAB);
        browser.settle();
        browser.click("session-create");
        browser.byId("session-code");
        return new GroupSessionPage(browser);
    }

    /** The join code as shown (ABCD-EFGH). */
    public String code() {
        return browser.byId("session-code").getText().strip();
    }

    public String joinAddress() {
        return browser.byId("session-address").getText();
    }

    /** The 进家庭 line: the address families open at home. */
    public String familyAddress() {
        String line = browser.byId("session-family-address").getText();
        return line.substring(line.indexOf("http")).strip();
    }

    public String countsApart() {
        return browser.byId("session-counts-apart").getText();
    }

    /** Whether the QR code image has loaded (the browser decoded a picture). */
    public boolean qrCodeLoaded() {
        WebElement image = browser.byId("session-qr");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
    }

    public String refreshedCounts() {
        browser.click("session-refresh");
        return browser.byId("session-counts").getText();
    }

    /** The rows of the per-question table: question, answered by, rate. */
    public List<String> questionRates() {
        return browser.all(By.cssSelector("#session-questions vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    public String participants() {
        return browser.byId("session-participants").getDomProperty("textContent")
                + browser.all(By.cssSelector("#session-participants vaadin-grid-cell-content")).stream()
                        .map(e -> e.getDomProperty("textContent")).reduce("", String::concat);
    }

    /** The texts of the participants table's cells, headers included. */
    public List<String> participantCells() {
        return browser.all(By.cssSelector("#session-participants vaadin-grid-cell-content")).stream()
                .map(e -> e.getDomProperty("textContent").strip()).toList();
    }

    public WebElement excelLink() {
        return browser.byId("session-excel");
    }
}
