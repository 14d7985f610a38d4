package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.pages.EducationPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;
import org.safetyportal.portal.e2e.pages.LessonPage;
import org.safetyportal.portal.e2e.pages.QuizPanel;

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

    @Test
    void visitor_takesTheSelfStudyQuiz_andTheBrowserHoldsNoAnswerKeyBeforeAnAnswerIsIn() throws Exception {
        LessonPage lesson = LessonPage.open(browser, GAS);
        // An explanation that the lesson's own text happens to repeat word for word says nothing about the quiz.
        String lessonPage = browser.driver().getPageSource();
        List<String> explanations = explanationsOf(GAS).stream().filter(e -> !lessonPage.contains(e)).toList();
        assertTrue(explanations.size() >= 20, "the bank's explanations: " + explanations.size());
        QuizPanel quiz = lesson.quiz();
        assertTrue(quiz.rules().contains("10"), quiz.rules());
        quiz.recordWhatTheBrowserReceives();

        quiz.start();
        assertEquals(10, quiz.questionCount());
        long withThePaper = quiz.responsesReceived();
        assertTrue(withThePaper >= 1, "the paper went by UIDL");
        quiz.pickFirstOption(1);
        quiz.pickFirstOption(2);
        assertTrue(quiz.ticked(1, 0) && quiz.ticked(2, 0), "a tap on the label ticks the option");
        assertEquals(withThePaper, quiz.responsesReceived(), "a tick stays in the browser: no request");
        String beforeAnyCheck = quiz.received();
        assertTrue(beforeAnyCheck.contains("quiz-answer-10"), "the recording holds the paper");
        for (String explanation : explanations) {
            assertFalse(beforeAnyCheck.contains(explanation), "an explanation before any answer: " + explanation);
        }
        assertFalse(beforeAnyCheck.contains("quiz-right") || beforeAnyCheck.contains("quiz-wrong"));

        String firstExplanation = quiz.check(1);
        assertTrue(explanations.contains(firstExplanation), firstExplanation);
        assertEquals(withThePaper + 1, quiz.responsesReceived(), "one check, one request");
        assertTrue(quiz.locked(1), "a checked answer's inputs are disabled");
        String afterOneCheck = quiz.received();
        assertTrue(afterOneCheck.contains(firstExplanation), "the recording sees what the server sends once an answer is in");
        long explained = explanations.stream().filter(afterOneCheck::contains).count();
        assertEquals(1, explained, "only the checked question's explanation reached the browser");

        for (int position = 3; position <= 10; position++) {
            quiz.pickFirstOption(position);
        }
        String result = quiz.submit();
        assertTrue(result.contains("/10"), result);
        assertEquals(10, quiz.reviewedQuestions());
        assertEquals(browser.text("education.quiz.attemptsLeft", 2), quiz.attemptsLeft());
    }

    @Test
    void aForgedSubmission_isRefusedOrCountsOnlyThePapersOwnChoices() throws Exception {
        QuizPanel quiz = LessonPage.open(browser.at("127.0.0.41"), GAS).quiz();
        quiz.start();
        int questions = quiz.questionCount();
        java.util.Map<String, java.util.Set<String>> right = CertificateIT.rightOptionsOf(GAS);
        quiz.pickRightOptions(1, right);
        int single = java.util.stream.IntStream.rangeClosed(2, questions).filter(quiz::singleChoice).findFirst().orElseThrow();
        int forged = single == 2 ? 3 : 2;
        // A single-choice question with every option ticked, the right one among them: the engine's one-answer rule.
        quiz.tickAll(single);
        // Another question gets the ids of its neighbour, ids of no question, and names of no question.
        for (String id : quiz.optionIds(single)) {
            quiz.forgeTicked(forged, "q" + forged, id);
        }
        quiz.forgeTicked(forged, "q" + forged, "no-such-option");
        quiz.forgeTicked(forged, "q" + (questions + 1), quiz.optionIds(forged).get(0));
        quiz.forgeTicked(forged, "q0", quiz.optionIds(forged).get(0));
        quiz.forgeTicked(forged, "quiz", "<script>alert(1)</script>");

        quiz.forgeTicked(forged, "q" + forged, "x".repeat(100 * 1024));
        assertEquals(browser.text("quiz.answer.unreadable"), quiz.submitRefused());
        assertTrue(browser.all(By.id("quiz-result")).isEmpty(), "100 KB of junk submits nothing");

        quiz.removeForgedLongerThan(1000);
        String result = quiz.submit();
        assertTrue(result.contains("1/" + questions), "only question 1's real choice counts: " + result);
        assertEquals(questions, quiz.reviewedQuestions());
    }

    /** The explanations of a lesson's bank as the seed writes them, to look for in what the browser received. */
    static List<String> explanationsOf(String lesson) throws Exception {
        try (var in = EducationIT.class.getClassLoader().getResourceAsStream("seed/education/questions/" + lesson + ".txt")) {
            assertNotNull(in, "the seed bank of " + lesson);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("explanation:")).map(line -> line.substring("explanation:".length()).strip())
                    .toList();
        }
    }

    @Test
    void anEducatorPublishesCampaignFigures_andTheyReadWithoutJavaScript_smallCellsSuppressed() throws Exception {
        String educator = "figures.sun";
        String password = "figures-pass-2026";
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(educator, "孙示例老师", password, "EDUCATOR", null);
        users.waitForUser(educator);
        signOut();

        LoginPage.open(browser).signInSuccessfully(educator, password);
        browser.open("/admin/education/figures");
        browser.click("figures-publish-FIRE_SAFETY_MONTH");
        // Read as the DOM holds it: the message sits above the campaigns, scrolled out of the layout's view.
        String see = browser.text("admin.education.figures.see");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                browser.all(By.id("figures-message")).stream().anyMatch(e -> e.getDomProperty("textContent").contains(see)));
        assertFalse(browser.all(By.id("figures-last-FIRE_SAFETY_MONTH")).get(0).getDomProperty("textContent")
                .equals(browser.text("admin.education.figures.never")));
        signOut();

        HttpResponse<String> page = get("/education/campaigns/FIRE_SAFETY_MONTH");
        assertEquals(200, page.statusCode());
        Document document = Jsoup.parse(page.body());
        String main = document.selectFirst("#page-for-readers main").text();
        assertEquals("消防宣传月", document.selectFirst("#page-for-readers main h1").text());
        assertTrue(main.contains(browser.text("education.figures.in.county")), main);
        assertTrue(main.contains(browser.text("education.figures.in.audience")), main);
        assertTrue(main.contains("<5"), "no session of the demo falls in the campaign, so every cell is suppressed: " + main);
        assertFalse(page.body().contains(educator), "a staff name is never public");
        assertTrue(document.select("#page-for-readers script").isEmpty());

        Document education = Jsoup.parse(get("/education").body());
        assertNotNull(education.selectFirst("#page-for-readers main a[href$='education/campaigns']"), "linked from /education");
        Document calendar = Jsoup.parse(get("/education/campaigns").body());
        String list = calendar.selectFirst("#page-for-readers main").text();
        assertTrue(list.contains("消防宣传月") && list.contains("安全生产月"), list);
        assertEquals(404, get("/education/campaigns/NO_SUCH_CAMPAIGN").statusCode());

        HttpResponse<String> api = get("/api/v1/education/campaigns/FIRE_SAFETY_MONTH");
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"fewerThan\":5") && api.body().contains("campaign-figures:"), api.body());
        assertEquals(404, get("/api/v1/education/campaigns/NO_SUCH_CAMPAIGN").statusCode());
        assertTrue(get("/api/v1/ledger/verify").body().startsWith("{\"intact\":true"), "the ledger verifies");

        java.util.regex.Matcher published = java.util.regex.Pattern.compile("\"publishedAt\":\"(\\d{4}-\\d{2}-\\d{2})T")
                .matcher(api.body());
        assertTrue(published.find(), api.body());
        String sitemap = get("/sitemap.xml").body();
        assertTrue(sitemap.contains("/education/campaigns/FIRE_SAFETY_MONTH</loc><lastmod>" + published.group(1) + "</lastmod>"),
                "the campaign's page in the sitemap, dated by its figures: " + sitemap);
    }
}
