package org.safetyportal.content.education.lessons;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_QUESTION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_QUESTION_OPTION;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.internal.jooq.tables.records.EducationLessonRecord;
import org.safetyportal.content.internal.jooq.tables.records.EducationQuestionOptionRecord;
import org.safetyportal.content.internal.jooq.tables.records.EducationQuestionRecord;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;

/** The published editions of the lessons with their banks: written once, read whole (three queries for any number of lessons). */
@Singleton
class LessonRepository {

    private final DSLContext dsl;
    private final EducationReference reference;

    LessonRepository(DSLContext dsl, EducationReference reference) {
        this.dsl = dsl;
        this.reference = reference;
    }

    boolean codeExists(String code) {
        return dsl.fetchExists(EDUCATION_LESSON, EDUCATION_LESSON.CODE.eq(code));
    }

    /** The newest edition published of this code; 0 when none is. */
    int newestEdition(String code) {
        Integer newest = dsl.select(DSL.max(EDUCATION_LESSON.EDITION)).from(EDUCATION_LESSON)
                .where(EDUCATION_LESSON.CODE.eq(code)).fetchOne(0, Integer.class);
        return newest == null ? 0 : newest;
    }

    /** Writes an edition of the lesson, its questions and their options; answers the edition's id. */
    int insert(LessonSource source, int edition, String publishedBy, Instant publishedAt, String contentHash) {
        dsl.insertInto(EDUCATION_LESSON)
                .set(EDUCATION_LESSON.CODE, source.code())
                .set(EDUCATION_LESSON.EDITION, edition)
                .set(EDUCATION_LESSON.TITLE_ZH, source.title().zh())
                .set(EDUCATION_LESSON.TITLE_EN, source.title().en())
                .set(EDUCATION_LESSON.SUMMARY_ZH, source.summary().zh())
                .set(EDUCATION_LESSON.SUMMARY_EN, source.summary().en())
                .set(EDUCATION_LESSON.AUDIENCES, source.audiences().stream().map(Audience::code).collect(Collectors.joining(",")))
                .set(EDUCATION_LESSON.TOPICS, source.topics().stream().map(Topic::code).collect(Collectors.joining(",")))
                .set(EDUCATION_LESSON.MINUTES, source.minutes())
                .set(EDUCATION_LESSON.BODY_ZH, source.bodyZh())
                .set(EDUCATION_LESSON.BODY_EN, source.bodyEn())
                .set(EDUCATION_LESSON.PUBLISHED_BY, publishedBy)
                .set(EDUCATION_LESSON.PUBLISHED_AT, LocalDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .set(EDUCATION_LESSON.CONTENT_HASH, contentHash)
                .execute();
        // Read back by the unique code: MariaDB through Connector/J cannot run INSERT ... RETURNING.
        int lessonId = dsl.select(EDUCATION_LESSON.ID).from(EDUCATION_LESSON)
                .where(EDUCATION_LESSON.CODE.eq(source.code()), EDUCATION_LESSON.EDITION.eq(edition))
                .fetchSingle(EDUCATION_LESSON.ID);
        for (BankQuestion q : source.questions()) {
            dsl.insertInto(EDUCATION_QUESTION)
                    .set(EDUCATION_QUESTION.LESSON_ID, lessonId)
                    .set(EDUCATION_QUESTION.POSITION, q.position())
                    .set(EDUCATION_QUESTION.KIND, q.kind().name())
                    .set(EDUCATION_QUESTION.CATEGORY, q.category())
                    .set(EDUCATION_QUESTION.TAGS, String.join(",", q.tags()))
                    .set(EDUCATION_QUESTION.STEM_ZH, q.stemZh())
                    .set(EDUCATION_QUESTION.STEM_EN, q.stemEn())
                    .set(EDUCATION_QUESTION.EXPLANATION_ZH, q.explanationZh())
                    .set(EDUCATION_QUESTION.EXPLANATION_EN, q.explanationEn())
                    .execute();
            int questionId = dsl.select(EDUCATION_QUESTION.ID).from(EDUCATION_QUESTION)
                    .where(EDUCATION_QUESTION.LESSON_ID.eq(lessonId), EDUCATION_QUESTION.POSITION.eq(q.position()))
                    .fetchSingle(EDUCATION_QUESTION.ID);
            var options = dsl.insertInto(EDUCATION_QUESTION_OPTION, EDUCATION_QUESTION_OPTION.QUESTION_ID,
                    EDUCATION_QUESTION_OPTION.POSITION, EDUCATION_QUESTION_OPTION.TEXT_ZH, EDUCATION_QUESTION_OPTION.TEXT_EN,
                    EDUCATION_QUESTION_OPTION.CORRECT);
            for (BankOption o : q.options()) {
                options = options.values(questionId, o.position(), o.textZh(), o.textEn(), o.correct());
            }
            options.execute();
        }
        return lessonId;
    }

    /** The newest edition of every published lesson with its bank, by code. */
    List<PublishedLesson> current() {
        var newer = EDUCATION_LESSON.as("newer");
        return read(DSL.notExists(DSL.selectOne().from(newer)
                .where(newer.CODE.eq(EDUCATION_LESSON.CODE), newer.EDITION.gt(EDUCATION_LESSON.EDITION))));
    }

    Optional<PublishedLesson> byId(int id) {
        return read(EDUCATION_LESSON.ID.eq(id)).stream().findFirst();
    }

    /** Every lesson row as stored, for the verifier to hold against the chain. */
    List<StoredPublication> stored() {
        return StoredRows.read(dsl, LessonContentSource.PREFIX, EDUCATION_LESSON.ID, EDUCATION_LESSON.CONTENT_HASH,
                EDUCATION_LESSON.PUBLISHED_AT);
    }

    /** Lessons, then all their questions, then all their options: each read whole before the next query. */
    private List<PublishedLesson> read(Condition lessons) {
        List<EducationLessonRecord> rows = dsl.selectFrom(EDUCATION_LESSON).where(lessons)
                .orderBy(EDUCATION_LESSON.CODE).fetch().stream().toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> lessonIds = rows.stream().map(EducationLessonRecord::getId).toList();
        List<EducationQuestionRecord> questionRows = dsl.selectFrom(EDUCATION_QUESTION)
                .where(EDUCATION_QUESTION.LESSON_ID.in(lessonIds))
                .orderBy(EDUCATION_QUESTION.LESSON_ID, EDUCATION_QUESTION.POSITION).fetch().stream().toList();
        List<Integer> questionIds = questionRows.stream().map(EducationQuestionRecord::getId).toList();
        Map<Integer, List<BankOption>> optionsByQuestion = questionIds.isEmpty() ? Map.of()
                : dsl.selectFrom(EDUCATION_QUESTION_OPTION).where(EDUCATION_QUESTION_OPTION.QUESTION_ID.in(questionIds))
                        .orderBy(EDUCATION_QUESTION_OPTION.QUESTION_ID, EDUCATION_QUESTION_OPTION.POSITION)
                        .fetch().stream()
                        .collect(Collectors.groupingBy(EducationQuestionOptionRecord::getQuestionId,
                                Collectors.mapping(LessonRepository::option, Collectors.toList())));
        Map<Integer, List<BankQuestion>> questionsByLesson = questionRows.stream()
                .collect(Collectors.groupingBy(EducationQuestionRecord::getLessonId, Collectors.mapping(
                        q -> question(q, optionsByQuestion.getOrDefault(q.getId(), List.of())), Collectors.toList())));
        return rows.stream().map(r -> new PublishedLesson(lesson(r), questionsByLesson.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private Lesson lesson(EducationLessonRecord r) {
        return new Lesson(r.getId(), r.getCode(), r.getEdition(), new LocalizedName(r.getTitleZh(), r.getTitleEn()),
                new LocalizedName(r.getSummaryZh(), r.getSummaryEn()),
                codes(r.getAudiences()).stream().map(code -> reference.audience(code)
                        .orElse(new Audience(code, new LocalizedName(code, code)))).toList(),
                codes(r.getTopics()).stream().map(code -> reference.topic(code)
                        .orElse(new Topic(code, new LocalizedName(code, code)))).toList(),
                r.getMinutes(), r.getBodyZh(), r.getBodyEn(), r.getPublishedBy(),
                r.getPublishedAt().toInstant(ZoneOffset.UTC), r.getContentHash());
    }

    private static BankQuestion question(EducationQuestionRecord q, List<BankOption> options) {
        QuestionKind kind;
        try {
            kind = QuestionKind.valueOf(q.getKind());
        } catch (IllegalArgumentException e) {
            // A kind publishing never writes: kept readable so that the verifier names the lesson.
            kind = QuestionKind.SINGLE;
        }
        return new BankQuestion(q.getPosition(), kind, q.getCategory(), codes(q.getTags()), q.getStemZh(), q.getStemEn(),
                options, q.getExplanationZh(), q.getExplanationEn());
    }

    private static BankOption option(EducationQuestionOptionRecord o) {
        return new BankOption(o.getPosition(), o.getTextZh(), o.getTextEn(), Boolean.TRUE.equals(o.getCorrect()));
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }
}
