package org.safetyportal.content.education.sessions;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.account.AccountService;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.NewAccount;
import org.safetyportal.content.account.Role;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.seed.SeedTable;

/**
 * Demonstration 五进 education from {@code seed/demo/education_*.tsv}, entered through the real services: a
 * school and a community (registered by {@code system} as an administrator), the built-in session leader
 * {@value #EDUCATOR} (a staff account with SESSION_HOST and a random password nobody is told, added to both),
 * and the school's sessions: one held the day before the first load, closed, whose participants joined, answered
 * (as many right as the seed says) and submitted, the passing ones with a certificate, and one still to come.
 *
 * <p>A session held before is entered as it happened: the same services on a clock that reads the moments of the
 * session (created half an hour before it opens, participants joining and submitting while it is open), so every
 * rule of the sessions, the quiz engine and the certificates applies as it would have then.
 *
 * <p>Only into a portal without schools or communities, or one holding the demonstration's own (a start killed
 * half-way is completed by the next): each organisation, session and participant (joined, answered, submitted and
 * certified) is one transaction and is skipped when already there.
 */
@Singleton
public class DemoEducation {

    public static final String EDUCATOR = "demo.educator";
    static final String ORGANISATIONS = "seed/demo/education_organisations.tsv";
    static final String EDUCATORS = "seed/demo/education_educators.tsv";
    static final String SESSIONS = "seed/demo/education_sessions.tsv";
    static final String PARTICIPANTS = "seed/demo/education_participants.tsv";
    private static final String HOST_ROLE = "SESSION_HOST";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Organisations organisations;
    private final SessionRepository repository;
    private final GroupSessions sessions;
    private final Certificates certificates;
    private final LessonLibrary library;
    private final AccountService accounts;
    private final OrganizationDirectory directory;
    private final CityClock clock;
    private final DSLContext dsl;
    private final SecureRandom random = new SecureRandom();

    DemoEducation(Organisations organisations, SessionRepository repository, GroupSessions sessions,
            Certificates certificates, LessonLibrary library, AccountService accounts, OrganizationDirectory directory,
            CityClock clock, DSLContext dsl) {
        this.organisations = organisations;
        this.repository = repository;
        this.sessions = sessions;
        this.certificates = certificates;
        this.library = library;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
        this.dsl = dsl;
    }

    /** What one load entered. */
    public record Summary(int organisations, int sessions, int participants, int certificates) {

        public int total() {
            return organisations + sessions + participants;
        }
    }

    /** Enters what the demonstration lacks; nothing into a portal whose schools and communities are its own. */
    public Summary loadIfNeeded() {
        List<Map<String, String>> organisationRows = SeedTable.read(ORGANISATIONS).rows();
        Set<String> names = organisationRows.stream().map(r -> r.get("name")).collect(Collectors.toSet());
        List<EducationOrganisation> existing = organisations.all();
        if (!existing.isEmpty() && existing.stream().noneMatch(o -> names.contains(o.name()))) {
            return new Summary(0, 0, 0, 0);
        }
        ensureEducator();
        int registered = 0;
        Map<String, EducationOrganisation> byName = new LinkedHashMap<>();
        for (Map<String, String> row : organisationRows) {
            Optional<EducationOrganisation> found = named(row.get("name"));
            if (found.isEmpty()) {
                Area county = directory.area(row.get("county"))
                        .orElseThrow(() -> new IllegalStateException(ORGANISATIONS + " names an unknown county " + row.get("county")));
                found = Optional.of(organisations.register(system(), row.get("name"), row.get("audience"), county.id()));
                registered++;
            }
            EducationOrganisation organisation = found.get();
            if (!repository.isEducator(organisation.id(), EDUCATOR)) {
                organisations.addEducator(system(), organisation.id(), EDUCATOR);
            }
            byName.put(organisation.name(), organisation);
        }
        int created = 0;
        int joined = 0;
        int certified = 0;
        Map<String, List<Map<String, String>>> participants = SeedTable.read(PARTICIPANTS).rows().stream()
                .collect(Collectors.groupingBy(r -> r.get("session"), LinkedHashMap::new, Collectors.toList()));
        for (Map<String, String> row : SeedTable.read(SESSIONS).rows()) {
            EducationOrganisation organisation = byName.get(row.get("organisation"));
            if (organisation == null) {
                throw new IllegalStateException(SESSIONS + " names an organisation not in " + ORGANISATIONS + ": "
                        + row.get("organisation"));
            }
            Optional<GroupSession> found = repository.sessionsOf(organisation.id()).stream()
                    .filter(s -> s.lessonCode().equals(row.get("lesson")) && EDUCATOR.equals(s.createdBy())).findFirst();
            GroupSession session;
            if (found.isPresent()) {
                session = found.get();
            } else {
                session = create(organisation, row);
                created++;
            }
            for (Map<String, String> participant : participants.getOrDefault(row.get("label"), List.of())) {
                int taken = take(session, participant);
                joined += taken > 0 ? 1 : 0;
                certified += taken > 1 ? 1 : 0;
            }
        }
        return new Summary(registered, created, joined, certified);
    }

