package org.safetyportal.content.education.certificates;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_CERTIFICATE;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_ORGANISATION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION_PARTICIPANT;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.ledger.StoredPublication;
import org.safetyportal.content.ledger.StoredRows;

/** Certificates as issued, and the passed attempts they are issued for: a session participant's or a self-study visitor's. */
@Singleton
class CertificateRepository {

    private final DSLContext dsl;

    CertificateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A submitted, passed attempt, with what its certificate will state. A self-study attempt has no organisation
     * and no name until its holder gives the one to print.
     */
    record PassedAttempt(int attemptId, int lessonId, String displayName, String titleZh, String titleEn,
            String organisationName, int score, int total, int passMark, Instant submittedAt, boolean selfStudy) {

        PassedAttempt named(String name) {
            return new PassedAttempt(attemptId, lessonId, name, titleZh, titleEn, organisationName, score, total, passMark,
                    submittedAt, selfStudy);
        }
    }

    Optional<PassedAttempt> passedSessionAttempt(String attemptKey) {
        return dsl.select(QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.LESSON_ID, EDUCATION_SESSION_PARTICIPANT.DISPLAY_NAME,
                        EDUCATION_LESSON.TITLE_ZH, EDUCATION_LESSON.TITLE_EN, EDUCATION_ORGANISATION.NAME,
                        QUIZ_ATTEMPT.SCORE, QUIZ_ATTEMPT.QUESTION_COUNT, QUIZ_ATTEMPT.PASS_MARK, QUIZ_ATTEMPT.SUBMITTED_AT)
                .from(QUIZ_ATTEMPT)
                .join(EDUCATION_SESSION_PARTICIPANT).on(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID.eq(QUIZ_ATTEMPT.ID))
                .join(EDUCATION_SESSION).on(EDUCATION_SESSION.ID.eq(EDUCATION_SESSION_PARTICIPANT.SESSION_ID))
                .join(EDUCATION_ORGANISATION).on(EDUCATION_ORGANISATION.ID.eq(EDUCATION_SESSION.ORGANISATION_ID))
                .join(EDUCATION_LESSON).on(EDUCATION_LESSON.ID.eq(QUIZ_ATTEMPT.LESSON_ID))
                .where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(attemptKey), QUIZ_ATTEMPT.SUBMITTED_AT.isNotNull(),
                        QUIZ_ATTEMPT.PASSED.isTrue())
                .fetchOptional(r -> new PassedAttempt(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10().toInstant(ZoneOffset.UTC), false));
    }

    /** Whether this key names an attempt of this taker at a lesson page's quiz (one no session participant holds), in any state. */
    boolean isSelfStudyAttemptOf(String attemptKey, String takerKey) {
        return dsl.fetchExists(QUIZ_ATTEMPT, QUIZ_ATTEMPT.ATTEMPT_KEY.eq(attemptKey), QUIZ_ATTEMPT.TAKER_KEY.eq(takerKey),
                selfStudy());
    }

    Optional<PassedAttempt> passedSelfStudyAttempt(String attemptKey, String takerKey) {
        return dsl.select(QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.LESSON_ID, EDUCATION_LESSON.TITLE_ZH, EDUCATION_LESSON.TITLE_EN,
                        QUIZ_ATTEMPT.SCORE, QUIZ_ATTEMPT.QUESTION_COUNT, QUIZ_ATTEMPT.PASS_MARK, QUIZ_ATTEMPT.SUBMITTED_AT)
                .from(QUIZ_ATTEMPT)
                .join(EDUCATION_LESSON).on(EDUCATION_LESSON.ID.eq(QUIZ_ATTEMPT.LESSON_ID))
                .where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(attemptKey), QUIZ_ATTEMPT.TAKER_KEY.eq(takerKey), selfStudy(),
                        QUIZ_ATTEMPT.SUBMITTED_AT.isNotNull(), QUIZ_ATTEMPT.PASSED.isTrue())
                .fetchOptional(r -> new PassedAttempt(r.value1(), r.value2(), null, r.value3(), r.value4(), null,
                        r.value5(), r.value6(), r.value7(), r.value8().toInstant(ZoneOffset.UTC), true));
    }

    /** An attempt no session participant holds: the lesson page's quiz is the only other way an attempt is started. */
    private static Condition selfStudy() {
        return DSL.notExists(DSL.selectOne().from(EDUCATION_SESSION_PARTICIPANT)
                .where(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID.eq(QUIZ_ATTEMPT.ID)));
    }

    Optional<Certificate> forAttempt(int attemptId) {
        return dsl.selectFrom(EDUCATION_CERTIFICATE).where(EDUCATION_CERTIFICATE.ATTEMPT_ID.eq(attemptId))
                .fetchOptional(CertificateRepository::certificate);
    }

    Optional<Certificate> byCode(String code) {
        return dsl.selectFrom(EDUCATION_CERTIFICATE).where(EDUCATION_CERTIFICATE.CODE.eq(code))
                .fetchOptional(CertificateRepository::certificate);
    }

    Optional<Certificate> byId(int id) {
        return dsl.selectFrom(EDUCATION_CERTIFICATE).where(EDUCATION_CERTIFICATE.ID.eq(id))
                .fetchOptional(CertificateRepository::certificate);
    }

    int idOf(String code) {
        return dsl.select(EDUCATION_CERTIFICATE.ID).from(EDUCATION_CERTIFICATE).where(EDUCATION_CERTIFICATE.CODE.eq(code))
                .fetchSingle(EDUCATION_CERTIFICATE.ID);
    }

    /** Every certificate row, each a publication the chain must hold (no copy of the hash or time is kept with it). */
    List<StoredPublication> stored() {
        return StoredRows.read(dsl, CertificateContentSource.PREFIX, EDUCATION_CERTIFICATE.ID, null, null);
    }

    boolean codeTaken(String code) {
        return dsl.fetchExists(EDUCATION_CERTIFICATE, EDUCATION_CERTIFICATE.CODE.eq(code));
    }

    void insert(String code, PassedAttempt attempt, LocalDate passedOn, Instant issuedAt) {
        dsl.insertInto(EDUCATION_CERTIFICATE)
                .set(EDUCATION_CERTIFICATE.CODE, code)
                .set(EDUCATION_CERTIFICATE.ATTEMPT_ID, attempt.attemptId())
                .set(EDUCATION_CERTIFICATE.DISPLAY_NAME, attempt.displayName())
                .set(EDUCATION_CERTIFICATE.LESSON_ID, attempt.lessonId())
                .set(EDUCATION_CERTIFICATE.LESSON_TITLE_ZH, attempt.titleZh())
                .set(EDUCATION_CERTIFICATE.LESSON_TITLE_EN, attempt.titleEn())
                .set(EDUCATION_CERTIFICATE.ORGANISATION_NAME, attempt.organisationName())
                .set(EDUCATION_CERTIFICATE.SCORE, attempt.score())
                .set(EDUCATION_CERTIFICATE.TOTAL, attempt.total())
                .set(EDUCATION_CERTIFICATE.PASS_MARK, attempt.passMark())
                .set(EDUCATION_CERTIFICATE.PASSED_ON, passedOn)
                .set(EDUCATION_CERTIFICATE.SELF_STUDY, attempt.selfStudy())
                .set(EDUCATION_CERTIFICATE.ISSUED_AT, LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC))
                .execute();
    }

    private static Certificate certificate(Record r) {
        return new Certificate(r.get(EDUCATION_CERTIFICATE.CODE), r.get(EDUCATION_CERTIFICATE.DISPLAY_NAME),
                new LocalizedName(r.get(EDUCATION_CERTIFICATE.LESSON_TITLE_ZH), r.get(EDUCATION_CERTIFICATE.LESSON_TITLE_EN)),
                r.get(EDUCATION_CERTIFICATE.ORGANISATION_NAME), r.get(EDUCATION_CERTIFICATE.SCORE),
                r.get(EDUCATION_CERTIFICATE.TOTAL), r.get(EDUCATION_CERTIFICATE.PASS_MARK),
                r.get(EDUCATION_CERTIFICATE.PASSED_ON), Boolean.TRUE.equals(r.get(EDUCATION_CERTIFICATE.SELF_STUDY)));
    }
}
