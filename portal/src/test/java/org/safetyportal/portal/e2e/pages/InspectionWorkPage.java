package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** The staff page where a publisher publishes, corrects and updates inspection results (/admin/inspections). */
public final class InspectionWorkPage {

    private final Browser browser;

    private InspectionWorkPage(Browser browser) {
        this.browser = browser;
        browser.byId("inspection-work-heading");
    }

    /** From the staff start page, through its tool link. */
    public static InspectionWorkPage fromAdminHome(Browser browser) {
        browser.click("tool-inspections");
        return new InspectionWorkPage(browser);
    }

    /** Types into a text field, scrolled into view first: a long form leaves fields above the window. */
    public void type(String fieldId, String value) {
        scrollTo(fieldId);
        browser.type(fieldId, value);
    }

    public void write(String areaId, String value) {
        scrollTo(areaId);
        WebElement area = browser.find(By.cssSelector("#" + areaId + " textarea"));
        area.clear();
        area.sendKeys(value);
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }

    public void pick(String selectId, String label) {
        browser.click(selectId);
        browser.pickOverlayItem("vaadin-select-item", label);
    }

    /** Sets a date picker as a user choosing a date would (ISO yyyy-MM-dd). */
    public void date(String pickerId, String isoDate) {
        browser.script("const picker = document.getElementById(arguments[0]);"
                + "picker.value = arguments[1];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", pickerId, isoDate);
        browser.settle();
    }

    public void publish() {
        browser.click("ins-publish");
    }

    public void startCorrection(String recordCode) {
        browser.click("correct-" + recordCode);
        browser.byId("ins-reason");
    }

    public void publishCorrection() {
        browser.click("ins-correct");
    }

    public void waitForError(String text) {
        browser.waitForText(By.id("ins-error"), text);
    }

    public void waitForConfirmation(String text) {
        browser.waitForText(By.id("ins-confirmation"), text);
    }
}
