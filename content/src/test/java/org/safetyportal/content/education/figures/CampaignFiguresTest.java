package org.safetyportal.content.education.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.education.lessons.BankOption;
import org.safetyportal.content.education.lessons.BankQuestion;
import org.safetyportal.content.education.lessons.LessonLibrary;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.education.quiz.Paper;
import org.safetyportal.content.education.quiz.PaperOption;
import org.safetyportal.content.education.quiz.PaperQuestion;
import org.safetyportal.content.education.sessions.EducationOrganisation;
import org.safetyportal.content.education.sessions.GroupSession;
import org.safetyportal.content.education.sessions.GroupSessions;
import org.safetyportal.content.education.sessions.Organisations;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class CampaignFiguresTest {

    private static final String LESSON = "test-smoke-alarm";
    /** Within 安全生产月 (June). */
    private static final Instant NOW = Instant.parse("2027-06-10T02:00:00Z");

    @OnEveryTestDatabase
    void aSnapshot_isPublishedThroughTheLedger_smallCellsSuppressed_andNoNameIsKept(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            world.bean(LessonPublishing.class).publishMissing();
            world.staff("host.a", RoleGrant.cityWide("SESSION_HOST"));
            world.staff("editor", RoleGrant.cityWide("EDUCATOR"));
            world.staff("clerk", RoleGrant.cityWide("ADMINISTRATOR"));
            Organisations organisations = world.bean(Organisations.class);
            String county = world.bean(OrganizationDirectory.class).counties().get(0).code();
            int countyId = world.bean(OrganizationDirectory.class).counties().get(0).id();
            EducationOrganisation school = organisations.register(world.admin(), "示例第一小学", "SCHOOL", countyId);
            organisations.addEducator(world.admin(), school.id(), "host.a");
            GroupSessions sessions = world.bean(GroupSessions.class);
            GroupSession session = sessions.create(world.actor("host.a"), new GroupSessions.NewSession(school.id(), LESSON,
                    "SCHOOL", 3, NOW, NOW.plus(Duration.ofHours(1))));
            // Six in the room (five pass, one fails) and two families at home who do not submit.
            for (int i = 1; i <= 6; i++) {
                Paper paper = sessions.join(session.joinCode(), "学生" + i);
                boolean right = i <= 5;
                Map<Integer, Set<String>> answers = paper.questions().stream()
                        .collect(Collectors.toMap(PaperQuestion::position, q -> answer(world, q, right)));
                sessions.submit(session, paper.attemptKey(), answers);
            }
            sessions.join(session.joinCode(), "张家", GroupSessions.Joining.FAMILY);
            sessions.join(session.joinCode(), "李家", GroupSessions.Joining.FAMILY);

            assertThrows(AccessDeniedException.class,
                    () -> world.bean(CampaignFiguresPublishing.class).publish(world.actor("clerk"), "WORK_SAFETY_MONTH"));
            assertEquals("education.figures.unknownCampaign", assertThrows(ValidationException.class,
                    () -> world.bean(CampaignFiguresPublishing.class).publish(world.actor("host.a"), "NOPE")).messageKey());
            PublicCampaignFigures public_ = world.bean(PublicCampaignFigures.class);
            assertTrue(public_.campaign("WORK_SAFETY_MONTH").orElseThrow().figures().isEmpty());

            CampaignFigures figures = world.bean(CampaignFiguresPublishing.class)
                    .publish(world.actor("host.a"), "WORK_SAFETY_MONTH");
            assertEquals("2027-06-01", figures.starts().toString());
            assertEquals("2027-06-30", figures.ends().toString());
            FigureCell total = figures.total().orElseThrow();
            assertEquals(1, total.sessions());
            assertEquals(8, total.participants());
            assertEquals(83, total.passRate(), "five of six submitted papers passed");
            FigureCell here = figures.byCounty().stream().filter(c -> c.key().equals(county)).findFirst().orElseThrow();
            assertEquals(8, here.participants());
            Map<String, FigureCell> audiences = figures.byAudience().stream()
                    .collect(Collectors.toMap(FigureCell::key, c -> c));
            assertEquals(Set.of("ENTERPRISE", "RURAL", "COMMUNITY", "SCHOOL", "FAMILY"), audiences.keySet());
            assertEquals(6, audiences.get("SCHOOL").participants());
            assertEquals(83, audiences.get("SCHOOL").passRate());
            assertTrue(audiences.get("FAMILY").suppressed(), "two families are fewer than five");
            assertNull(audiences.get("FAMILY").passRate());
            assertEquals(0, audiences.get("FAMILY").sessions(), "the session counts under its own audience");

            LedgerEntry entry = world.ledger().entriesFor(figures.ledgerSubject()).get(0);
            assertEquals(CampaignFiguresPublishing.LEDGER_EVENT, entry.eventType());
            assertEquals(figures.contentHash(), entry.contentHash());
            assertTrue(world.ledger().verify().intact());
            String canonical = world.bean(CampaignFiguresContentSource.class).canonicalContent(figures.ledgerSubject())
                    .orElseThrow();
            assertFalse(canonical.contains("学生") || canonical.contains("张家"), canonical);

            PublicCampaignFigures.CampaignStanding standing = public_.campaign("WORK_SAFETY_MONTH").orElseThrow();
            assertTrue(standing.begun());
            assertEquals(figures, standing.figures().orElseThrow(), "the public reads the newest snapshot");
            assertTrue(public_.campaign("NOPE").isEmpty());

            world.clock().advance(Duration.ofMinutes(5));
            CampaignFigures again = world.bean(CampaignFiguresPublishing.class)
                    .publish(world.actor("editor"), "WORK_SAFETY_MONTH");
            assertEquals(again, public_.campaign("WORK_SAFETY_MONTH").orElseThrow().figures().orElseThrow());
            world.regrant("editor", RoleGrant.cityWide("ADMINISTRATOR"));
            assertThrows(AccessDeniedException.class,
                    () -> world.bean(CampaignFiguresPublishing.class).publish(world.actor("editor"), "WORK_SAFETY_MONTH"),
                    "rights are read at the moment of publishing");
        }
    }

    private static Set<String> answer(TestWorld world, PaperQuestion question, boolean right) {
        BankQuestion published = world.bean(LessonLibrary.class).bank(LESSON).orElseThrow().stream()
                .filter(q -> q.stemZh().equals(question.stemZh())).findFirst().orElseThrow();
        Set<String> texts = published.options().stream().filter(o -> o.correct() == right).map(BankOption::textZh)
                .collect(Collectors.toSet());
        Set<String> ids = question.options().stream().filter(o -> texts.contains(o.textZh())).map(PaperOption::id)
                .collect(Collectors.toSet());
        return right ? ids : Set.of(ids.iterator().next());
    }

    @Test
    void aLoneSmallCell_takesTheNextSmallestWithIt_soThatItCannotBeWorkedOutFromTheTotal() {
        List<CampaignFigureTally.SessionRow> sessions = List.of(new CampaignFigureTally.SessionRow(1, "A", "SCHOOL"),
                new CampaignFigureTally.SessionRow(2, "B", "SCHOOL"), new CampaignFigureTally.SessionRow(3, "C", "SCHOOL"));
        List<CampaignFigureTally.ParticipantRow> people = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(new CampaignFigureTally.ParticipantRow(1, false, true, true));
        }
        for (int i = 0; i < 7; i++) {
            people.add(new CampaignFigureTally.ParticipantRow(2, false, true, true));
        }
        for (int i = 0; i < 9; i++) {
            people.add(new CampaignFigureTally.ParticipantRow(3, false, true, i < 3));
        }
        List<FigureCell> cells = CampaignFigureTally.cells(sessions, people, List.of("A", "B", "C"), List.of("SCHOOL"));
        Map<String, FigureCell> counties = cells.stream().filter(c -> c.dimension() == FigureCell.Dimension.COUNTY)
                .collect(Collectors.toMap(FigureCell::key, c -> c));
        assertTrue(counties.get("A").suppressed());
        assertTrue(counties.get("B").suppressed(), "B would give A away beside the total");
        assertEquals(9, counties.get("C").participants());
        assertEquals(33, counties.get("C").passRate());
        assertEquals(19, cells.get(0).participants());
        assertEquals(3, counties.get("A").sessions() + counties.get("B").sessions() + counties.get("C").sessions());
    }
}
