package org.safetyportal.content.education.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class QuizEngineTest {

    private static final String LESSON = "test-smoke-alarm";
    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");

    private record World(TestWorld world) implements TestWorld.Around {

        static World start(String kind) {
            return TestWorld.start(kind, NOW).then(world -> {
                world.bean(LessonPublishing.class).publishMissing();
                return new World(world);
            });
        }

        QuizEngine engine() {
            return bean(QuizEngine.class);
        }

        /** The ids of the options the published bank marks right (or wrong), read by their texts. */
        Set<String> options(PaperQuestion question, boolean right) {
            BankQuestion published = bean(LessonLibrary.class).bank(LESSON).orElseThrow().stream()
                    .filter(q -> q.stemZh().equals(question.stemZh())).findFirst().orElseThrow();
            Set<String> texts = published.options().stream().filter(o -> o.correct() == right).map(BankOption::textZh)
                    .collect(Collectors.toSet());
            return question.options().stream().filter(o -> texts.contains(o.textZh())).map(PaperOption::id)
                    .collect(Collectors.toSet());
        }

        /** One right option if it is a single answer, all of them if many; or one wrong one. */
        Set<String> answer(PaperQuestion question, boolean right) {
            Set<String> ids = options(question, right);
            return right ? ids : Set.of(ids.iterator().next());
        }
    }

    private static QuizSettings settings(int count, Feedback feedback, int attempts) {
        return new QuizSettings(count, Duration.ofMinutes(10), attempts, feedback, 75);
    }

    @OnEveryTestDatabase
    void anAttempt_drawsTheQuestionsWithOptionIdsOfItsOwn_andGradesOnTheServerWithImmediateFeedback(String kind) {
        try (World world = World.start(kind)) {
            QuizEngine engine = world.engine();
            Paper paper = engine.start(LESSON, "visitor-1", settings(4, Feedback.IMMEDIATE, 0));
            Paper again = engine.start(LESSON, "visitor-1", settings(4, Feedback.IMMEDIATE, 0));

            assertEquals(4, paper.questions().size());
            assertEquals(4, paper.questions().stream().map(PaperQuestion::stemZh).distinct().count());
            assertEquals(Instant.parse("2027-06-10T02:10:00Z"), paper.deadline());
            Set<String> ids = paper.questions().stream().flatMap(q -> q.options().stream()).map(PaperOption::id)
                    .collect(Collectors.toSet());
            assertEquals(paper.questions().stream().mapToInt(q -> q.options().size()).sum(), ids.size());
            assertTrue(ids.stream().allMatch(id -> id.length() == 12));
            Set<String> otherIds = again.questions().stream().flatMap(q -> q.options().stream()).map(PaperOption::id)
                    .collect(Collectors.toSet());
            assertTrue(ids.stream().noneMatch(otherIds::contains), "ids are made anew for every attempt");

            PaperQuestion first = paper.questions().get(0);
            QuestionFeedback right = engine.answer(paper.attemptKey(), 1, world.answer(first, true)).orElseThrow();
            assertTrue(right.correct());
            assertEquals(world.options(first, true), right.rightOptionIds());
            assertFalse(right.explanationZh().isBlank());
            assertEquals("quiz.answer.alreadyChecked", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), 1, world.answer(first, false))).messageKey());

            PaperQuestion second = paper.questions().get(1);
            QuestionFeedback wrong = engine.answer(paper.attemptKey(), 2, world.answer(second, false)).orElseThrow();
            assertFalse(wrong.correct());
            assertEquals(world.options(second, true), wrong.rightOptionIds());
            engine.answer(paper.attemptKey(), 3, world.answer(paper.questions().get(2), true));

            assertTrue(engine.result(paper.attemptKey()).isEmpty(), "no result before submission");
            QuizResult result = engine.submit(paper.attemptKey());
            assertEquals(2, result.score());
            assertEquals(4, result.total());
            assertEquals(50, result.percent());
            assertFalse(result.passed(), "75 % to pass");
            assertEquals(List.of(true, false, true, false), result.review().stream().map(QuestionFeedback::correct).toList());
            assertEquals(result, engine.submit(paper.attemptKey()), "a second submission answers the same");
            assertEquals("quiz.attempt.submitted", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), 4, world.answer(paper.questions().get(3), true))).messageKey());
        }
    }

    @OnEveryTestDatabase
    void deferredFeedback_saysNothingUntilSubmission_andAnswersMayChangeTillThen(String kind) {
        try (World world = World.start(kind)) {
            QuizEngine engine = world.engine();
            Paper paper = engine.start(LESSON, "visitor-2", settings(4, Feedback.DEFERRED, 0));

            for (PaperQuestion q : paper.questions()) {
                assertTrue(engine.answer(paper.attemptKey(), q.position(), world.answer(q, false)).isEmpty());
                assertTrue(engine.answer(paper.attemptKey(), q.position(), world.answer(q, true)).isEmpty());
            }
            assertEquals(paper.questions().stream().map(PaperQuestion::position).collect(Collectors.toSet()),
                    engine.paper(paper.attemptKey()).orElseThrow().answered());

            QuizResult result = engine.submit(paper.attemptKey());
            assertEquals(4, result.score());
            assertTrue(result.passed());
            assertEquals(100, result.percent());

            Paper handedIn = engine.start(LESSON, "visitor-2", settings(4, Feedback.IMMEDIATE, 0));
            engine.answer(handedIn.attemptKey(), 1, world.answer(handedIn.questions().get(0), false));
            java.util.Map<Integer, Set<String>> onThePage = new java.util.HashMap<>();
            handedIn.questions().forEach(q -> onThePage.put(q.position(), world.answer(q, true)));
            onThePage.put(4, Set.of("not-an-option"));
            QuizResult whole = engine.submit(handedIn.attemptKey(), onThePage);
            assertEquals(List.of(false, true, true, false), whole.review().stream().map(QuestionFeedback::correct).toList(),
                    "a checked answer stays, the page's choices go with the paper, a bad one counts as unanswered");
            assertEquals(whole, engine.result(handedIn.attemptKey()).orElseThrow(),
                    "the result handed back at submission is the one stored");
            Paper started = engine.start(LESSON, "visitor-2", settings(4, Feedback.DEFERRED, 0));
            assertEquals(started, engine.paper(started.attemptKey()).orElseThrow(), "the paper given at the start is the one stored");
        }
    }

    @OnEveryTestDatabase
    void theTimeLimit_andTheAttemptLimit_areKeptByTheServer(String kind) {
        try (World world = World.start(kind)) {
            QuizEngine engine = world.engine();
            Paper paper = engine.start(LESSON, "visitor-3", settings(2, Feedback.IMMEDIATE, 2));
            world.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

            assertEquals("quiz.attempt.timeUp", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), 1, world.answer(paper.questions().get(0), true))).messageKey());
            assertEquals(0, engine.submit(paper.attemptKey()).score(), "submitted when the time is up, unanswered counts wrong");

            assertEquals(1, engine.attemptsLeft(LESSON, "visitor-3", settings(2, Feedback.IMMEDIATE, 2)));
            engine.start(LESSON, "visitor-3", settings(2, Feedback.IMMEDIATE, 2));
            assertEquals(0, engine.attemptsLeft(LESSON, "visitor-3", settings(2, Feedback.IMMEDIATE, 2)));
            assertEquals("quiz.attempts.usedUp", assertThrows(ValidationException.class,
                    () -> engine.start(LESSON, "visitor-3", settings(2, Feedback.IMMEDIATE, 2))).messageKey());
            assertEquals(2, engine.attemptsLeft(LESSON, "visitor-4", settings(2, Feedback.IMMEDIATE, 2)),
                    "another taker has attempts of their own");
        }
    }

    @OnEveryTestDatabase
    void badSettingsAndAnswers_areRefusedInWords(String kind) {
        try (World world = World.start(kind)) {
            QuizEngine engine = world.engine();

            assertEquals("quiz.settings.questionCount", assertThrows(ValidationException.class,
                    () -> engine.start(LESSON, "v", settings(5, Feedback.IMMEDIATE, 0))).messageKey());
            assertEquals("quiz.settings.passMark", assertThrows(ValidationException.class,
                    () -> engine.start(LESSON, "v", new QuizSettings(2, null, 0, Feedback.DEFERRED, 101))).messageKey());
            assertEquals("quiz.lesson.unknown", assertThrows(ValidationException.class,
                    () -> engine.start("no-such-lesson", "v", settings(1, Feedback.IMMEDIATE, 0))).messageKey());

            Paper paper = engine.start(LESSON, "v", settings(4, Feedback.IMMEDIATE, 0));
            PaperQuestion single = paper.questions().stream().filter(q -> !q.manyAnswers()).findFirst().orElseThrow();
            Set<String> two = single.options().stream().limit(2).map(PaperOption::id).collect(Collectors.toSet());
            assertEquals("quiz.answer.chooseOne", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), single.position(), two)).messageKey());
            assertEquals("quiz.answer.unknownOption", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), single.position(), Set.of("aaaaaaaaaaaa"))).messageKey());
            assertEquals("quiz.answer.none", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), single.position(), Set.of())).messageKey());
            assertEquals("quiz.answer.unknownQuestion", assertThrows(ValidationException.class,
                    () -> engine.answer(paper.attemptKey(), 99, Set.of())).messageKey());
            assertEquals("quiz.attempt.unknown", assertThrows(ValidationException.class,
                    () -> engine.submit("x".repeat(32))).messageKey());
            assertNotEquals(single.options().get(0).id(), String.valueOf(1));
        }
    }
}
