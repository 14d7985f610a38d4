package org.safetyportal.portal.e2e.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The publisher's form at /admin/oversight. */
public final class OversightAdminPage {

    private final Browser browser;

    private OversightAdminPage(Browser browser) {
        this.browser = browser;
        browser.byId("oversight-work-heading");
    }

    /** From the staff start page, through its tool link. */
    public static OversightAdminPage openFromStaffArea(Browser browser) {
        browser.click("tool-oversight");
        return new OversightAdminPage(browser);
    }

    public void chooseKind(String kindLabel) {
        browser.click("form-kind");
        browser.pickOverlayItem("vaadin-select-item", kindLabel);
    }

    public void chooseGrade(String gradeLabel) {
        browser.click("form-grade");
        browser.pickOverlayItem("vaadin-select-item", gradeLabel);
    }

    public void chooseParty(String typed, String partyLabel) {
        browser.type("form-party", typed);
        browser.pickOverlayItem("vaadin-combo-box-item", partyLabel);
    }

    public void type(String fieldId, String value) {
        browser.type(fieldId, value);
    }

    public void typeText(String areaId, String value) {
        WebElement area = browser.find(By.cssSelector("#" + areaId + " textarea"));
        area.clear();
        area.sendKeys(value);
        browser.settle();
    }

    /** Sets a date picker as a browser would after picking a day, then lets Vaadin take the change. */
    public void date(String pickerId, LocalDate date) {
        browser.script("const picker = document.getElementById(arguments[0]);"
                + "picker.value = arguments[1];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", pickerId, date.toString());
        browser.settle();
    }

    /** Enters the rectification report on a result awaiting one, through its dialog. */
    public void fileReport(String resultCode, LocalDate reported, String summary, LocalDate published) {
        browser.click("file-report-" + resultCode);
        browser.byId("report-summary");
        date("report-date", reported);
        typeText("report-summary", summary);
        date("report-publication", published);
        browser.click("report-save");
    }

    public void publish() {
        browser.click("form-publish");
    }

    public void waitForError(String text) {
        browser.waitForText(By.id("form-error"), text);
    }

    public void waitForConfirmation(String text) {
        browser.waitForText(By.id("form-confirmation"), text);
    }
}
