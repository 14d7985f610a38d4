package org.safetyportal.portal.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** One lesson at /education/lessons/{code}: its text, its images and, below, its self-study quiz. */
public final class LessonPage {

    private final Browser browser;

    LessonPage(Browser browser) {
        this.browser = browser;
        browser.byId("lesson-body");
    }

    /** The lesson the browser has just been led to (by a link). */
    public static LessonPage shown(Browser browser) {
        return new LessonPage(browser);
    }

    public static LessonPage open(Browser browser, String code) {
        browser.open("/education/lessons/" + code);
        return new LessonPage(browser);
    }

    public String title() {
        return browser.byId("lesson-title").getText();
    }

    public String body() {
        return browser.byId("lesson-body").getText();
    }

    /** Whether every image of the lesson's body has loaded with a size (it was served and is an image). */
    public boolean imagesLoaded() {
        return Boolean.TRUE.equals(browser.script("const images = [...document.querySelectorAll('#lesson-body img')];"
                + "return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0);"));
    }

    public WebElement ledgerLine() {
        return browser.find(By.id("lesson-ledger"));
    }

    public QuizPanel quiz() {
        return new QuizPanel(browser);
    }
}
