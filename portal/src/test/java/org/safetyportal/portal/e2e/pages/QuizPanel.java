package org.safetyportal.portal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;

/**
 * The self-study quiz under a lesson. It can also record every answer the server sends to the browser
 * (each UIDL response, decoded), so that a journey can hold what the browser received against the answer key.
 */
public final class QuizPanel {

    private final Browser browser;

    QuizPanel(Browser browser) {
        this.browser = browser;
        browser.byId("quiz");
    }

    /** From now on, keeps the text of every response to the browser's requests (Vaadin's UIDL goes by XMLHttpRequest). */
    public void recordWhatTheBrowserReceives() {
        startRecording(browser);
    }

    /** Starts the recording before the quiz is on the page (a participant's paper comes with the click that joins). */
    static void startRecording(Browser browser) {
        browser.script("if (window.__received) return;"
                + "window.__received = [];"
                + "const send = XMLHttpRequest.prototype.send;"
                + "XMLHttpRequest.prototype.send = function () {"
                + "  this.addEventListener('load', () => {"
                + "    let text = this.responseText;"
                + "    try { text = JSON.stringify(JSON.parse(text.replace(/^for\\(;;\\);/, ''))); } catch (e) {}"
                + "    window.__received.push(text);"
                + "  });"
                + "  return send.apply(this, arguments);"
                + "};");
    }

    /** Everything received since recording began, and the page as it stands. */
    public String received() {
        Object responses = browser.script("return (window.__received || []).join('\\n');");
        return responses + "\n" + browser.driver().getPageSource();
    }

    public long responsesReceived() {
        return (Long) browser.script("return (window.__received || []).length;");
    }

    public String rules() {
        return browser.byId("quiz-rules").getText();
    }

    public void start() {
        browser.click("quiz-start");
        browser.byId("quiz-deadline");
    }

    public int questionCount() {
        return browser.all(By.cssSelector("#quiz .quiz-question")).size();
    }

    /** Picks the first option of a question (a radio button or a checkbox). */
    public void pickFirstOption(int position) {
        WebElement answer = browser.byId("quiz-answer-" + position);
        List<WebElement> options = answer.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox"));
        browser.click(options.get(0).findElement(By.cssSelector("label")));
    }

    /**
     * Picks the right options of a question, as the seed's bank marks them: {@code rightByStem} maps each stem to its
     * right options' texts (what the test knows from the seed; the browser never receives it).
     */
    public void pickRightOptions(int position, java.util.Map<String, java.util.Set<String>> rightByStem) {
        String stem = browser.find(By.cssSelector("#quiz-question-" + position + " h3")).getText()
                .replaceFirst("^\\d+\\.\\s*", "").strip();
        java.util.Set<String> right = rightByStem.get(stem);
        if (right == null) {
            throw new AssertionError("no such stem in the seed bank: " + stem);
        }
        WebElement answer = browser.byId("quiz-answer-" + position);
        for (WebElement option : answer.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox"))) {
            WebElement label = option.findElement(By.cssSelector("label"));
            if (right.contains(label.getText().strip())) {
                browser.click(label);
            }
        }
    }

    public String check(int position) {
        browser.click("quiz-check-" + position);
        return browser.find(By.cssSelector("#quiz-feedback-" + position + " .quiz-explanation")).getText();
    }

    /** Hands the paper in; grading a whole paper may take a while on a busy machine, so the wait is longer than a click's. */
    public String submit() {
        browser.click("quiz-submit");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-result"))).getDomProperty("textContent");
    }

    public int reviewedQuestions() {
        return browser.all(By.cssSelector("#quiz-review .quiz-question")).size();
    }

    /** Back to the start of the quiz, which says how many attempts are left. */
    public String attemptsLeft() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        browser.script("arguments[0].click()", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-again"))));
        browser.settle();
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-attempts-left"))).getDomProperty("textContent");
    }
}
