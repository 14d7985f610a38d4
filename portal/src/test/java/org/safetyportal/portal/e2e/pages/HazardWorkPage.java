package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/** The staff page of the major hazard register: the listing form, the department's hazards and their step dialog. */
public final class HazardWorkPage {

    private final Browser browser;

    public HazardWorkPage(Browser browser) {
        this.browser = browser;
        browser.byId("hazard-work-heading");
    }

    /** Follows the hazards tool of the staff home, where signing in leads. */
    public static HazardWorkPage openFromStaffArea(Browser browser) {
        browser.click("tool-hazards");
        return new HazardWorkPage(browser);
    }

    public static HazardWorkPage open(Browser browser) {
        browser.open("/admin/hazards");
        return new HazardWorkPage(browser);
    }

    /** Fills every field of the listing form; the department is preselected when the publisher has one. */
    public void fillListing(String code, String description, String enterprise, String creditCode, String county,
            String sector, LocalDate deadline, String... five) {
        type("hazard-registerCode", code);
        textArea("hazard-description", description);
        type("hazard-enterprise", enterprise);
        type("hazard-creditCode", creditCode);
        browser.click("hazard-county");
        browser.pickOverlayItem("vaadin-select-item", county);
        type("hazard-sector", sector);
        browser.pickOverlayItem("vaadin-combo-box-item", sector);
        setDate("hazard-deadline", deadline);
        String[] ids = {"hazard-measures", "hazard-responsibility", "hazard-funds", "hazard-timeLimit", "hazard-contingencyPlan"};
        for (int i = 0; i < ids.length; i++) {
            textArea(ids[i], five[i]);
        }
    }

    public void replaceCreditCode(String creditCode) {
        type("hazard-creditCode", creditCode);
    }

    public void submit() {
        browser.click("hazard-submit");
    }

    public void waitForFormError(String text) {
        waitForTextContent("hazard-form-error", text);
    }

    public void waitForConfirmation(String text) {
        waitForTextContent("hazard-confirmation", text);
    }

    public boolean offersStep(String code) {
        browser.settle();
        return !browser.all(By.id("step-" + code)).isEmpty();
    }

    /** Opens the step dialog, picks the step by its label unless there is only one, and saves. */
    public void recordStep(String code, String stepLabel, String note, String signedOffBy, String signedOffUnit) {
        browser.click("step-" + code);
        browser.byId("step-note");
        if (stepLabel != null) {
            browser.click("step-status");
            browser.pickOverlayItem("vaadin-select-item", stepLabel);
        }
        textArea("step-note", note);
        if (signedOffBy != null) {
            type("step-signedOffBy", signedOffBy);
            type("step-signedOffUnit", signedOffUnit);
        }

        browser.click("step-save");
    }

    /** The open step dialog refused the step in these words. */
    public void waitForStepError(String text) {
        browser.waitForText(By.id("step-error"), text);
    }

    /** In the open step dialog: the role in which the official signs, then save again. */
    public void signAs(String signerRoleLabel) {
        browser.click("step-signerRole");
        browser.pickOverlayItem("vaadin-select-item", signerRoleLabel);
        browser.click("step-save");
    }

    public void waitForStatus(String code, String status) {
        waitForTextContent("work-status-" + code, status);
    }

    /**
     * Waits for the text by the element's content, whether or not Selenium deems it displayed: the
     * page's clipped scroll container hides from Selenium what lies above the part scrolled to.
     */
    private void waitForTextContent(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> String.valueOf(browser.script(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id)).contains(text));
    }

    /**
     * Brings the field into the middle of the window first: a field scrolled out of the page's
     * scrolling container does not count as visible to Selenium.
     */
    private void type(String id, String text) {
        scrollTo(id);
        browser.type(id, text);
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }

    private void textArea(String id, String text) {
        scrollTo(id);
        WebElement area = browser.find(By.cssSelector("#" + id + " textarea"));
        area.clear();
        area.sendKeys(text);
    }

    private void setDate(String id, LocalDate date) {
        browser.script("const picker = document.getElementById(arguments[0]);"
                + "picker.value = arguments[1];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, date.toString());
        browser.settle();
    }
}
