package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** Where a participant joins a group session on a phone: the code, then a display name, then the quiz. */
public final class JoinPage {

    private final Browser browser;

    private JoinPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code /join} and types the code. */
    public static JoinPage byCode(Browser browser, String code) {
        browser.open("/join");
        browser.type("join-code", code);
        browser.click("join-go");
        browser.byId("join-about");
        return new JoinPage(browser);
    }

    /** Opens a session's 进家庭 link as the educator's page gives it (an address ending in {@code ?for=family}). */
    public static JoinPage byFamilyLink(Browser browser, String familyAddress) {
        browser.open(familyAddress.substring(familyAddress.indexOf("/join/")));
        browser.byId("join-about");
        return new JoinPage(browser);
    }

    /** The note that this is the family version, blank when the page does not show one. */
    public String familyNote() {
        return browser.all(org.openqa.selenium.By.id("join-family")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public String error() {
        return browser.byId("join-error").getText();
    }

    /** Gives a name the portal refuses; answers the message it shows. */
    public String refusedName(String name) {
        browser.type("join-name", name);
        browser.click("join-start");
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> {
                    String text = browser.byId("join-error").getText();
                    return text.isBlank() ? null : text;
                });
    }

    /** From now on, keeps what the server sends to this browser ({@link QuizPanel#received()}). */
    public void recordWhatTheBrowserReceives() {
        QuizPanel.startRecording(browser);
    }

    /** Gives the name and starts; answers the quiz panel with the paper. */
    public QuizPanel start(String name) {
        browser.type("join-name", name);
        browser.click("join-start");
        QuizPanel quiz = new QuizPanel(browser);
        browser.byId("quiz-deadline");
        return quiz;
    }

    public ScreenWidth width() {
        return ScreenWidth.of(browser);
    }
}
