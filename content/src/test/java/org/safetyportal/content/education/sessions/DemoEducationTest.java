package org.safetyportal.content.education.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.internal.jooq.Tables.EDUCATION_CERTIFICATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.education.certificates.Certificate;
import org.safetyportal.content.education.certificates.Certificates;
import org.safetyportal.content.education.lessons.LessonPublishing;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class DemoEducationTest {

    /** 10:00 in Jincheng on 3 December 2026. */
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @OnEveryTestDatabase
    void theDemoSchoolAndCommunity_theirLeader_aClosedSessionWithResults_andOneToCome_loadOnce(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            world.bean(LessonPublishing.class).publishMissing();
            DemoEducation demo = world.bean(DemoEducation.class);

            DemoEducation.Summary first = demo.loadIfNeeded();
            assertEquals(new DemoEducation.Summary(2, 2, 12, 5), first);
            assertEquals(new DemoEducation.Summary(0, 0, 0, 0), demo.loadIfNeeded(), "a second start enters nothing");

            Organisations organisations = world.bean(Organisations.class);
            List<EducationOrganisation> all = organisations.all();
            assertEquals(2, all.size());
            assertTrue(all.stream().allMatch(o -> o.name().contains("示例")), all.toString());
            assertEquals(Set.of("SCHOOL", "COMMUNITY"), all.stream().map(EducationOrganisation::audienceCode).collect(Collectors.toSet()));
            OrganizationDirectory directory = world.bean(OrganizationDirectory.class);
            assertEquals(Set.of("CQ", "YC"), all.stream().map(o -> directory.area(o.areaId()).orElseThrow().code())
                    .collect(Collectors.toSet()), "two counties");
            all.forEach(o -> assertEquals(List.of(DemoEducation.EDUCATOR), organisations.educatorsOf(o.id())));

            // The leader is a real account holding SESSION_HOST: its rights are read from the account.
            Actor educator = world.bean(org.safetyportal.content.account.AccountService.class).actor(DemoEducation.EDUCATOR);
            EducationOrganisation school = all.stream().filter(o -> o.audienceCode().equals("SCHOOL")).findFirst().orElseThrow();
            GroupSessions sessions = world.bean(GroupSessions.class);
            List<GroupSession> held = sessions.sessionsOf(educator, school.id());
            assertEquals(2, held.size());
            GroupSession upcoming = held.get(0);
            GroupSession closed = held.get(1);
            assertTrue(upcoming.opensAt().isAfter(NOW), "one session still to come");
            assertTrue(closed.closesAt().isBefore(NOW), "one session has closed");
            assertEquals(LocalDate.of(2026, 12, 2), world.bean(org.safetyportal.content.calendar.CityClock.class)
                    .dateOf(closed.opensAt()), "held the day before");

            SessionResults results = sessions.results(educator, closed.id());
            assertEquals(12, results.joined());
            assertEquals(12, results.submitted());
            assertTrue(results.participants().stream().allMatch(p -> p.displayName().startsWith("示例学生")));
            assertTrue(results.participants().stream().allMatch(p -> p.joinedAt().isAfter(closed.opensAt())
                    && p.joinedAt().isBefore(closed.closesAt())), "joined while it was open");
            long scoresSeen = results.scoreCounts().values().stream().filter(n -> n > 0).count();
            assertTrue(scoresSeen >= 8, "a visible distribution: " + results.scoreCounts());
            assertEquals(5, results.participants().stream().filter(p -> Boolean.TRUE.equals(p.passed())).count());
            assertTrue(results.questions().stream().anyMatch(q -> q.correct() < q.answered()));
            assertEquals(0, sessions.results(educator, upcoming.id()).joined());

            DSLContext dsl = world.bean(DSLContext.class);
            List<String> codes = dsl.select(EDUCATION_CERTIFICATE.CODE).from(EDUCATION_CERTIFICATE).fetch(EDUCATION_CERTIFICATE.CODE);
            assertEquals(5, codes.size(), "one certificate per pass");
            Certificates certificates = world.bean(Certificates.class);
            for (String code : codes) {
                Certificates.Verification verification = certificates.verify(code);
                assertTrue(verification.valid(), code);
                Certificate certificate = verification.certificate();
                assertTrue(certificate.score() * 100 >= certificate.passMark() * certificate.total());
                assertEquals(school.name(), certificate.organisationName());
                assertEquals(LocalDate.of(2026, 12, 2), certificate.passedOn());
            }
            assertEquals(5, world.ledger().latest(List.of(Certificates.LEDGER_EVENT), 100).size(),
                    "every certificate is in the ledger");
            assertTrue(world.ledger().verify().intact(), "the ledger verifies with them");
        }
    }

    @OnEveryTestDatabase
    void aPortalWithSchoolsOfItsOwn_getsNoDemoEducation(String kind) {
        try (TestWorld world = TestWorld.start(kind, NOW)) {
            world.bean(LessonPublishing.class).publishMissing();
            int county = world.bean(OrganizationDirectory.class).counties().get(0).id();
            world.bean(Organisations.class).register(world.admin(), "示例真实学校", "SCHOOL", county);

            assertEquals(new DemoEducation.Summary(0, 0, 0, 0), world.bean(DemoEducation.class).loadIfNeeded());
            assertEquals(1, world.bean(Organisations.class).all().size());
            assertFalse(world.bean(SessionRepository.class).userId(DemoEducation.EDUCATOR).isPresent(), "no demo leader");
        }
    }
}
