package org.safetyportal.content.education.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.testing.TestWorld;

class LessonPrintsTest {

    private static final String LESSON = "test-smoke-alarm";
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @Test
    void aPublishedLesson_printsAsAPdfWithTheEmbeddedCjkFont_whoseTextReadsBack() {
        try (TestWorld world = TestWorld.start("h2", Instant.parse("2027-06-10T02:00:00Z"))) {
            world.bean(LessonPublishing.class).publishMissing();
            Lesson lesson = world.bean(LessonLibrary.class).lesson(LESSON).orElseThrow();
            LessonPrints prints = world.bean(LessonPrints.class);

            byte[] pdf = prints.pdf(LESSON, ZH, "http://portal.test").orElseThrow();
            String text = PdfTextReader.text(pdf);
            assertTrue(text.contains(lesson.title().zh()), text);
            assertTrue(text.contains("烟雾报警器装在卧室外的走廊顶上"), "the body, its emphasis as plain text: " + text);
            assertTrue(text.contains("装在哪里"), "a heading of the body");
            assertTrue(text.contains("走廊顶棚 | 合适"), "a table row");
            assertTrue(text.contains("<script>"), "raw HTML printed as text, never run");
            assertTrue(text.contains("http://portal.test/education/lessons/" + LESSON), "the lesson's address");
            assertTrue(text.contains("晋城市安全生产与应急管理公共服务门户"), "the portal's name");
            assertTrue(PdfTextReader.fonts(pdf).stream().allMatch(f -> f.contains("NotoSansHans") && f.endsWith(" embedded")),
                    PdfTextReader.fonts(pdf).toString());
            assertTrue(pdf.length < 400_000, "a subset of the font, not all of it: " + pdf.length);

            assertSame(pdf, prints.pdf(LESSON, ZH, "http://portal.test").orElseThrow(), "kept for the ledger head");
            String english = PdfTextReader.text(prints.pdf(LESSON, Locale.ENGLISH, "http://portal.test").orElseThrow());
            assertTrue(english.contains(lesson.title().en()), english);

            assertEquals(java.util.Optional.empty(), prints.pdf("no-such-lesson", ZH, "http://portal.test"));
            assertEquals(java.util.Optional.empty(), prints.pdf("<script>", ZH, "http://portal.test"));
            assertEquals(java.util.Optional.empty(), prints.pdf("x".repeat(10_000), ZH, "http://portal.test"));
        }
    }
}
