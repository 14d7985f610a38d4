package org.safetyportal.content.education.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.internal.jooq.Tables.QUIZ_ATTEMPT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.certificates.Certificates.Verification.Outcome;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.EducationReference;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.education.print.PdfTextReader;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.quiz.QuizEngine;
import org.safetyportal.content.education.quiz.QuizResult;
import org.safetyportal.content.education.sessions.EducationOrganisation;
import org.safetyportal.content.education.sessions.GroupSession;
import org.safetyportal.content.education.sessions.GroupSessions;
import org.safetyportal.content.education.sessions.Organisations;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class CertificatesTest {

    private static final String LESSON = "test-smoke-alarm";
    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");

    private record World(TestWorld world, GroupSession session) implements TestWorld.Around {

        static World start(String kind) {
            return TestWorld.start(kind, NOW).then(world -> {
                world.bean(LessonPublishing.class).publishMissing();
                world.staff("host.a", RoleGrant.cityWide("SESSION_HOST"));
                Organisations organisations = world.bean(Organisations.class);
                int county = world.bean(OrganizationDirectory.class).counties().get(0).id();
                String audience = world.bean(EducationReference.class).audiences().get(0).code();
                EducationOrganisation school = organisations.register(world.admin(), "示例第二小学", audience, county);
                organisations.addEducator(world.admin(), school.id(), "host.a");
                GroupSession session = world.bean(GroupSessions.class).create(world.actor("host.a"),
                        new GroupSessions.NewSession(school.id(), LESSON, audience, 3, NOW, NOW.plus(Duration.ofHours(1))));
                return new World(world, session);
            });
        }

        QuizResult take(String name, boolean right) {
            GroupSessions sessions = bean(GroupSessions.class);
            Paper paper = sessions.join(session.joinCode(), name);
            Map<Integer, Set<String>> answers = paper.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> answer(q, right)));
            return sessions.submit(session, paper.attemptKey(), answers);
        }

        /** A lesson page's quiz taken by the visitor whose browser session is {@code taker}, all right or all wrong. */
        QuizResult selfStudy(String taker, boolean right) {
            QuizEngine engine = bean(QuizEngine.class);
            Paper paper = engine.start(LESSON, taker, engine.selfStudy(LESSON).orElseThrow());
            return engine.submit(paper.attemptKey(), paper.questions().stream()
                    .collect(Collectors.toMap(PaperQuestion::position, q -> answer(q, right))));
        }

        private Set<String> answer(PaperQuestion question, boolean right) {
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
    void aPassedParticipant_getsOneCertificate_thatVerifiesByItsCode_andPrintsInChinese(String kind) {
        try (World world = World.start(kind)) {
            Certificates certificates = world.bean(Certificates.class);
            QuizResult passed = world.take("小明", true);
            assertTrue(passed.passed());

            Certificate certificate = certificates.issue(passed.attemptKey());
            assertEquals("小明", certificate.displayName());
            assertEquals(3, certificate.score());
            assertEquals(3, certificate.total());
            assertEquals(GroupSessions.PASS_MARK, certificate.passMark());
            assertEquals("示例第二小学", certificate.organisationName());
            assertEquals(LocalDate.of(2027, 6, 10), certificate.passedOn());
            assertEquals(world.bean(LessonLibrary.class).lesson(LESSON).orElseThrow().title().zh(),
                    certificate.lessonTitle(Locale.forLanguageTag("zh-CN")));
            assertEquals(certificate, certificates.issue(passed.attemptKey()), "asking again gives the same certificate");

            Certificates.Verification verified = certificates.verify(certificate.groupedCode().toLowerCase(Locale.ROOT));
            assertEquals(Outcome.VALID, verified.outcome());
            assertEquals(certificate, verified.certificate());

            String text = PdfTextReader.text(certificates.pdf(certificate, Locale.forLanguageTag("zh-CN"),
                    "http://portal.test/certificates"));
            assertTrue(text.contains("小明"), text);
            assertTrue(text.contains(certificate.lessonTitle(Locale.forLanguageTag("zh-CN"))), text);
            assertTrue(text.contains(certificate.groupedCode()), text);
            assertTrue(text.contains("示例第二小学"), text);
            assertTrue(text.contains("2027-06-10"), text);
            assertTrue(text.contains("3/3"), text);
        }
    }

    @OnEveryTestDatabase
    void aFailedOrUnfinishedAttempt_getsNoCertificate_andUnknownOrMistypedCodesSaySo(String kind) {
        try (World world = World.start(kind)) {
            Certificates certificates = world.bean(Certificates.class);
            QuizResult failed = world.take("Li Hua", false);
            assertThrows(ValidationException.class, () -> certificates.issue(failed.attemptKey()));
            Paper unfinished = world.bean(GroupSessions.class).join(world.session().joinCode(), "Wang");
            assertThrows(ValidationException.class, () -> certificates.issue(unfinished.attemptKey()));
            assertThrows(ValidationException.class, () -> certificates.issue("x".repeat(10_000)));
            assertThrows(ValidationException.class, () -> certificates.issue(null));

            String issued = certificates.issue(world.take("小红", true).attemptKey()).code();
            String unknown = issued.equals("ABCDEFGHJKM" + CertificateCode.check("ABCDEFGHJKM")) ? "BBCDEFGHJKM" : "ABCDEFGHJKM";
            Certificates.Verification none = certificates.verify(unknown + CertificateCode.check(unknown));
            assertEquals(Outcome.UNKNOWN, none.outcome());
            assertNull(none.certificate());
            char last = issued.charAt(issued.length() - 1);
            String typo = issued.substring(0, 11) + (last == 'A' ? 'B' : 'A');
            assertEquals(Outcome.MISTYPED, certificates.verify(typo).outcome());
            assertEquals(Outcome.NOT_A_CODE, certificates.verify("<b>" + issued + "</b>").outcome());
        }
    }

    @OnEveryTestDatabase
    void aPassedSelfStudyAttempt_getsOneCertificateInTheNameTyped_thatSaysSelfStudy_andVerifies(String kind) {
        try (World world = World.start(kind)) {
            Certificates certificates = world.bean(Certificates.class);
            QuizResult passed = world.selfStudy("browser-1", true);
            assertTrue(passed.passed());

            Certificate certificate = certificates.issueSelfStudy(passed.attemptKey(), "browser-1", "  张示例  ");
            assertEquals("张示例", certificate.displayName());
            assertTrue(certificate.selfStudy());
            assertNull(certificate.organisationName());
            assertEquals(passed.total(), certificate.score());
            assertEquals(60, certificate.passMark(), "the self-study pass mark the attempt was graded with");
            assertEquals(LocalDate.of(2027, 6, 10), certificate.passedOn());
            assertEquals(certificate, certificates.issueSelfStudy(passed.attemptKey(), "browser-1", "另一个名字"),
                    "asking again gives the same certificate, in the name first given");
            assertEquals(certificate, certificates.verify(certificate.code()).certificate());
            assertThrows(ValidationException.class, () -> certificates.issue(passed.attemptKey()),
                    "a self-study attempt is no session participant's");

            Locale chinese = Locale.forLanguageTag("zh-CN");
            String text = PdfTextReader.text(certificates.pdf(certificate, chinese, "http://portal.test/certificates"));
            assertTrue(text.contains("张示例"), text);
            assertTrue(text.contains("安全教育自学合格证书"), text);
            assertTrue(text.contains("自学：在本门户课程“" + certificate.lessonTitle(chinese) + "”的页面上独自完成的测验"), text);
            assertTrue(text.contains(certificate.groupedCode()), text);
            assertFalse(text.contains("组织单位"), text);
            String english = PdfTextReader.text(certificates.pdf(certificate, Locale.ENGLISH, "http://portal.test/certificates"));
            assertTrue(english.contains("self-study certificate") && english.contains("Self-study: the quiz"), english);
        }
    }

    @OnEveryTestDatabase
    void selfStudyCertificates_areRefusedInWords_forBadNames_failedUnfinishedOrForeignAttempts(String kind) {
        try (World world = World.start(kind)) {
            Certificates certificates = world.bean(Certificates.class);
            String passed = world.selfStudy("browser-2", true).attemptKey();
            assertRefused("education.join.name.markup", () -> certificates.issueSelfStudy(passed, "browser-2",
                    "<script>alert(1)</script>"));
            assertRefused("education.join.name.length", () -> certificates.issueSelfStudy(passed, "browser-2", "名".repeat(500)));
            assertRefused("education.join.name.markup", () -> certificates.issueSelfStudy(passed, "browser-2", "小\u0007明"));
            assertRefused("education.join.name.markup", () -> certificates.issueSelfStudy(passed, "browser-2", "=HYPERLINK(1)"));
            assertRefused("education.join.name.length", () -> certificates.issueSelfStudy(passed, "browser-2", " \t "));

            assertRefused("education.certificate.notYours", () -> certificates.issueSelfStudy(passed, "browser-3", "小明"));
            assertRefused("education.certificate.notYours", () -> certificates.issueSelfStudy("x".repeat(10_000), "browser-2", "小明"));
            assertRefused("education.certificate.notYours", () -> certificates.issueSelfStudy(passed, null, "小明"));
            QuizResult session = world.take("小刚", true);
            // Even with the participant's own taker key (no page ever has it), a session's attempt is not self-study.
            String participant = world.bean(DSLContext.class).select(QUIZ_ATTEMPT.TAKER_KEY).from(QUIZ_ATTEMPT)
                    .where(QUIZ_ATTEMPT.ATTEMPT_KEY.eq(session.attemptKey())).fetchSingle(QUIZ_ATTEMPT.TAKER_KEY);
            assertRefused("education.certificate.notYours", () -> certificates.issueSelfStudy(session.attemptKey(),
                    participant, "小刚"));

            String failed = world.selfStudy("browser-2", false).attemptKey();
            assertRefused("education.certificate.notPassed", () -> certificates.issueSelfStudy(failed, "browser-2", "小明"));
            QuizEngine engine = world.bean(QuizEngine.class);
            String unfinished = engine.start(LESSON, "browser-2", engine.selfStudy(LESSON).orElseThrow()).attemptKey();
            assertRefused("education.certificate.notPassed", () -> certificates.issueSelfStudy(unfinished, "browser-2", "小明"));

            Certificate issued = certificates.issueSelfStudy(passed, "browser-2", "小明");
            assertEquals("小明", issued.displayName(), "no refusal issued anything before");
            assertFalse(certificates.issue(session.attemptKey()).selfStudy(), "a session's certificate stays a session's");
        }
    }

    private static void assertRefused(String messageKey, org.junit.jupiter.api.function.Executable request) {
        assertEquals(messageKey, assertThrows(ValidationException.class, request).messageKey());
    }
}
