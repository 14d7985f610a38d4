package org.safetyportal.portal.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safetyportal.portal.e2e.Browser;

/** 五进 safety education at /education: the featured campaign, topics, and lessons by audience. */
public final class EducationPage {

    private final Browser browser;

    private EducationPage(Browser browser) {
        this.browser = browser;
        browser.byId("education-audiences");
    }

    public static EducationPage open(Browser browser) {
        browser.open("/education");
        return new EducationPage(browser);
    }

    public String campaignHeading() {
        return browser.find(By.cssSelector("#education-campaign h2")).getText();
    }

    public List<String> campaignLessons() {
        return codes(By.cssSelector("#education-campaign .lesson-card"));
    }

    public EducationPage chooseTopic(String topicCode) {
        browser.click("education-topic-" + topicCode);
        return new EducationPage(browser);
    }

    /** The codes of the lessons listed for one audience (ENTERPRISE, RURAL, COMMUNITY, SCHOOL, FAMILY). */
    public List<String> lessonsFor(String audienceCode) {
        return codes(By.cssSelector("#education-audience-" + audienceCode + " .lesson-card"));
    }

    public LessonPage openLesson(String audienceCode, String lessonCode) {
        browser.click(browser.find(By.cssSelector("#education-audience-" + audienceCode + " .lesson-card[data-lesson='"
                + lessonCode + "'] a")));
        return new LessonPage(browser);
    }

    private List<String> codes(By cards) {
        return browser.all(cards).stream().map(card -> card.getDomAttribute("data-lesson")).toList();
    }

    /** The element of a lesson card, for a check on what it shows. */
    public WebElement card(String audienceCode, String lessonCode) {
        return browser.find(By.cssSelector("#education-audience-" + audienceCode + " .lesson-card[data-lesson='"
                + lessonCode + "']"));
    }
}
