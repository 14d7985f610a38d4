package org.safetyportal.content.education.sessions;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.CurrentRights;
import org.safetyportal.content.account.Permissions;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.lessons.Lesson;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.quiz.Feedback;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.QuestionFeedback;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.education.quiz.QuizSettings;

/**
 * Sessions for groups: an educator creates one for their organisation and gets its join code; participants
 * join with a display name only and take the quiz through the {@link QuizEngine} (a participant's attempt
 * is an ordinary attempt, ending at the session's closing at the latest); the educator reads the results.
 * Rights are read afresh at every staff action: the permission to run sessions and the link to the organisation.
 */
@Singleton
public class GroupSessions {

    public static final int PASS_MARK = 60;
    static final Duration LONGEST = Duration.ofDays(31);

    private final SessionRepository repository;
    private final CurrentRights rights;
    private final DSLContext dsl;
    private final LessonLibrary library;
    private final EducationReference reference;
    private final QuizEngine engine;
    private final CityClock clock;
    private final SecureRandom random = new SecureRandom();

    GroupSessions(SessionRepository repository, CurrentRights rights, DSLContext dsl, LessonLibrary library,
            EducationReference reference, QuizEngine engine, CityClock clock) {
        this.repository = repository;
        this.rights = rights;
        this.dsl = dsl;
        this.library = library;
        this.reference = reference;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The same sessions reading the time from another clock (the quiz engine too), with every rule and check as
     * here: how a session held before (the demonstration data's) is entered as it happened.
     */
    public GroupSessions at(CityClock otherClock) {
        return new GroupSessions(repository, rights, dsl, library, reference, engine.at(otherClock), otherClock);
    }

    /** What an educator asks for: the lesson, the audience, how many questions, and when the session is open. */
    public record NewSession(int organisationId, String lessonCode, String audienceCode, int questionCount,
            Instant opensAt, Instant closesAt) {
    }

    public GroupSession create(Actor actor, NewSession asked) {
        return dsl.transactionResult(() -> {
            Actor now = forOrganisation(actor, asked.organisationId());
            Lesson lesson = library.lesson(asked.lessonCode() == null ? "" : asked.lessonCode())
                    .orElseThrow(() -> new ValidationException("education.session.lesson"));
            int bankSize = library.bank(lesson.code()).map(List::size).orElse(0);
            if (bankSize == 0) {
                throw new ValidationException("education.session.lesson");
            }
            settings(asked.questionCount()).checkedFor(bankSize);
            if (reference.audience(asked.audienceCode() == null ? "" : asked.audienceCode()).isEmpty()) {
                throw new ValidationException("education.session.audience");
            }
            checkTimes(asked.opensAt(), asked.closesAt(), clock.now());
            String code;
            do {
                code = JoinCode.generate(random);
            } while (repository.codeTaken(code));
            int id = repository.insertSession(code, asked.organisationId(), lesson.id(), asked.audienceCode(),
                    asked.questionCount(), asked.opensAt(), asked.closesAt(), now.username(), clock.now());
            return repository.session(id).orElseThrow();
        });
    }

    static void checkTimes(Instant opens, Instant closes, Instant now) {
        if (opens == null || closes == null) {
            throw new ValidationException("education.session.times");
        }
        if (!closes.isAfter(opens)) {
            throw new ValidationException("education.session.closesBeforeOpening");
        }
        if (!closes.isAfter(now)) {
            throw new ValidationException("education.session.closesInPast");
        }
        if (Duration.between(opens, closes).compareTo(LONGEST) > 0) {
            throw new ValidationException("education.session.tooLong", LONGEST.toDays());
        }
    }

    /** The sessions of the organisations this educator acts for, newest first. */
    public List<GroupSession> sessionsOf(Actor actor, int organisationId) {
        return dsl.transactionResult(() -> {
            forOrganisation(actor, organisationId);
            return repository.sessionsOf(organisationId);
        });
    }

    /** One session, for an educator of its organisation. */
    public GroupSession session(Actor actor, int sessionId) {
        return dsl.transactionResult(() -> staffSession(actor, sessionId));
    }

    /** The results as they stand, for an educator of the session's organisation. */
    public SessionResults results(Actor actor, int sessionId) {
        return dsl.transactionResult(() -> {
            GroupSession session = staffSession(actor, sessionId);
            List<SessionResults.Participant> participants = repository.participants(sessionId);
            Map<Integer, BankQuestion> bank = library.bankOfEdition(session.lessonId()).orElse(List.of()).stream()
                    .collect(Collectors.toMap(BankQuestion::position, Function.identity()));
            TreeMap<Integer, Integer> scores = new TreeMap<>();
            for (int s = 0; s <= session.questionCount(); s++) {
                scores.put(s, 0);
            }
            participants.stream().filter(p -> p.score() != null).forEach(p -> scores.merge(p.score(), 1, Integer::sum));
            List<SessionResults.QuestionRate> rates = repository.questionRates(sessionId).stream().map(r -> {
                BankQuestion q = bank.get(r[0]);
                return new SessionResults.QuestionRate(r[0], q == null ? "" : q.stemZh(), q == null ? null : q.stemEn(), r[1], r[2]);
            }).toList();
            int submitted = (int) participants.stream().filter(p -> p.score() != null).count();
            return new SessionResults(session, participants.size(), submitted, scores, rates, participants);
        });
    }

    private GroupSession staffSession(Actor actor, int sessionId) {
        GroupSession session = repository.session(sessionId)
                .orElseThrow(() -> new ValidationException("education.session.unknown"));
        forOrganisation(actor, session.organisationId());
        return session;
    }

    /** The actor as now, permitted to run sessions and linked to this organisation; refused otherwise. */
    private Actor forOrganisation(Actor actor, int organisationId) {
        Actor now = rights.of(actor);
        now.require(Permissions.RUN_SESSIONS);
        if (!repository.isEducator(organisationId, now.username())) {
            throw new AccessDeniedException(Permissions.RUN_SESSIONS);
        }
        return now;
    }

    // ---- participants (no account) ----

    /** The session a typed code names, if the code is well formed and known. */
    public Optional<GroupSession> byCode(String typed) {
        return JoinCode.normalise(typed).flatMap(repository::sessionByCode);
    }

    /** Whether the session is open now; a closed or not yet open session refuses in words. */
    public void requireOpen(GroupSession session) {
        Instant now = clock.now();
        if (now.isBefore(session.opensAt())) {
            throw new ValidationException("education.join.notYetOpen");
        }
        if (!now.isBefore(session.closesAt())) {
            throw new ValidationException("education.join.closed");
        }
    }

    /** How a participant came: through the session's own link, or through its 进家庭 link from home. */
    public enum Joining {
        GROUP, FAMILY;

        /** The family link carries {@code for=family}; anything else is the group's link. */
        public static Joining fromLink(String forParameter) {
            return "family".equals(forParameter) ? FAMILY : GROUP;
        }
    }

    /** Joins the session through its group link (see {@link #join(String, String, Joining)}). */
    public Paper join(String joinCode, String displayName) {
        return join(joinCode, displayName, Joining.GROUP);
    }

    /** Joins the session with a display name and starts the participant's attempt; answers their paper. */
    public Paper join(String joinCode, String displayName, Joining joining) {
        GroupSession session = byCode(joinCode).orElseThrow(() -> new ValidationException("education.join.unknownCode"));
        String name = DisplayNames.checked(displayName);
        requireOpen(session);
        return dsl.transactionResult(() -> {
            // Each participant is a taker of their own: one attempt, ending when the session closes.
            Paper paper = engine.startOnEdition(session.lessonId(), "session-" + UUID.randomUUID(),
                    settings(session.questionCount()), session.closesAt());
            repository.insertParticipant(session.id(), paper.attemptKey(), name, joining == Joining.FAMILY, clock.now());
            return paper;
        });
    }

    /** Records one answer of a participant's attempt; refused when the attempt is not of this session. */
    public Optional<QuestionFeedback> answer(GroupSession session, String attemptKey, int position, Set<String> optionIds) {
        requireParticipant(session, attemptKey);
        return engine.answer(attemptKey, position, optionIds);
    }

    /** Submits a participant's attempt, with the choices the page still holds. */
    public QuizResult submit(GroupSession session, String attemptKey, Map<Integer, Set<String>> lastChoices) {
        requireParticipant(session, attemptKey);
        return engine.submit(attemptKey, lastChoices);
    }

    private void requireParticipant(GroupSession session, String attemptKey) {
        if (attemptKey == null || !repository.attemptInSession(session.id(), attemptKey)) {
            throw new ValidationException("education.join.notYourAttempt");
        }
    }

    /** A session's quiz: no time limit but the closing, one attempt each, feedback after submission, 60 % to pass. */
    static QuizSettings settings(int questionCount) {
        return new QuizSettings(questionCount, null, 1, Feedback.DEFERRED, PASS_MARK);
    }
}
