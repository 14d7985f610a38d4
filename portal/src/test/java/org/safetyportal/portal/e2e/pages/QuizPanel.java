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

    /** Picks the first option of a question (a native radio button or checkbox) by tapping its label. */
    public void pickFirstOption(int position) {
        browser.click(options(position).get(0));
    }

    /** The labels of a question's options; each holds its input, so a tap anywhere on the row ticks it. */
    private List<WebElement> options(int position) {
        return browser.byId("quiz-answer-" + position).findElements(By.cssSelector("label"));
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
        for (WebElement label : options(position)) {
            if (right.contains(label.getText().strip())) {
                browser.click(label);
            }
        }
    }

    /** Whether the option at {@code index} (from 0) of a question is ticked in the browser. */
    public boolean ticked(int position, int index) {
        return options(position).get(index).findElement(By.cssSelector("input")).isSelected();
    }

    /** Whether every input of a question is disabled (as after a check). */
    public boolean locked(int position) {
        return options(position).stream().allMatch(l -> !l.findElement(By.cssSelector("input")).isEnabled());
    }

    /** Whether a question takes one answer (its inputs are radio buttons). */
    public boolean singleChoice(int position) {
        return "radio".equals(options(position).get(0).findElement(By.cssSelector("input")).getDomAttribute("type"));
    }

    /** The option ids the page carries for a question, as its inputs' values (ids only, never whether one is right). */
    public List<String> optionIds(int position) {
        return options(position).stream().map(l -> l.findElement(By.cssSelector("input")).getDomAttribute("value")).toList();
    }

    /**
     * What a hostile page could do before a click: adds a ticked input of its own making to a question, with any name
     * and value, which the click's event data then carries like the page's own.
     */
    public void forgeTicked(int position, String name, String value) {
        browser.script("const i = document.createElement('input'); i.type = 'checkbox'; i.name = arguments[1];"
                + "i.value = arguments[2]; i.checked = true; i.className = 'forged';"
                + "document.getElementById('quiz-answer-' + arguments[0]).appendChild(i);", position, name, value);
    }

    /** Ticks every option of a question, a single-choice one too (its radios turned into checkboxes first). */
    public void tickAll(int position) {
        browser.script("document.querySelectorAll('#quiz-answer-' + arguments[0] + ' input')"
                + ".forEach(i => { i.type = 'checkbox'; i.checked = true; });", position);
    }

    /** Removes the inputs {@link #forgeTicked} added with a value longer than {@code chars}. */
    public void removeForgedLongerThan(int chars) {
        browser.script("document.querySelectorAll('#quiz input.forged')"
                + ".forEach(i => { if (i.value.length > arguments[0]) i.remove(); });", chars);
    }

    /** Taps submit where the server is expected to refuse: answers the error shown, the paper still on the page. */
    public String submitRefused() {
        browser.click("quiz-submit");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            String error = browser.byId("quiz-error").getDomProperty("textContent");
            return error == null || error.isBlank() ? null : error;
        });
    }

    public String check(int position) {
        browser.click("quiz-check-" + position);
        return browser.find(By.cssSelector("#quiz-feedback-" + position + " .quiz-explanation")).getText();
    }

    /** Hands the paper in; grading a whole paper may take a while on a busy machine, so the wait is longer than a click's. */
    public String submit() {
        // Not browser.click: its wait for the request to end is a click's, shorter than a paper's grading may take.
        WebElement button = browser.byId("quiz-submit");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
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
