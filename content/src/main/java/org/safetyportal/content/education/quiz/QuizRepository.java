package org.safetyportal.content.education.quiz;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT_CHOICE;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT_ITEM;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.safetyportal.content.internal.jooq.tables.records.QuizAttemptChoiceRecord;
import org.safetyportal.content.internal.jooq.tables.records.QuizAttemptItemRecord;

/** Quiz attempts with the questions drawn and the options shown: written at the start, choices and grade updated in place. */
@Singleton
class QuizRepository {

    private final DSLContext dsl;

    QuizRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes a new attempt with its items and choices (none chosen); answers its id. */
    int insert(String key, int lessonId, String takerKey, QuizSettings settings, Instant startedAt, Instant deadline,
            List<StoredAttempt.Item> items) {
        dsl.insertInto(QUIZ_ATTEMPT)
                .set(QUIZ_ATTEMPT.ATTEMPT_KEY, key)
                .set(QUIZ_ATTEMPT.LESSON_ID, lessonId)
                .set(QUIZ_ATTEMPT.TAKER_KEY, takerKey)
                .set(QUIZ_ATTEMPT.QUESTION_COUNT, settings.questionCount())
                .set(QUIZ_ATTEMPT.TIME_LIMIT_SECONDS, settings.timeLimit() == null ? null : (int) settings.timeLimit().toSeconds())
                .set(QUIZ_ATTEMPT.ATTEMPT_LIMIT, settings.attemptLimit())
                .set(QUIZ_ATTEMPT.FEEDBACK, settings.feedback().name())
                .set(QUIZ_ATTEMPT.PASS_MARK, settings.passMark())
                .set(QUIZ_ATTEMPT.STARTED_AT, utc(startedAt))
                .set(QUIZ_ATTEMPT.DEADLINE, deadline == null ? null : utc(deadline))
                .execute();
        // Read back by the unique key: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        int id = dsl.select(QUIZ_ATTEMPT.ID).from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(key))
                .fetchSingle(QUIZ_ATTEMPT.ID);
        var itemInsert = dsl.insertInto(QUIZ_ATTEMPT_ITEM, QUIZ_ATTEMPT_ITEM.ATTEMPT_ID, QUIZ_ATTEMPT_ITEM.POSITION,
                QUIZ_ATTEMPT_ITEM.QUESTION_POSITION);
        var choiceInsert = dsl.insertInto(QUIZ_ATTEMPT_CHOICE, QUIZ_ATTEMPT_CHOICE.ATTEMPT_ID,
                QUIZ_ATTEMPT_CHOICE.ITEM_POSITION, QUIZ_ATTEMPT_CHOICE.SHOWN_POSITION, QUIZ_ATTEMPT_CHOICE.OPTION_KEY,
                QUIZ_ATTEMPT_CHOICE.OPTION_POSITION, QUIZ_ATTEMPT_CHOICE.CHOSEN);
        for (StoredAttempt.Item item : items) {
            itemInsert = itemInsert.values(id, item.position(), item.questionPosition());
            for (StoredAttempt.Choice c : item.choices()) {
                choiceInsert = choiceInsert.values(id, item.position(), c.shownPosition(), c.optionKey(), c.optionPosition(), false);
            }
        }
        itemInsert.execute();
        choiceInsert.execute();
        return id;
    }

    int attemptsOf(int lessonId, String takerKey) {
        return dsl.fetchCount(QUIZ_ATTEMPT, QUIZ_ATTEMPT.LESSON_ID.eq(lessonId).and(QUIZ_ATTEMPT.TAKER_KEY.eq(takerKey)));
    }

    Optional<StoredAttempt> attempt(String key) {
        return read(key, false);
    }

    /** The attempt with its row locked until the transaction ends, so that answers and the submission come one at a time. */
    Optional<StoredAttempt> attemptForUpdate(String key) {
        return read(key, true);
    }

    /**
     * Stores the choices on several items at once (option keys by item position; keys are unique within an attempt):
     * two statements however many questions a paper hands in.
     */
    void choose(int attemptId, Map<Integer, Set<String>> chosenByItem, Instant at) {
        if (chosenByItem.isEmpty()) {
            return;
        }
        Set<String> chosenKeys = chosenByItem.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        dsl.update(QUIZ_ATTEMPT_CHOICE)
                .set(QUIZ_ATTEMPT_CHOICE.CHOSEN, QUIZ_ATTEMPT_CHOICE.OPTION_KEY.in(chosenKeys))
                .where(QUIZ_ATTEMPT_CHOICE.ATTEMPT_ID.eq(attemptId), QUIZ_ATTEMPT_CHOICE.ITEM_POSITION.in(chosenByItem.keySet()))
                .execute();
        dsl.update(QUIZ_ATTEMPT_ITEM).set(QUIZ_ATTEMPT_ITEM.ANSWERED_AT, utc(at))
                .where(QUIZ_ATTEMPT_ITEM.ATTEMPT_ID.eq(attemptId), QUIZ_ATTEMPT_ITEM.POSITION.in(chosenByItem.keySet()))
                .execute();
    }

