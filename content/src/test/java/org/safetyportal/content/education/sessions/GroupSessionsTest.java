package org.safetyportal.content.education.sessions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.lessons.LessonDraft;
import org.safetyportal.content.education.lessons.LessonDraftText;
import org.safetyportal.content.education.lessons.LessonDrafting;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class GroupSessionsTest {

    private static final String LESSON = "test-smoke-alarm";
    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");

    private record World(TestWorld world, EducationOrganisation school, EducationOrganisation other)
            implements TestWorld.Around {

        static World start(String kind) {
            return TestWorld.start(kind, NOW).then(world -> {
                world.bean(LessonPublishing.class).publishMissing();
                world.staff("host.a", RoleGrant.cityWide("SESSION_HOST"));
                world.staff("host.b", RoleGrant.cityWide("SESSION_HOST"));
                world.staff("editor", RoleGrant.cityWide("EDUCATOR"));
                Organisations organisations = world.bean(Organisations.class);
                int county = world.bean(OrganizationDirectory.class).counties().get(0).id();
                String audience = world.bean(EducationReference.class).audiences().get(0).code();
                EducationOrganisation school = organisations.register(world.admin(), "示例第一小学", audience, county);
                EducationOrganisation other = organisations.register(world.admin(), "示例社区", audience, county);
                organisations.addEducator(world.admin(), school.id(), "host.a");
                organisations.addEducator(world.admin(), other.id(), "host.b");
                return new World(world, school, other);
            });
        }

        GroupSessions sessions() {
            return bean(GroupSessions.class);
        }

        GroupSessions.NewSession asked(int organisationId, Instant opens, Instant closes) {
            return new GroupSessions.NewSession(organisationId, LESSON, school.audienceCode(), 3, opens, closes);
        }

        /** The ids of the options the published bank marks right (or one wrong), read by their texts. */
        Set<String> answer(PaperQuestion question, boolean right) {
            BankQuestion published = bean(LessonLibrary.class).bank(LESSON).orElseThrow().stream()
                    .filter(q -> q.stemZh().equals(question.stemZh())).findFirst().orElseThrow();
            Set<String> texts = published.options().stream().filter(o -> o.correct() == right).map(BankOption::textZh)
                    .collect(Collectors.toSet());
            Set<String> ids = question.options().stream().filter(o -> texts.contains(o.textZh())).map(PaperOption::id)
                    .collect(Collectors.toSet());
            return right ? ids : Set.of(ids.iterator().next());
        }
    }

    @OnEveryTestDatabase
    void anEducator_createsASession_participantsJoinAndSubmit_andTheResultsCountThem(String kind) {
        try (World world = World.start(kind)) {
            GroupSessions sessions = world.sessions();
            GroupSession session = sessions.create(world.actor("host.a"),
                    world.asked(world.school().id(), NOW, NOW.plus(Duration.ofHours(1))));
            assertTrue(JoinCode.normalise(session.joinCode()).isPresent());
            assertEquals(List.of(session), sessions.sessionsOf(world.actor("host.a"), world.school().id()));

            Paper first = sessions.join(JoinCode.grouped(session.joinCode()).toLowerCase(), "小明");
            Paper second = sessions.join(session.joinCode(), "Li Hua");
            assertEquals(3, first.questions().size());
            assertEquals(NOW.plus(Duration.ofHours(1)), first.deadline(), "an attempt ends when the session closes");

            Map<Integer, Set<String>> allRight = first.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> world.answer(q, true)));
            QuizResult full = sessions.submit(session, first.attemptKey(), allRight);
            assertEquals(3, full.score());

            SessionResults midway = sessions.results(world.actor("host.a"), session.id());
            assertEquals(2, midway.joined());
            assertEquals(1, midway.submitted());

            Map<Integer, Set<String>> allWrong = second.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> world.answer(q, false)));
            assertEquals(0, sessions.submit(session, second.attemptKey(), allWrong).score());

            SessionResults results = sessions.results(world.actor("host.a"), session.id());
            assertEquals(2, results.submitted());
            assertEquals(1, results.scoreCounts().get(3));
            assertEquals(1, results.scoreCounts().get(0));
            assertEquals(List.of("小明", "Li Hua"), results.participants().stream()
                    .map(SessionResults.Participant::displayName).toList());
            int papers = results.questions().stream().mapToInt(SessionResults.QuestionRate::answered).sum();
            int right = results.questions().stream().mapToInt(SessionResults.QuestionRate::correct).sum();
            assertEquals(6, papers);
            assertEquals(3, right);
            assertTrue(results.questions().stream().noneMatch(q -> q.stemZh().isBlank()));

            assertEquals(2, results.groupJoined());
            assertEquals(0, results.familiesJoined());
            byte[] excel = SessionWorkbook.write(results, ZoneOffset.UTC, List.of("a", "b", "c", "d", "e", "f"),
                    List.of("q", "n", "r", "p"), "yes", "no");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
                Sheet people = book.getSheet(SessionWorkbook.PARTICIPANTS);
                assertEquals(2, people.getLastRowNum());
                assertEquals("小明", people.getRow(1).getCell(0).getStringCellValue());
                assertEquals(3, (int) people.getRow(1).getCell(2).getNumericCellValue());
                assertEquals("no", people.getRow(2).getCell(4).getStringCellValue());
                assertEquals("no", people.getRow(1).getCell(5).getStringCellValue());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @OnEveryTestDatabase
    void aSession_keepsTheEditionItWasMadeWith_whenANewEditionIsPublishedWhileItRuns(String kind) {
        try (World world = World.start(kind)) {
            GroupSessions sessions = world.sessions();
            GroupSession session = sessions.create(world.actor("host.a"),
                    world.asked(world.school().id(), NOW, NOW.plus(Duration.ofHours(1))));
            Paper before = sessions.join(session.joinCode(), "小明");

            world.world().staff("sessions.drafter", RoleGrant.cityWide("LESSON_EDITOR"))
                    .staff("sessions.publisher", RoleGrant.cityWide("LESSON_EDITOR"));
            LessonDrafting drafting = world.bean(LessonDrafting.class);
            LessonDraft draft = drafting.startEdition(world.actor("sessions.drafter"), LESSON);
            LessonDraftText text = draft.text();
            drafting.save(world.actor("sessions.drafter"), draft.id(), new LessonDraftText(text.code(), text.titleZh(),
                    text.titleEn(), text.summaryZh(), text.summaryEn(), text.audiences(), text.topics(), text.minutes(),
                    text.bodyZh(), text.bodyEn(), text.bank().replace("stem: ", "stem: 第二版：")));
            drafting.submit(world.actor("sessions.drafter"), draft.id());
            assertEquals(2, drafting.publish(world.actor("sessions.publisher"), draft.id()).edition());

            Paper after = sessions.join(session.joinCode(), "小红");
            assertTrue(after.questions().stream().noneMatch(q -> q.stemZh().startsWith("第二版")),
                    "a participant joining now answers the session's edition");
            Paper selfStudy = world.bean(QuizEngine.class).start(LESSON, "visitor-" + kind,
                    world.bean(QuizEngine.class).selfStudy(LESSON).orElseThrow());
            assertTrue(selfStudy.questions().stream().allMatch(q -> q.stemZh().startsWith("第二版")),
                    "the lesson's page quizzes on the newest edition");

            for (Paper paper : List.of(before, after)) {
                sessions.submit(session, paper.attemptKey(), paper.questions().stream()
                        .collect(Collectors.toMap(PaperQuestion::position, q -> Set.of(q.options().get(0).id()))));
            }
            SessionResults results = sessions.results(world.actor("host.a"), session.id());
            assertEquals(2, results.submitted());
            assertEquals(6, results.questions().stream().mapToInt(SessionResults.QuestionRate::answered).sum());
            assertTrue(results.questions().stream().allMatch(q -> !q.stemZh().isBlank() && !q.stemZh().startsWith("第二版")),
                    "the session's figures are read against the bank its participants answered");
        }
    }

    @OnEveryTestDatabase
    void aFamily_joinsThroughTheFamilyLink_andIsCountedApartFromTheGroup(String kind) {
        try (World world = World.start(kind)) {
            GroupSessions sessions = world.sessions();
            GroupSession session = sessions.create(world.actor("host.a"),
                    world.asked(world.school().id(), NOW, NOW.plus(Duration.ofHours(2))));
            assertEquals(GroupSessions.Joining.FAMILY, GroupSessions.Joining.fromLink("family"));
            assertEquals(GroupSessions.Joining.GROUP, GroupSessions.Joining.fromLink("<script>"));
            assertEquals(GroupSessions.Joining.GROUP, GroupSessions.Joining.fromLink(null));

            Paper pupil = sessions.join(session.joinCode(), "小明");
            Paper family = sessions.join(session.joinCode(), "小明一家", GroupSessions.Joining.FAMILY);
            sessions.join(session.joinCode(), "王家", GroupSessions.Joining.FAMILY);
            Map<Integer, Set<String>> allRight = family.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> world.answer(q, true)));
            assertEquals(3, sessions.submit(session, family.attemptKey(), allRight).score());
            Map<Integer, Set<String>> pupilRight = pupil.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> world.answer(q, true)));
            sessions.submit(session, pupil.attemptKey(), pupilRight);

            SessionResults results = sessions.results(world.actor("host.a"), session.id());
            assertEquals(3, results.joined());
            assertEquals(1, results.groupJoined());
            assertEquals(1, results.groupSubmitted());
            assertEquals(2, results.familiesJoined());
            assertEquals(1, results.familiesSubmitted());
            assertEquals(List.of(false, true, true), results.participants().stream()
                    .map(SessionResults.Participant::family).toList());

            byte[] excel = SessionWorkbook.write(results, ZoneOffset.UTC, List.of("a", "b", "c", "d", "e", "f"),
                    List.of("q", "n", "r", "p"), "yes", "no");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
                Sheet people = book.getSheet(SessionWorkbook.PARTICIPANTS);
                assertEquals("f", people.getRow(0).getCell(5).getStringCellValue());
                assertEquals("no", people.getRow(1).getCell(5).getStringCellValue());
                assertEquals("小明一家", people.getRow(2).getCell(0).getStringCellValue());
                assertEquals("yes", people.getRow(2).getCell(5).getStringCellValue());
                assertEquals("yes", people.getRow(3).getCell(5).getStringCellValue());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @OnEveryTestDatabase
    void anEducator_actsOnlyForTheirOwnOrganisation_andOnlyWhileHoldingTheRole(String kind) {
        try (World world = World.start(kind)) {
            GroupSessions sessions = world.sessions();
            GroupSession session = sessions.create(world.actor("host.a"),
                    world.asked(world.school().id(), NOW, NOW.plus(Duration.ofHours(1))));

            assertThrows(AccessDeniedException.class, () -> sessions.create(world.actor("host.b"),
                    world.asked(world.school().id(), NOW, NOW.plus(Duration.ofHours(1)))));
            assertThrows(AccessDeniedException.class, () -> sessions.results(world.actor("host.b"), session.id()));
            assertThrows(AccessDeniedException.class, () -> sessions.results(world.actor("editor"), session.id()));
            assertThrows(AccessDeniedException.class, () -> sessions.sessionsOf(world.actor("host.b"), world.school().id()));

            var opened = world.actor("host.a");
            world.regrant("host.a", RoleGrant.cityWide("EDUCATOR"));
            assertThrows(AccessDeniedException.class, () -> sessions.results(opened, session.id()),
                    "rights are read at the moment of the action");

            assertEquals("education.educator.noRole", assertThrows(ValidationException.class,
                    () -> world.bean(Organisations.class).addEducator(world.admin(), world.other().id(), "editor")).messageKey());
            assertThrows(AccessDeniedException.class, () -> world.bean(Organisations.class).register(world.actor("host.b"),
                    "示例学校", world.school().audienceCode(), world.school().areaId()));
        }
    }

    @OnEveryTestDatabase
    void aSession_isOpenOnlyBetweenItsTimes_andAnAttemptBelongsToItsSession(String kind) {
        try (World world = World.start(kind)) {
            GroupSessions sessions = world.sessions();
            var host = world.actor("host.a");
            int school = world.school().id();
            assertEquals("education.session.closesBeforeOpening", assertThrows(ValidationException.class,
                    () -> sessions.create(host, world.asked(school, NOW, NOW))).messageKey());
            assertEquals("education.session.closesInPast", assertThrows(ValidationException.class,
                    () -> sessions.create(host, world.asked(school, NOW.minusSeconds(7200), NOW.minusSeconds(60)))).messageKey());
            assertEquals("education.session.tooLong", assertThrows(ValidationException.class,
                    () -> sessions.create(host, world.asked(school, NOW, NOW.plus(Duration.ofDays(40))))).messageKey());

            GroupSession later = sessions.create(host, world.asked(school, NOW.plus(Duration.ofHours(1)),
                    NOW.plus(Duration.ofHours(2))));
            GroupSession now = sessions.create(host, world.asked(school, NOW, NOW.plus(Duration.ofMinutes(30))));
            assertEquals("education.join.notYetOpen", assertThrows(ValidationException.class,
                    () -> sessions.join(later.joinCode(), "小红")).messageKey());
            assertEquals("education.join.unknownCode", assertThrows(ValidationException.class,
                    () -> sessions.join("ABCDEFGH", "小红")).messageKey());
            assertEquals("education.join.name.length", assertThrows(ValidationException.class,
                    () -> sessions.join(now.joinCode(), "名".repeat(200))).messageKey());
            assertEquals("education.join.name.markup", assertThrows(ValidationException.class,
                    () -> sessions.join(now.joinCode(), "<script>alert(1)</script>")).messageKey());
            assertEquals("education.join.name.markup", assertThrows(ValidationException.class,
                    () -> sessions.join(now.joinCode(), "=HYPERLINK(\"x\")")).messageKey());

            Paper paper = sessions.join(now.joinCode(), "小红");
            Paper selfStudy = world.bean(QuizEngine.class).start(LESSON, "visitor", GroupSessions.settings(3));
            assertEquals("education.join.notYourAttempt", assertThrows(ValidationException.class,
                    () -> sessions.submit(now, selfStudy.attemptKey(), Map.of())).messageKey());
            assertEquals("education.join.notYourAttempt", assertThrows(ValidationException.class,
                    () -> sessions.submit(later, paper.attemptKey(), Map.of())).messageKey());

            world.clock().advance(Duration.ofMinutes(31));
            assertEquals("education.join.closed", assertThrows(ValidationException.class,
                    () -> sessions.join(now.joinCode(), "小刚")).messageKey());
            assertEquals("quiz.attempt.timeUp", assertThrows(ValidationException.class, () -> sessions.answer(now,
                    paper.attemptKey(), 1, Set.of(paper.questions().get(0).options().get(0).id()))).messageKey());
            QuizResult late = sessions.submit(now, paper.attemptKey(), Map.of(1,
                    Set.of(paper.questions().get(0).options().get(0).id())));
            assertEquals(0, late.score(), "a choice after the closing is not counted");
            assertEquals(1, sessions.results(host, now.id()).submitted());
            assertNull(sessions.results(host, later.id()).scoreCounts().get(4), "scores run from 0 to the question count");
        }
    }

    @org.junit.jupiter.api.Test
    void theQrCode_isAPng() {
        byte[] png = JoinQrCode.png("https://portal.example/join/ABCD2345", 256);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }
}
