package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/**
 * Filling the long forms of the staff pages: each field is brought to the middle of the window first (a
 * field scrolled out of the page's scrolling container does not count as visible to Selenium), and texts
 * are waited for by the element's content, whether or not Selenium deems it displayed.
 */
final class StaffFormFields {

    private final Browser browser;

    StaffFormFields(Browser browser) {
        this.browser = browser;
    }

    void type(String id, String text) {
        scrollTo(id);
        browser.type(id, text);
    }

    void textArea(String id, String text) {
        scrollTo(id);
        WebElement area = browser.find(By.cssSelector("#" + id + " textarea"));
        area.clear();
        area.sendKeys(text);
    }

    /** Picks a choice of a Vaadin select by its visible text. */
    void choose(String id, String label) {
        scrollTo(id);
        browser.click(id);
        browser.pickOverlayItem("vaadin-select-item", label);
    }

    void date(String id, LocalDate date) {
        browser.script("const picker = document.getElementById(arguments[0]);"
                + "picker.value = arguments[1];"
                + "picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));", id, date.toString());
        browser.settle();
    }

    void click(String id) {
        scrollTo(id);
        browser.click(id);
    }

    void waitForTextContent(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> String.valueOf(browser.script(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id)).contains(text));
    }

    private void scrollTo(String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }
}
