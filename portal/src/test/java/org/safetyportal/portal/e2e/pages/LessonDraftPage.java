package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.WebTextArea;

/** Lesson drafting at /admin/education/lessons and one draft at /admin/education/lessons/draft/{id}. */
public final class LessonDraftPage {

    private final Browser browser;

    private LessonDraftPage(Browser browser) {
        this.browser = browser;
        browser.byId("lesson-draft-heading");
    }

    public static void openDrafting(Browser browser) {
        browser.open("/admin/education/lessons");
        browser.byId("lesson-drafts-heading");
    }

    public static LessonDraftPage startNew(Browser browser, String code) {
        openDrafting(browser);
        browser.type("lesson-new-code", code);
        browser.click("lesson-new-start");
        return new LessonDraftPage(browser);
    }

    public static LessonDraftPage startEdition(Browser browser, String code) {
        openDrafting(browser);
        browser.click("lesson-edition-" + code);
        return new LessonDraftPage(browser);
    }

    /** Opens an open draft of the code from the list of drafts awaiting work. */
    public static LessonDraftPage openDraft(Browser browser, String code) {
        openDrafting(browser);
        browser.click("lesson-draft-link-" + code);
        return new LessonDraftPage(browser);
    }

    public void type(String field, String value) {
        browser.type("lesson-draft-" + field, value);
    }

    public void write(String field, String value) {
        WebTextArea.replace(browser, "lesson-draft-" + field, value);
        browser.settle();
    }

    /** Ticks the choice shown with this label in a group of checkboxes (audiences, topics). */
    public void tick(String field, String label) {
        for (WebElement box : browser.all(By.cssSelector("#lesson-draft-" + field + " vaadin-checkbox"))) {
            WebElement text = box.findElement(By.cssSelector("label"));
            if (text.getText().strip().equals(label)) {
                browser.click(text);
                return;
            }
        }
        throw new AssertionError("no choice " + label + " in " + field);
    }

    /** The problems listed, once the list settles to match {@code expected} (or the time runs out). */
    public List<String> problemsWhen(java.util.function.Predicate<List<String>> expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> expected.test(problems()));
        } catch (org.openqa.selenium.TimeoutException shownBelow) {
            // the assertion that follows names what was listed
        }
        return problems();
    }

    /** Read in one script: the list is drawn again as the server answers, so elements found first may be gone when read. */
    @SuppressWarnings("unchecked")
    public List<String> problems() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#lesson-draft-problems li'),"
                + " li => li.textContent.trim());");
    }

    /** Chooses a file for the draft's pictures, as the file picker would; waits until the page has answered. */
    public void uploadPicture(java.nio.file.Path file) {
        int before = pictureLines().size();
        String shownBefore = pictureMessage();
        WebElement input = browser.byId("lesson-image-upload").getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        browser.script("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> pictureLines().size() != before || !pictureMessage().equals(shownBefore));
        browser.settle();
    }

    /** What the page said about the last picture chosen, or "" when it said nothing. */
    public String pictureMessage() {
        Object text = browser.script("const m = document.getElementById('lesson-image-message');"
                + " return m && !m.hidden && m.offsetParent !== null ? m.textContent.trim() : '';");
        return String.valueOf(text);
    }

    /** The Markdown line offered for each uploaded picture. */
    @SuppressWarnings("unchecked")
    public List<String> pictureLines() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#lesson-image-list .lesson-image-line'),"
                + " f => f.value);");
    }

    /** Inserts the line of the n-th picture (from 0) into the Chinese body. */
    public void insertPicture(int index) {
        browser.click(browser.all(By.cssSelector("#lesson-image-list .lesson-image-insert")).get(index));
        browser.settle();
    }

    /** Whether the preview shows pictures, every one loaded with a size. */
    public boolean previewPicturesLoaded() {
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                    "const images = [...document.querySelectorAll('#lesson-draft-preview img')];"
                            + "return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0);")));
        } catch (org.openqa.selenium.TimeoutException notLoaded) {
            return false;
        }
    }

    public WebElement preview() {
        return browser.byId("lesson-draft-preview");
    }

    /** Submits the draft; answers where it then stands. */
    public String submit() {
        browser.click("lesson-draft-submit");
        browser.byId("lesson-draft-changes");
        return status();
    }

    public boolean offersPublishing() {
        return !browser.all(By.id("lesson-draft-publish")).isEmpty();
    }

    /** Read as the DOM holds it: after a click the layout's view is scrolled and Selenium counts the line as hidden. */
    public String status() {
        return String.valueOf(browser.driver().findElement(By.id("lesson-draft-status")).getDomProperty("textContent"));
    }

    public boolean showsChangeOf(String field) {
        return !browser.all(By.id("lesson-change-" + field)).isEmpty();
    }

    public String publish() {
        browser.click("lesson-draft-publish");
        return browser.byId("lesson-draft-published").getText();
    }
}
