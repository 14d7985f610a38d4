package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonSeedParserTest {

    private static final EducationReference REFERENCE = new EducationReference();
    private static final String FILE = "seed/education/lessons/gas-test.md";

    private static String lesson(String frontMatter) {
        return "---\n" + frontMatter + "---\n## 标题\n\n正文。\n";
    }

    private static final String GOOD = """
            code: gas-test
            title_zh: 燃气
            title_en: Gas
            summary_zh: 摘要
            summary_en: Summary
            audiences: FAMILY, COMMUNITY
            topics: GAS, FIRE
            minutes: 15
            """;

    @Test
    void aLesson_isReadWithItsAudiencesAndTopicsFromTheReferenceData() {
        LessonSource read = LessonSeedParser.parse(FILE, lesson(GOOD), null, List.of(), REFERENCE);

        assertEquals("gas-test", read.code());
        assertEquals("Gas", read.title().en());
        assertEquals(List.of("FAMILY", "COMMUNITY"), read.audiences().stream().map(Audience::code).toList());
        assertEquals("进家庭", read.audiences().get(0).name().zh());
        assertEquals(List.of("GAS", "FIRE"), read.topics().stream().map(Topic::code).toList());
        assertEquals(15, read.minutes());
        assertEquals("## 标题\n\n正文。", read.bodyZh());
        assertNull(read.bodyEn());
    }

    @Test
    void anUnknownTopic_isRefusedAtItsLine() {
        SeedFormatException refused = assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE,
                lesson(GOOD.replace("GAS, FIRE", "GAS, VOLCANO")), null, List.of(), REFERENCE));

        assertEquals(FILE, refused.file());
        assertEquals(8, refused.line());
        assertTrue(refused.getMessage().contains("VOLCANO"), refused.getMessage());
    }

    @Test
    void aCodeThatIsNotTheFileName_aMissingTitle_badMinutes_andAnOpenFrontMatter_areRefused() {
        assertEquals(2, assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE,
                lesson(GOOD.replace("code: gas-test", "code: gas-other")), null, List.of(), REFERENCE)).line());
        assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE,
                lesson(GOOD.replace("title_zh: 燃气\n", "")), null, List.of(), REFERENCE));
        assertEquals(9, assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE,
                lesson(GOOD.replace("minutes: 15", "minutes: soon")), null, List.of(), REFERENCE)).line());
        assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE, "---\n" + GOOD + "正文", null,
                List.of(), REFERENCE));
        assertEquals(1, assertThrows(SeedFormatException.class, () -> LessonSeedParser.parse(FILE, "正文", null,
                List.of(), REFERENCE)).line());
    }

    @Test
    void theSeedOnTheClassPath_isReadWhole_eachLessonWithItsBank() {
        List<LessonSource> seed = SeedLessons.read(REFERENCE);

        LessonSource test = seed.stream().filter(l -> l.code().equals("test-smoke-alarm")).findFirst().orElseThrow();
        assertEquals(4, test.questions().size());
        assertTrue(test.bodyEn().startsWith("## Where it goes"));
        assertTrue(seed.stream().allMatch(l -> !l.questions().isEmpty()));
    }

    @Test
    void theLessonsWrittenForThePortal_areAtLeastTwelve_eachWithTwentyQuestionsOrMore_andTheirImagesExist() {
        List<LessonSource> written = SeedLessons.read(REFERENCE).stream().filter(l -> !l.code().startsWith("test-")).toList();

        assertTrue(written.size() >= 12, "lessons: " + written.size());
        for (LessonSource lesson : written) {
            assertTrue(lesson.questions().size() >= 20, lesson.code() + " has " + lesson.questions().size() + " questions");
            java.util.regex.Matcher images = java.util.regex.Pattern.compile("\\(images/([^)]+)\\)").matcher(
                    lesson.bodyZh() + (lesson.bodyEn() == null ? "" : lesson.bodyEn()));
            while (images.find()) {
                assertTrue(EducationSeedFiles.bytes("images/" + images.group(1)).isPresent(),
                        lesson.code() + " shows a missing image " + images.group(1));
            }
        }
    }
}