    private Optional<EducationOrganisation> named(String name) {
        return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The built-in session leader's account: SESSION_HOST, a random password that is never shown or kept. */
    private void ensureEducator() {
        if (repository.userId(EDUCATOR).isPresent()) {
            return;
        }
        Map<String, String> row = SeedTable.read(EDUCATORS).rows().stream().filter(r -> EDUCATOR.equals(r.get("username")))
                .findFirst().orElseThrow(() -> new IllegalStateException(EDUCATORS + " lacks " + EDUCATOR));
        accounts.createAccount(system(), new NewAccount(EDUCATOR, row.get("display_name"), unknownPassword(),
                List.of(RoleGrant.cityWide(HOST_ROLE))));
    }

    /** Creates a session of the seed: one held before on a clock of its own moments, or one to come on the city's clock. */
    private GroupSession create(EducationOrganisation organisation, Map<String, String> row) {
        Instant opens = clock.today().plusDays(Integer.parseInt(row.get("day")))
                .atTime(LocalTime.parse(row.get("opens"))).atZone(clock.zone()).toInstant();
        Instant closes = opens.plus(Duration.ofMinutes(Integer.parseInt(row.get("minutes"))));
        GroupSessions.NewSession asked = new GroupSessions.NewSession(organisation.id(), row.get("lesson"),
                row.get("audience"), Integer.parseInt(row.get("questions")), opens, closes);
        if (closes.isAfter(clock.now())) {
            return sessions.create(educator(), asked);
        }
        Moment moment = new Moment(opens.minus(Duration.ofMinutes(30)));
        return sessions.at(new CityClock(moment, clock.zone())).create(educator(), asked);
    }

    /**
     * One participant of a session as the seed has them: joins, answers as many questions right as the seed says
     * (the others wrong), submits, and takes the certificate if passed; all in one transaction, on the session's
     * own moments when it has closed. Answers 0 when nothing was done, 1 for a participant, 2 for one certified.
     */
    private int take(GroupSession session, Map<String, String> row) {
        String name = row.get("name");
        if (repository.participants(session.id()).stream().anyMatch(p -> p.displayName().equals(name))) {
            return 0;
        }
        int right = Integer.parseInt(row.get("right"));
        return dsl.transactionResult(() -> {
            int already = repository.participants(session.id()).size();
            GroupSessions now = sessions;
            Certificates issuing = certificates;
            Moment moment = null;
            if (!session.closesAt().isAfter(clock.now())) {
                // Each joins a minute after the one before, from two minutes after the opening, and answers one question a minute.
                moment = new Moment(session.opensAt().plus(Duration.ofMinutes(2L + already)));
                CityClock then = new CityClock(moment, clock.zone());
                now = sessions.at(then);
                issuing = certificates.at(then);
            } else if (!session.openAt(clock.now())) {
                return 0; // A session still to come takes nobody yet.
            }
            Paper paper = now.join(session.joinCode(), name);
            List<BankQuestion> bank = library.bank(session.lessonCode()).orElseThrow();
            for (PaperQuestion question : paper.questions()) {
                if (moment != null) {
                    moment.advance(Duration.ofMinutes(1));
                }
                now.answer(session, paper.attemptKey(), question.position(),
                        answer(bank, question, question.position() <= right));
            }
            QuizResult result = now.submit(session, paper.attemptKey(), Map.of());
            if (result.passed()) {
                issuing.issue(paper.attemptKey());
                return 2;
            }
            return 1;
        });
    }

    /** The ids of the options the published bank marks right, or one it marks wrong, matched by their texts. */
    private static Set<String> answer(List<BankQuestion> bank, PaperQuestion question, boolean right) {
        BankQuestion published = bank.stream().filter(q -> q.stemZh().equals(question.stemZh())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a drawn question not in its bank: " + question.stemZh()));
        Set<String> texts = published.options().stream().filter(o -> o.correct() == right).map(BankOption::textZh)
                .collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        question.options().stream().filter(o -> texts.contains(o.textZh())).map(PaperOption::id).forEach(ids::add);
        return right ? ids : Set.of(ids.iterator().next());
    }

    private Actor educator() {
        return Actor.builtIn(EDUCATOR, List.of(RoleGrant.cityWide(HOST_ROLE)), permissions());
    }

    private Actor system() {
        return Actor.builtIn(Actor.SYSTEM, List.of(RoleGrant.cityWide(AccountService.ADMINISTRATOR)), permissions());
    }

    private Map<String, Set<String>> permissions() {
        return accounts.roles().stream().collect(Collectors.toMap(Role::code, Role::permissions));
    }

    private String unknownPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** A clock standing at the moments of a session held before, moved on by the loader as the session goes. */
    private static final class Moment extends Clock {

        private Instant instant;

        Moment(Instant instant) {
            this.instant = instant;
        }

        void advance(Duration duration) {
            instant = instant.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
