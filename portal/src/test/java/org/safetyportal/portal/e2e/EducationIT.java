package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.pages.EducationPage;
import org.safetyportal.portal.e2e.pages.LessonPage;

/** A visitor finds a 五进 lesson by audience and topic, reads it with its pictures, and finds it by search; without JavaScript too. */
class EducationIT extends BrowserJourney {

    private static final String GAS = "gas-at-home";

    @Test
    void visitor_findsALessonByTopicAndAudience_readsItWithItsImages_andItIsInTheLedger() throws Exception {
        EducationPage education = EducationPage.open(browser);
        assertEquals(browser.text("section.education.title"), browser.byId("section-heading").getText());
        assertTrue(education.campaignHeading().startsWith(browser.text("education.campaign.heading", "").strip()),
                education.campaignHeading());
        assertFalse(education.campaignLessons().isEmpty(), "the featured campaign features lessons");

        EducationPage gasOnly = education.chooseTopic("GAS");
        assertTrue(browser.path().endsWith("/education?topic=GAS"), browser.path());
        assertTrue(gasOnly.lessonsFor("FAMILY").contains(GAS), gasOnly.lessonsFor("FAMILY").toString());
        assertFalse(gasOnly.lessonsFor("SCHOOL").contains("drowning-prevention"), "another topic is not listed");

        LessonPage lesson = gasOnly.openLesson("FAMILY", GAS);
        assertTrue(browser.path().endsWith("/education/lessons/" + GAS), browser.path());
        assertEquals("家中和餐馆的燃气安全", lesson.title());
        assertTrue(lesson.body().contains("闻到燃气味"), lesson.body());
        assertTrue(lesson.imagesLoaded(), "the lesson's pictures are served by the portal");
        assertTrue(browser.all(By.cssSelector("#lesson-body table td")).size() > 2, "its table is drawn");
        String ledger = lesson.ledgerLine().getText();
        assertTrue(ledger.contains("lesson:"), ledger);
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"), "the ledger verifies");
    }

    @Test
    void aLesson_readsWithoutJavaScript_anUnknownOneIs404_andTheSearchFindsLessons() throws Exception {
        HttpResponse<String> page = get("/education/lessons/" + GAS);
        assertEquals(200, page.statusCode());
        Document document = Jsoup.parse(page.body());
        assertNotNull(document.selectFirst("#page-for-readers main h1"));
        assertEquals("家中和餐馆的燃气安全", document.selectFirst("#page-for-readers main h1").text());
        assertFalse(document.select("#page-for-readers main h2").isEmpty(), "the lesson's headings");
        assertTrue(document.selectFirst("#page-for-readers main").text().contains("闻到燃气味"));
        assertTrue(document.select("#page-for-readers script").isEmpty());

        assertEquals(404, get("/education/lessons/no-such-lesson").statusCode());
        assertEquals(404, get("/api/education/images/no-such.svg").statusCode());
        assertEquals(200, get("/api/education/images/gas-valve-steps.svg").statusCode());

        browser.open("/search?q=" + java.net.URLEncoder.encode("燃气泄漏", java.nio.charset.StandardCharsets.UTF_8)
                + "&kind=LESSON");
        browser.click(browser.find(By.cssSelector(".search-hit a[href='education/lessons/" + GAS + "']")));
        assertEquals("家中和餐馆的燃气安全", LessonPage.shown(browser).title());
    }
}
