package org.safetyportal.content.education.lessons;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON_DRAFT;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON_DRAFT_CONTRIBUTOR;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.safetyportal.content.internal.jooq.tables.records.EducationLessonDraftRecord;

/** Lesson drafts as their editors left them, and who had a hand in each. */
@Singleton
class LessonDraftRepository {

    private final DSLContext dsl;

    LessonDraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int insert(LessonDraftText text, Integer basedOnId, String draftedBy, Instant at) {
        EducationLessonDraftRecord row = dsl.newRecord(EDUCATION_LESSON_DRAFT);
        row.setCode(text.code());
        row.setBasedOnId(basedOnId);
        row.setStatus(DraftStatus.DRAFT.name());
        row.setDraftedBy(draftedBy);
        row.setDraftedAt(utc(at));
        fill(row, text);
        dsl.executeInsert(row);
        // Read back, not returned: MariaDB through Connector/J cannot run INSERT ... RETURNING. A code has one open
        // draft at a time (checked in this transaction), so its newest draft is this one.
        int id = dsl.select(org.jooq.impl.DSL.max(EDUCATION_LESSON_DRAFT.ID)).from(EDUCATION_LESSON_DRAFT)
                .where(EDUCATION_LESSON_DRAFT.CODE.eq(text.code())).fetchSingle(0, Integer.class);
        contributed(id, draftedBy);
        return id;
    }

    void saveText(int id, LessonDraftText text, String by) {
        EducationLessonDraftRecord row = dsl.fetchSingle(EDUCATION_LESSON_DRAFT, EDUCATION_LESSON_DRAFT.ID.eq(id));
        fill(row, text);
        dsl.executeUpdate(row);
        contributed(id, by);
    }

    void markSubmitted(int id, String by, Instant at) {
        dsl.update(EDUCATION_LESSON_DRAFT).set(EDUCATION_LESSON_DRAFT.STATUS, DraftStatus.SUBMITTED.name())
                .set(EDUCATION_LESSON_DRAFT.SUBMITTED_BY, by).set(EDUCATION_LESSON_DRAFT.SUBMITTED_AT, utc(at))
                .where(EDUCATION_LESSON_DRAFT.ID.eq(id)).execute();
        contributed(id, by);
    }

    void markReturned(int id, String by, String reason) {
        dsl.update(EDUCATION_LESSON_DRAFT).set(EDUCATION_LESSON_DRAFT.STATUS, DraftStatus.DRAFT.name())
                .set(EDUCATION_LESSON_DRAFT.RETURNED_BY, by).set(EDUCATION_LESSON_DRAFT.RETURN_REASON, reason)
                .where(EDUCATION_LESSON_DRAFT.ID.eq(id)).execute();
    }

    void markPublished(int id, int lessonId) {
        dsl.update(EDUCATION_LESSON_DRAFT).set(EDUCATION_LESSON_DRAFT.STATUS, DraftStatus.PUBLISHED.name())
                .set(EDUCATION_LESSON_DRAFT.LESSON_ID, lessonId).where(EDUCATION_LESSON_DRAFT.ID.eq(id)).execute();
    }

    /** The draft; locked until the transaction ends when {@code lock}, so that two decisions on it come one after the other. */
    Optional<LessonDraft> draft(int id, boolean lock) {
        var query = select().where(EDUCATION_LESSON_DRAFT.ID.eq(id));
        return (lock ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(LessonDraftRepository::draft);
    }

    List<LessonDraft> inStatus(Collection<DraftStatus> statuses) {
        return select().where(EDUCATION_LESSON_DRAFT.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(EDUCATION_LESSON_DRAFT.ID).fetch(LessonDraftRepository::draft);
    }

    boolean openDraftOf(String code) {
        return dsl.fetchExists(EDUCATION_LESSON_DRAFT, EDUCATION_LESSON_DRAFT.CODE.eq(code),
                EDUCATION_LESSON_DRAFT.STATUS.in(DraftStatus.DRAFT.name(), DraftStatus.SUBMITTED.name()));
    }

    Set<String> contributors(int id) {
        return Set.copyOf(dsl.select(EDUCATION_LESSON_DRAFT_CONTRIBUTOR.USERNAME).from(EDUCATION_LESSON_DRAFT_CONTRIBUTOR)
                .where(EDUCATION_LESSON_DRAFT_CONTRIBUTOR.DRAFT_ID.eq(id)).fetch(EDUCATION_LESSON_DRAFT_CONTRIBUTOR.USERNAME));
    }

    void contributed(int id, String username) {
        dsl.insertInto(EDUCATION_LESSON_DRAFT_CONTRIBUTOR).set(EDUCATION_LESSON_DRAFT_CONTRIBUTOR.DRAFT_ID, id)
                .set(EDUCATION_LESSON_DRAFT_CONTRIBUTOR.USERNAME, username).onDuplicateKeyIgnore().execute();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(EDUCATION_LESSON_DRAFT.fields()).select(EDUCATION_LESSON.EDITION).from(EDUCATION_LESSON_DRAFT)
                .leftJoin(EDUCATION_LESSON).on(EDUCATION_LESSON.ID.eq(EDUCATION_LESSON_DRAFT.BASED_ON_ID));
    }

    private static void fill(EducationLessonDraftRecord row, LessonDraftText text) {
        row.setTitleZh(clip(text.titleZh(), LessonDraftCheck.MAX_TITLE));
        row.setTitleEn(clip(text.titleEn(), LessonDraftCheck.MAX_TITLE));
        row.setSummaryZh(clip(text.summaryZh(), LessonDraftCheck.MAX_SUMMARY));
        row.setSummaryEn(clip(text.summaryEn(), LessonDraftCheck.MAX_SUMMARY));
        row.setAudiences(clip(String.join(",", text.audiences()), 200));
        row.setTopics(clip(String.join(",", text.topics()), 400));
        row.setMinutes(text.minutes());
        row.setBodyZh(clip(text.bodyZh(), LessonDraftCheck.MAX_BODY));
        row.setBodyEn(text.bodyEn() == null || text.bodyEn().isBlank() ? null : clip(text.bodyEn(), LessonDraftCheck.MAX_BODY));
        row.setBank(clip(text.bank(), LessonDraftCheck.MAX_BANK));
    }

    /** The store keeps what fits; the check says in words what is too long before anything is submitted. */
    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static LessonDraft draft(Record r) {
        EducationLessonDraftRecord d = r.into(EDUCATION_LESSON_DRAFT);
        Integer edition = r.get(EDUCATION_LESSON.EDITION);
        LessonDraftText text = new LessonDraftText(d.getCode(), d.getTitleZh(), d.getTitleEn(), d.getSummaryZh(),
                d.getSummaryEn(), codes(d.getAudiences()), codes(d.getTopics()), d.getMinutes(), d.getBodyZh(),
                d.getBodyEn(), d.getBank());
        return new LessonDraft(d.getId(), d.getCode(), d.getBasedOnId(), edition == null ? 0 : edition, text,
                DraftStatus.valueOf(d.getStatus()), d.getDraftedBy(), instant(d.getDraftedAt()), d.getSubmittedBy(),
                instant(d.getSubmittedAt()), d.getReturnedBy(), d.getReturnReason(), d.getLessonId());
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).collect(Collectors.toList());
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
