package org.safetyportal.content.education.sessions;

import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_LESSON;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_ORGANISATION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_ORGANISATION_EDUCATOR;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_SESSION_PARTICIPANT;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT_ITEM;
import static org.safetyportal.content.internal.jooq.Tables.STAFF_USER;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Registered organisations, their educators, sessions and participants. */
@Singleton
class SessionRepository {

    private final DSLContext dsl;

    SessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int insertOrganisation(String name, String audienceCode, int areaId, String by, Instant at) {
        dsl.insertInto(EDUCATION_ORGANISATION)
                .set(EDUCATION_ORGANISATION.NAME, name)
                .set(EDUCATION_ORGANISATION.AUDIENCE_CODE, audienceCode)
                .set(EDUCATION_ORGANISATION.AREA_ID, areaId)
                .set(EDUCATION_ORGANISATION.REGISTERED_BY, by)
                .set(EDUCATION_ORGANISATION.REGISTERED_AT, utc(at))
                .execute();
        return dsl.select(EDUCATION_ORGANISATION.ID).from(EDUCATION_ORGANISATION)
                .where(EDUCATION_ORGANISATION.NAME.eq(name)).fetchSingle(EDUCATION_ORGANISATION.ID);
    }

    boolean organisationNamed(String name) {
        return dsl.fetchExists(EDUCATION_ORGANISATION, EDUCATION_ORGANISATION.NAME.eq(name));
    }

    List<EducationOrganisation> organisations() {
        return dsl.selectFrom(EDUCATION_ORGANISATION).orderBy(EDUCATION_ORGANISATION.NAME).fetch(r ->
                new EducationOrganisation(r.getId(), r.getName(), r.getAudienceCode(), r.getAreaId()));
    }

    Optional<EducationOrganisation> organisation(int id) {
        return dsl.selectFrom(EDUCATION_ORGANISATION).where(EDUCATION_ORGANISATION.ID.eq(id)).fetchOptional(r ->
                new EducationOrganisation(r.getId(), r.getName(), r.getAudienceCode(), r.getAreaId()));
    }

    List<EducationOrganisation> organisationsOf(String username) {
        return dsl.select(EDUCATION_ORGANISATION.fields()).from(EDUCATION_ORGANISATION)
                .join(EDUCATION_ORGANISATION_EDUCATOR).on(EDUCATION_ORGANISATION_EDUCATOR.ORGANISATION_ID.eq(EDUCATION_ORGANISATION.ID))
                .join(STAFF_USER).on(STAFF_USER.ID.eq(EDUCATION_ORGANISATION_EDUCATOR.USER_ID))
                .where(STAFF_USER.USERNAME.eq(username)).orderBy(EDUCATION_ORGANISATION.NAME)
                .fetch(r -> new EducationOrganisation(r.get(EDUCATION_ORGANISATION.ID), r.get(EDUCATION_ORGANISATION.NAME),
                        r.get(EDUCATION_ORGANISATION.AUDIENCE_CODE), r.get(EDUCATION_ORGANISATION.AREA_ID)));
    }

    List<String> educatorsOf(int organisationId) {
        return dsl.select(STAFF_USER.USERNAME).from(STAFF_USER).join(EDUCATION_ORGANISATION_EDUCATOR)
                .on(EDUCATION_ORGANISATION_EDUCATOR.USER_ID.eq(STAFF_USER.ID))
                .where(EDUCATION_ORGANISATION_EDUCATOR.ORGANISATION_ID.eq(organisationId)).orderBy(STAFF_USER.USERNAME)
                .fetch(STAFF_USER.USERNAME);
    }

    boolean isEducator(int organisationId, String username) {
        return organisationsOf(username).stream().anyMatch(o -> o.id() == organisationId);
    }

    void addEducator(int organisationId, int userId) {
        dsl.insertInto(EDUCATION_ORGANISATION_EDUCATOR)
                .set(EDUCATION_ORGANISATION_EDUCATOR.ORGANISATION_ID, organisationId)
                .set(EDUCATION_ORGANISATION_EDUCATOR.USER_ID, userId)
                .execute();
    }

    boolean codeTaken(String code) {
        return dsl.fetchExists(EDUCATION_SESSION, EDUCATION_SESSION.JOIN_CODE.eq(code));
    }

    int insertSession(String code, int organisationId, int lessonId, String audienceCode, int questionCount, Instant opens,
            Instant closes, String by, Instant at) {
        dsl.insertInto(EDUCATION_SESSION)
                .set(EDUCATION_SESSION.JOIN_CODE, code)
                .set(EDUCATION_SESSION.ORGANISATION_ID, organisationId)
                .set(EDUCATION_SESSION.LESSON_ID, lessonId)
                .set(EDUCATION_SESSION.AUDIENCE_CODE, audienceCode)
                .set(EDUCATION_SESSION.QUESTION_COUNT, questionCount)
                .set(EDUCATION_SESSION.OPENS_AT, utc(opens))
                .set(EDUCATION_SESSION.CLOSES_AT, utc(closes))
                .set(EDUCATION_SESSION.CREATED_BY, by)
                .set(EDUCATION_SESSION.CREATED_AT, utc(at))
                .execute();
        return dsl.select(EDUCATION_SESSION.ID).from(EDUCATION_SESSION).where(EDUCATION_SESSION.JOIN_CODE.eq(code))
                .fetchSingle(EDUCATION_SESSION.ID);
    }

    Optional<GroupSession> session(int id) {
        return sessions(EDUCATION_SESSION.ID.eq(id)).stream().findFirst();
    }