    void grade(int attemptId, Map<Integer, Boolean> correctByItem, int score, boolean passed, Instant at) {
        Map<Boolean, List<Integer>> byVerdict = correctByItem.entrySet().stream().collect(Collectors.partitioningBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byVerdict.forEach((correct, positions) -> {
            if (!positions.isEmpty()) {
                dsl.update(QUIZ_ATTEMPT_ITEM).set(QUIZ_ATTEMPT_ITEM.CORRECT, correct)
                        .where(QUIZ_ATTEMPT_ITEM.ATTEMPT_ID.eq(attemptId), QUIZ_ATTEMPT_ITEM.POSITION.in(positions)).execute();
            }
        });
        dsl.update(QUIZ_ATTEMPT).set(QUIZ_ATTEMPT.SUBMITTED_AT, utc(at)).set(QUIZ_ATTEMPT.SCORE, score)
                .set(QUIZ_ATTEMPT.PASSED, passed).where(QUIZ_ATTEMPT.ID.eq(attemptId)).execute();
    }

    private Optional<StoredAttempt> read(String key, boolean lock) {
        // The attempt's own row alone is locked: the lesson it joins stays free for everyone else's attempts.
        if (lock && dsl.select(QUIZ_ATTEMPT.ID).from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(key)).forUpdate()
                .fetchOptional().isEmpty()) {
            return Optional.empty();
        }
        var query = dsl.select(QUIZ_ATTEMPT.fields()).select(EDUCATION_LESSON.CODE).from(QUIZ_ATTEMPT)
                .join(EDUCATION_LESSON).on(EDUCATION_LESSON.ID.eq(QUIZ_ATTEMPT.LESSON_ID))
                .where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(key));
        Optional<Record> found = query.fetchOptional().map(r -> (Record) r);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Record a = found.get();
        int id = a.get(QUIZ_ATTEMPT.ID);
        Map<Integer, List<StoredAttempt.Choice>> choices = dsl.selectFrom(QUIZ_ATTEMPT_CHOICE)
                .where(QUIZ_ATTEMPT_CHOICE.ATTEMPT_ID.eq(id))
                .orderBy(QUIZ_ATTEMPT_CHOICE.ITEM_POSITION, QUIZ_ATTEMPT_CHOICE.SHOWN_POSITION).fetch().stream()
                .collect(Collectors.groupingBy(QuizAttemptChoiceRecord::getItemPosition, Collectors.mapping(
                        c -> new StoredAttempt.Choice(c.getShownPosition(), c.getOptionKey(), c.getOptionPosition(),
                                Boolean.TRUE.equals(c.getChosen())), Collectors.toList())));
        List<QuizAttemptItemRecord> itemRows = dsl.selectFrom(QUIZ_ATTEMPT_ITEM).where(QUIZ_ATTEMPT_ITEM.ATTEMPT_ID.eq(id))
                .orderBy(QUIZ_ATTEMPT_ITEM.POSITION).fetch().stream().toList();
        List<StoredAttempt.Item> items = itemRows.stream().map(i -> new StoredAttempt.Item(i.getPosition(),
                i.getQuestionPosition(), instant(i.getAnsweredAt()), choices.getOrDefault(i.getPosition(), List.of()))).toList();
        Integer seconds = a.get(QUIZ_ATTEMPT.TIME_LIMIT_SECONDS);
        QuizSettings settings = new QuizSettings(a.get(QUIZ_ATTEMPT.QUESTION_COUNT),
                seconds == null ? null : Duration.ofSeconds(seconds), a.get(QUIZ_ATTEMPT.ATTEMPT_LIMIT),
                Feedback.valueOf(a.get(QUIZ_ATTEMPT.FEEDBACK)), a.get(QUIZ_ATTEMPT.PASS_MARK));
        return Optional.of(new StoredAttempt(id, key, a.get(QUIZ_ATTEMPT.LESSON_ID), a.get(EDUCATION_LESSON.CODE),
                a.get(QUIZ_ATTEMPT.TAKER_KEY), settings,
                instant(a.get(QUIZ_ATTEMPT.STARTED_AT)), instant(a.get(QUIZ_ATTEMPT.DEADLINE)),
                instant(a.get(QUIZ_ATTEMPT.SUBMITTED_AT)), a.get(QUIZ_ATTEMPT.SCORE), a.get(QUIZ_ATTEMPT.PASSED), items));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
