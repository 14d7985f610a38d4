package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.EducationPage;
import org.safetyportal.portal.e2e.pages.LessonDraftPage;
import org.safetyportal.portal.e2e.pages.LessonPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.QuizPanel;
import org.safetyportal.portal.e2e.pages.ScreenWidth;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Editor A drafts a new lesson with a live preview, has a mistake in its bank named by line, and submits it; A is
 * offered no way to publish it; editor B publishes it; a visitor on a 360 px phone finds it under 进社区, reads it
 * and passes its quiz; B drafts its second edition, A publishes it, and the phone reads edition 2 at once.
 */
class LessonDraftingIT extends BrowserJourney {

    private static final String A = "lessoned.a";
    private static final String B = "lessoned.b";
    private static final String PASSWORD = "lesson-editor-pass-9";
    private static final String CODE = "lessoned-ebike-charging";
    private static final String TITLE = "电动自行车充电安全";
    private static final String SECOND_TITLE = "电动自行车充电安全（第二版）";
    private static final String BANK = """
            kind: single
            category: 充电
            stem: 电动自行车电池应在哪里充电？
            * 小区集中充电点
            - 楼道里
            - 家里客厅
            explanation: 楼道和家里着火会堵住逃生的路。
            ---
            kind: truefalse
            category: 电池
            stem: 电池鼓包了还可以继续用。
            - 对
            * 错
            explanation: 鼓包的电池容易起火，要换掉。
            ---
            kind: multiple
            category: 电池
            stem: 哪些做法是对的？
            * 买有认证的电池
            * 充满就拔
            - 私自改装电池
            - 整夜充电
            explanation: 认证电池、充满即拔；改装和整夜充电都容易起火。
            """;
    private static final Map<String, Set<String>> RIGHT = Map.of(
            "电动自行车电池应在哪里充电？", Set.of("小区集中充电点"),
            "电池鼓包了还可以继续用。", Set.of("错"),
            "哪些做法是对的？", Set.of("买有认证的电池", "充满就拔"));

    @Test
    void oneEditorDrafts_anotherPublishes_thePublicReadsTheNewestEditionAtOnce() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(A, "甲示例编辑", PASSWORD, "LESSON_EDITOR", null);
        users.waitForUser(A);
        users.createUser(B, "乙示例编辑", PASSWORD, "LESSON_EDITOR", null);
        users.waitForUser(B);
        signOut();

        LoginPage.open(browser).signInSuccessfully(A, PASSWORD);
        LessonDraftPage draft = LessonDraftPage.startNew(browser, CODE);
        draft.type("TITLE_ZH", TITLE);
        draft.write("SUMMARY_ZH", "电池放哪里充、怎么充，才不会起火。");
        draft.tick("AUDIENCES", "进社区");
        draft.tick("TOPICS", "电动自行车");
        draft.write("BODY_ZH", "## 在哪里充电\n\n请在**小区集中充电点**充电，不要推进楼道。\n\n<script>alert(1)</script>\n\n"
                + "[看这里](javascript:alert(1))");
        assertTrue(draft.preview().findElement(By.cssSelector("strong")).getText().contains("小区集中充电点"));
        assertTrue(draft.preview().findElements(By.cssSelector("script, a[href^='javascript']")).isEmpty(),
                "hostile Markdown is shown as text, its script link dropped");
        String wrongBank = BANK.replace("* 小区集中充电点", "- 小区集中充电点");
        draft.write("BANK", wrongBank);
        String expected = browser.text("education.draft.problemOnLine", browser.text("education.draft.field.BANK"), 1,
                browser.text("education.bank.problem.single"));
        assertEquals(List.of(expected), draft.problemsWhen(p -> p.contains(expected)));
        keepScreenshot(browser, "lesson-draft-bank-problem");
        draft.write("BANK", BANK);
        assertEquals(List.of(), draft.problemsWhen(List::isEmpty));
        assertTrue(draft.submit().contains(browser.text("education.draft.status.SUBMITTED", A, A)));
        assertFalse(draft.offersPublishing(), "the drafter is offered no publish button");
        assertFalse(browser.all(By.id("lesson-draft-waiting")).isEmpty(), "the drafter is told a second editor must publish");
        signOut();

        LoginPage.open(browser).signInSuccessfully(B, PASSWORD);
        LessonDraftPage review = LessonDraftPage.openDraft(browser, CODE);
        assertTrue(review.showsChangeOf("BANK"), "a new lesson shows its whole text, bank included");
        assertEquals(browser.text("education.draft.published", 1), review.publish());

        Browser phone = new Browser(portal, SupportedLocales.CHINESE).at("127.0.0.31");
        try {
            phone.resize(360, 740);
            LessonPage lesson = EducationPage.open(phone).openLesson("COMMUNITY", CODE);
            assertEquals(TITLE, lesson.title());
            assertTrue(lesson.body().contains("不要推进楼道") && lesson.body().contains("<script>alert(1)</script>"),
                    lesson.body());
            assertTrue(phone.byId("lesson-edition").getText().contains(phone.text("education.lesson.edition", 1)));
            QuizPanel quiz = lesson.quiz();
            quiz.start();
            for (int position = 1; position <= quiz.questionCount(); position++) {
                quiz.pickRightOptions(position, RIGHT);
            }
            String result = quiz.submit();
            assertTrue(result.contains("3/3"), result);
            assertTrue(ScreenWidth.of(phone).fits(), ScreenWidth.of(phone).toString());

            LessonDraftPage second = LessonDraftPage.startEdition(browser, CODE);
            second.type("TITLE_ZH", SECOND_TITLE);
            assertEquals(List.of(), second.problemsWhen(List::isEmpty));
            assertTrue(second.submit().contains(browser.text("education.draft.status.SUBMITTED", B, B)));
            assertFalse(second.offersPublishing());
            signOut();

            LoginPage.open(browser).signInSuccessfully(A, PASSWORD);
            LessonDraftPage decision = LessonDraftPage.openDraft(browser, CODE);
            assertTrue(decision.showsChangeOf("TITLE_ZH"));
            keepScreenshot(browser, "lesson-draft-decision");
            assertFalse(decision.showsChangeOf("BANK"), "the bank is unchanged");
            assertEquals(browser.text("education.draft.published", 2), decision.publish());

            LessonPage again = LessonPage.open(phone, CODE);
            assertEquals(SECOND_TITLE, again.title());
            assertTrue(phone.byId("lesson-edition").getText().contains(phone.text("education.lesson.edition", 2)));
            String ledger = again.ledgerLine().getText();
            assertTrue(ledger.contains(phone.text("role.LESSON_EDITOR")), ledger);
            assertFalse(ledger.contains(A) || ledger.contains(B), "the public is told the role, never the account: " + ledger);
            assertTrue(ScreenWidth.of(phone).fits(), ScreenWidth.of(phone).toString());
            keepScreenshot(phone, "lesson-edition-2-phone");
        } finally {
            phone.close();
        }
    }

    /** Keeps what the browser shows, to look at: Chinese must render, the phone's page must fit. */
    private static void keepScreenshot(Browser shown, String name) throws Exception {
        Files.createDirectories(FailureScreenshots.FOLDER.resolveSibling("e2e-screenshots"));
        Files.write(FailureScreenshots.FOLDER.resolveSibling("e2e-screenshots").resolve(name + ".png"),
                ((TakesScreenshot) shown.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