    Optional<GroupSession> sessionByCode(String code) {
        return sessions(EDUCATION_SESSION.JOIN_CODE.eq(code)).stream().findFirst();
    }

    List<GroupSession> sessionsOf(int organisationId) {
        return sessions(EDUCATION_SESSION.ORGANISATION_ID.eq(organisationId));
    }

    private List<GroupSession> sessions(org.jooq.Condition condition) {
        return dsl.select(EDUCATION_SESSION.fields()).select(EDUCATION_LESSON.CODE).from(EDUCATION_SESSION)
                .join(EDUCATION_LESSON).on(EDUCATION_LESSON.ID.eq(EDUCATION_SESSION.LESSON_ID))
                .where(condition).orderBy(EDUCATION_SESSION.OPENS_AT.desc(), EDUCATION_SESSION.ID.desc())
                .fetch(r -> new GroupSession(r.get(EDUCATION_SESSION.ID), r.get(EDUCATION_SESSION.JOIN_CODE),
                        r.get(EDUCATION_SESSION.ORGANISATION_ID), r.get(EDUCATION_LESSON.CODE),
                        r.get(EDUCATION_SESSION.LESSON_ID), r.get(EDUCATION_SESSION.AUDIENCE_CODE), r.get(EDUCATION_SESSION.QUESTION_COUNT),
                        instant(r.get(EDUCATION_SESSION.OPENS_AT)), instant(r.get(EDUCATION_SESSION.CLOSES_AT)),
                        r.get(EDUCATION_SESSION.CREATED_BY)));
    }

    void insertParticipant(int sessionId, String attemptKey, String displayName, boolean family, Instant at) {
        int attemptId = dsl.select(QUIZ_ATTEMPT.ID).from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(attemptKey))
                .fetchSingle(QUIZ_ATTEMPT.ID);
        dsl.insertInto(EDUCATION_SESSION_PARTICIPANT)
                .set(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID, attemptId)
                .set(EDUCATION_SESSION_PARTICIPANT.SESSION_ID, sessionId)
                .set(EDUCATION_SESSION_PARTICIPANT.DISPLAY_NAME, displayName)
                .set(EDUCATION_SESSION_PARTICIPANT.FAMILY, family)
                .set(EDUCATION_SESSION_PARTICIPANT.JOINED_AT, utc(at))
                .execute();
    }

    /** Whether this attempt was started by a participant of this session. */
    boolean attemptInSession(int sessionId, String attemptKey) {
        return dsl.fetchExists(dsl.selectOne().from(EDUCATION_SESSION_PARTICIPANT).join(QUIZ_ATTEMPT)
                .on(QUIZ_ATTEMPT.ID.eq(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID))
                .where(EDUCATION_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId), QUIZ_ATTEMPT.ATTEMPT_KEY.eq(attemptKey)));
    }

    List<SessionResults.Participant> participants(int sessionId) {
        return dsl.select(EDUCATION_SESSION_PARTICIPANT.DISPLAY_NAME, EDUCATION_SESSION_PARTICIPANT.JOINED_AT,
                        EDUCATION_SESSION_PARTICIPANT.FAMILY, QUIZ_ATTEMPT.SCORE, QUIZ_ATTEMPT.QUESTION_COUNT, QUIZ_ATTEMPT.PASSED)
                .from(EDUCATION_SESSION_PARTICIPANT).join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID))
                .where(EDUCATION_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId))
                .orderBy(EDUCATION_SESSION_PARTICIPANT.JOINED_AT, EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID)
                .fetch(r -> new SessionResults.Participant(r.value1(), instant(r.value2()),
                        Boolean.TRUE.equals(r.value3()), r.value4(), r.value5(), r.value6()));
    }

    /** Per bank question, over submitted attempts of the session: [bank position, papers holding it, right answers]. */
    List<int[]> questionRates(int sessionId) {
        var correct = DSL.sum(DSL.when(QUIZ_ATTEMPT_ITEM.CORRECT.isTrue(), 1).otherwise(0));
        return dsl.select(QUIZ_ATTEMPT_ITEM.QUESTION_POSITION, DSL.count(), correct)
                .from(QUIZ_ATTEMPT_ITEM).join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(QUIZ_ATTEMPT_ITEM.ATTEMPT_ID))
                .join(EDUCATION_SESSION_PARTICIPANT).on(EDUCATION_SESSION_PARTICIPANT.ATTEMPT_ID.eq(QUIZ_ATTEMPT.ID))
                .where(EDUCATION_SESSION_PARTICIPANT.SESSION_ID.eq(sessionId), QUIZ_ATTEMPT.SUBMITTED_AT.isNotNull())
                .groupBy(QUIZ_ATTEMPT_ITEM.QUESTION_POSITION).orderBy(QUIZ_ATTEMPT_ITEM.QUESTION_POSITION)
                .fetch(r -> new int[] {r.value1(), r.value2(), r.value3() == null ? 0 : r.value3().intValue()});
    }

    Optional<Integer> userId(String username) {
        return dsl.select(STAFF_USER.ID).from(STAFF_USER).where(STAFF_USER.USERNAME.eq(username)).fetchOptional(STAFF_USER.ID);
    }

    Optional<Integer> lessonId(String lessonCode) {
        // The newest edition: a session is given the lesson as the public reads it when the session is made.
        return dsl.select(EDUCATION_LESSON.ID).from(EDUCATION_LESSON).where(EDUCATION_LESSON.CODE.eq(lessonCode))
                .orderBy(EDUCATION_LESSON.EDITION.desc()).limit(1).fetchOptional(EDUCATION_LESSON.ID);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
