package org.safetyportal.portal.ui.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import elemental.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.education.lessons.QuestionKind;
import org.safetyportal.content.education.quiz.Feedback;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuizSettings;

/** What a click's event data may bring from a quiz page, forged or not, and what of it reaches the engine. */
class ChosenOptionsTest {

    private static final Paper PAPER = new Paper("attempt", "gas", new QuizSettings(2, Duration.ofMinutes(10), 3,
            Feedback.IMMEDIATE, 60), Instant.EPOCH, Instant.EPOCH.plusSeconds(600), List.of(
                    new PaperQuestion(1, QuestionKind.SINGLE, "一", "one", List.of(option("a1"), option("a2"), option("a3"))),
                    new PaperQuestion(2, QuestionKind.MULTIPLE, "二", "two", List.of(option("b1"), option("b2"), option("b3")))),
            Set.of(), false);

    @Test
    void whatAPageTicks_isReadPerQuestion() {
        assertEquals(Map.of(1, Set.of("a2"), 2, Set.of("b1", "b3")), read("[\"q1:a2\",\"q2:b1\",\"q2:b3\"]"));
        assertEquals(Map.of(), read("[]"));
    }

    @Test
    void idsOfAnotherQuestion_unknownIdsAndPositions_andDuplicates_areLeftOut() {
        assertEquals(Map.of(1, Set.of("a1")), read("[\"q1:b1\",\"q1:zz\",\"q9:a1\",\"q0:a1\",\"q1:a1\",\"q1:a1\","
                + "\"q-1:a1\",\"x1:a1\",\"q01x:a1\",\"q1\",\"q99999999999:a1\",\":a1\",\"q2:a1\"]"));
        assertEquals(Map.of(2, Set.of("b2")), read("[1,null,true,{\"q2\":\"b1\"},[\"q2:b1\"],\"q2:b2\",\"q2:b2 \"]"));
    }

    @Test
    void twoIdsOnASingleChoiceQuestion_reachTheEngine_whichHoldsTheOneAnswerRule() {
        assertEquals(Map.of(1, Set.of("a1", "a2")), read("[\"q1:a1\",\"q1:a2\"]"));
    }

    @Test
    void dataThatNoPageSends_isUnreadable() {
        assertTrue(ChosenOptions.read(null, PAPER).isEmpty());
        assertTrue(ChosenOptions.read(Json.create(3), PAPER).isEmpty());
        assertTrue(ChosenOptions.read(Json.createArray(), PAPER).isEmpty());
        assertTrue(ChosenOptions.read(Json.createNull(), PAPER).isEmpty());
        for (String garbage : List.of("", "q1:a1", "{\"q1\":\"a1\"}", "[\"q1:a1\"", "\"q1:a1\"", "[[[[", "\u0000", "null", "42")) {
            assertTrue(ChosenOptions.read(Json.create(garbage), PAPER).isEmpty(), garbage);
        }
        String junk = "[\"q1:a1\"," + "\"x\",".repeat(100 * 1024 / 4) + "\"q2:b1\"]";
        assertTrue(ChosenOptions.read(Json.create(junk), PAPER).isEmpty(), "100 KB of junk");
    }

    @Test
    void theExpressionTheBrowserEvaluates_namesTheInputsAsThePageDoes() {
        assertEquals("q12", ChosenOptions.inputName(12));
        assertTrue(ChosenOptions.checkedInside("#quiz").contains("element.closest('#quiz')"));
    }

    private static Map<Integer, Set<String>> read(String data) {
        return ChosenOptions.read(Json.create(data), PAPER).orElseThrow();
    }

    private static PaperOption option(String id) {
        return new PaperOption(id, id + "中", id + " en");
    }
}
