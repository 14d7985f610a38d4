package org.safetyportal.content.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.organization.OrganizationDirectory;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class OversightRegisterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** The city's 安委办 with a publisher, a publisher of Zezhou's emergency bureau, and the departments they inspect. */
    private record World(TestWorld world, int committee, int zezhouEmergency,
            int cityHousing, int zezhouHousing, int gaopingHousing) implements TestWorld.Around {

        static World start(String kind) {
            return TestWorld.start(kind, Instant.parse("2026-11-28T04:00:00.5Z")).then(world -> {
                int committee = world.department("SAFETY_COMMITTEE", "JC");
                int zezhou = world.department("EMERGENCY", "ZZ");
                world.staff("aw.publisher", RoleGrant.inDepartment("PUBLISHER", committee))
                        .staff("zz.publisher", RoleGrant.inDepartment("PUBLISHER", zezhou))
                        .staff("aw.reviewer", RoleGrant.inDepartment("REVIEWER", committee));
                return new World(world, committee, zezhou, world.department("HOUSING", "JC"),
                        world.department("HOUSING", "ZZ"), world.department("HOUSING", "GP"));
            });
        }

        OversightRegister register() {
            return bean(OversightRegister.class);
        }
    }

    /** The annual assessment of a county government, with rectification required. */
    static NewOversightResult assessment(String code, int conductor, String area, AssessmentGrade grade, String score) {
        return new NewOversightResult(code, OversightKind.ASSESSMENT, conductor, area, null, "示例〔2026〕第1号",
                DAY, DAY.plusDays(11), 2025, "（示例）考核发现 🔍 的问题", grade, score == null ? null : new BigDecimal(score),
                "（示例）限期整改", DAY.plusDays(60), DAY.plusDays(14), DAY.plusDays(18));
    }

    /** A 督查 of a department, without rectification. */
    static NewOversightResult supervision(String code, int conductor, int department, LocalDate decided, LocalDate published) {
        return new NewOversightResult(code, OversightKind.SUPERVISION, conductor, null, department, null,
                decided.minusDays(7), decided.minusDays(3), decided.getYear(), "（示例）督查未发现问题", null, null, null, null,
                decided, published);
    }

    @OnEveryTestDatabase
    void publisherPublishesAnAssessment_itIsStoredExactly_andInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            OversightResult stored = world.register().publish(world.actor("aw.publisher"),
                    assessment(" JCAW-KH-1 ", world.committee(), "ZZ", AssessmentGrade.GOOD, "86.5"));

            assertEquals("JCAW-KH-1", stored.resultCode());
            assertEquals(OversightKind.ASSESSMENT, stored.kind());
            assertEquals("JC-SAFETY_COMMITTEE", stored.conductingDepartment().code());
            assertTrue(stored.inspectedParty().isGovernment());
            assertEquals("ZZ", stored.inspectedParty().code());
            assertEquals(AssessmentGrade.GOOD, stored.grade());
            assertEquals(new BigDecimal("86.50"), stored.score());
            assertEquals(2025, stored.year());
            assertEquals("（示例）考核发现 🔍 的问题", stored.findings());
            assertEquals(Instant.parse("2026-11-28T04:00:00Z"), stored.publishedAt());
            // Decided 16 March and said to be published elsewhere on 20 March: made public here on 28 November.
            assertEquals(LocalDate.of(2026, 11, 28), stored.publicationDate());
            assertEquals(DAY.plusDays(18), stored.publishedElsewhereOn());
            assertTrue(stored.publishedLate(), "the typed date is the department's claim; lateness counts to the portal's day");
            assertEquals(RectificationState.OVERDUE, stored.rectificationState(LocalDate.of(2026, 11, 28)));
            assertEquals(RectificationState.PENDING, stored.rectificationState(DAY.plusDays(20)));
            List<LedgerEntry> entries = world.ledger().entriesFor(stored.ledgerSubject());
            assertEquals(1, entries.size());
            assertEquals(OversightRegister.LEDGER_EVENT, entries.get(0).eventType());
            assertEquals(stored.contentHash(), entries.get(0).contentHash());
            assertEquals(stored, world.register().byCode("JCAW-KH-1").orElseThrow());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void aDepartmentCanBeTheInspectedParty_andLatePublicationIsShown(String kind) {
        try (World world = World.start(kind)) {
            // Decided Monday 2 March, published here on 28 November: far more than 20 working days.
            OversightResult late = world.register().publish(world.actor("aw.publisher"),
                    supervision("JCAW-DC-1", world.committee(), world.cityHousing(), DAY, LocalDate.of(2026, 4, 7)));

            assertFalse(late.inspectedParty().isGovernment());
            assertEquals("JC-HOUSING", late.inspectedParty().code());
            assertTrue(late.publishedLate());
            assertEquals(RectificationState.NOT_REQUIRED, late.rectificationState(DAY));
            assertNull(late.grade());
            // A county body may supervise a department of its own county.
            OversightResult county = world.register().publish(world.actor("zz.publisher"),
                    supervision("ZZYJ-DC-1", world.zezhouEmergency(), world.zezhouHousing(), DAY, DAY));
            assertEquals("ZZ-HOUSING", county.inspectedParty().code());
        }
    }

    @OnEveryTestDatabase
    void aBackdatedClaimDoesNotHideLatePublication_andAResultPublishedInTimeIsOnTime(String kind) {
        try (World world = World.start(kind)) {
            OversightResult backdated = world.register().publish(world.actor("aw.publisher"),
                    supervision("JCAW-DC-OLD", world.committee(), world.cityHousing(), LocalDate.of(2026, 8, 10),
                            LocalDate.of(2026, 8, 12)));
            OversightResult onTime = world.register().publish(world.actor("aw.publisher"),
                    supervision("JCAW-DC-NEW", world.committee(), world.cityHousing(), LocalDate.of(2026, 11, 20), null));

            assertEquals(LocalDate.of(2026, 11, 28), backdated.publicationDate());
            assertEquals(LocalDate.of(2026, 8, 12), backdated.publishedElsewhereOn());
            assertTrue(backdated.publishedLate());
            assertEquals(LocalDate.of(2026, 11, 28), onTime.publicationDate());
            assertNull(onTime.publishedElsewhereOn());
            assertFalse(onTime.publishedLate());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void aPublisherDisabledWhileThePageWasOpen_cannotPublishOrReport(String kind) {
        try (World world = World.start(kind)) {
            Actor publisherAsThePageHoldsThem = world.actor("aw.publisher");
            world.register().publish(publisherAsThePageHoldsThem,
                    assessment("JCAW-KH-1", world.committee(), "GP", AssessmentGrade.PASS, "74"));

            world.disable("aw.publisher");

            assertThrows(AccessDeniedException.class, () -> world.register().publish(publisherAsThePageHoldsThem,
                    assessment("JCAW-KH-2", world.committee(), "ZZ", AssessmentGrade.PASS, "80")));
            assertThrows(AccessDeniedException.class, () -> world.register().fileRectificationReport(publisherAsThePageHoldsThem,
                    new NewRectificationReport("JCAW-KH-1", DAY.plusDays(70), "已整改", DAY.plusDays(72))));
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void aRectificationReportIsItsOwnLedgerEvent_andTheResultRowStaysAsPublished(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("aw.publisher");
            OversightResult published = world.register().publish(publisher,
                    assessment("JCAW-KH-1", world.committee(), "GP", AssessmentGrade.PASS, "74"));
            OversightResult reported = world.register().fileRectificationReport(publisher, new NewRectificationReport(
                    "JCAW-KH-1", DAY.plusDays(70), " （示例）已整改完毕 ", DAY.plusDays(72)));

            RectificationReport report = reported.rectificationReport().orElseThrow();
            assertEquals("（示例）已整改完毕", report.summary());
            assertEquals("aw.publisher", report.filedBy());
            assertEquals(RectificationState.REPORTED, reported.rectificationState(LocalDate.of(2026, 11, 28)));
            assertTrue(reported.reportedLate(), "reported after the deadline");
            assertEquals(published.contentHash(), reported.contentHash(), "the result itself is unchanged");
            assertEquals(List.of(OversightRegister.REPORT_LEDGER_EVENT, OversightRegister.LEDGER_EVENT),
                    world.ledger().entries(0, 10).stream().map(LedgerEntry::eventType).toList(), "newest first");
            assertEquals(report.contentHash(), world.ledger().entriesFor(report.ledgerSubject()).get(0).contentHash());
            assertEquals(List.of(), world.register().awaitingReport(publisher));
            assertTrue(world.ledger().verify().intact());

            assertKey("oversight.report.exists", () -> world.register().fileRectificationReport(publisher,
                    new NewRectificationReport("JCAW-KH-1", DAY.plusDays(70), "again", DAY.plusDays(72))));
        }
    }

    @OnEveryTestDatabase
    void theFeedReadsTheLedger_aResultAndItsReportEachAnEntry_newestFirst_andNothingElseOfTheLedger(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("aw.publisher");
            world.register().publish(publisher, assessment("JCAW-KH-1", world.committee(), "GP", AssessmentGrade.PASS, "74"));
            world.ledger().append("other.published", "other:1", "{}");
            world.register().fileRectificationReport(publisher, new NewRectificationReport(
                    "JCAW-KH-1", DAY.plusDays(70), "（示例）已整改完毕", DAY.plusDays(72)));

            List<OversightPublication> feed = world.register().recentPublications(10);

            assertEquals(2, feed.size(), feed.toString());
            RectificationReport report = feed.get(0).rectificationReport().orElseThrow();
            assertEquals(report.ledgerSubject(), feed.get(0).entry().subject());
            assertEquals(report.contentHash(), feed.get(0).entry().contentHash());
            assertEquals("JCAW-KH-1", feed.get(1).result().resultCode());
            assertTrue(feed.get(1).rectificationReport().isEmpty());
            assertEquals(OversightRegister.LEDGER_EVENT, feed.get(1).entry().eventType());
            assertEquals(1, world.register().recentPublications(1).size(), "at most the limit");
        }
    }

    @OnEveryTestDatabase
    void aCountyGovernmentIsOneParty_underTheNameTheSeedGivesIt_andIsChosenByItsArea(String kind) {
        try (World world = World.start(kind)) {
            OrganizationDirectory directory = world.context().getBean(OrganizationDirectory.class);
            List<InspectedParty> parties = world.register().inspectableParties();
            List<InspectedParty> governments = parties.stream().filter(InspectedParty::isGovernment).toList();

            assertEquals(List.of("CQ", "ZZ", "GP", "YC", "LC", "QS", "KFQ"), governments.stream().map(InspectedParty::code).toList(),
                    "every county-level government once; the city government is not a party to the city's own oversight");
            assertEquals("晋城经济技术开发区管理委员会", governments.get(6).name().zh());
            assertEquals(parties.size(), parties.stream().map(InspectedParty::department).distinct().count(), "no party twice");

            OversightResult stored = world.register().publish(world.actor("aw.publisher"),
                    assessment("JCAW-KH-9", world.committee(), "KFQ", AssessmentGrade.GOOD, "86.5"));
            assertEquals("KFQ", stored.inspectedParty().code());
            assertEquals("晋城经济技术开发区管理委员会", stored.inspectedParty().name().zh());
            int zezhouGovernment = directory.department(Department.GOVERNMENT, "ZZ").orElseThrow().id();
            assertKey("oversight.party.departmentUnknown", () -> world.register().publish(world.actor("aw.publisher"),
                    withParty(assessment("JCAW-KH-10", world.committee(), "ZZ", AssessmentGrade.GOOD, "80"), null,
                            zezhouGovernment)));
        }
    }

    @OnEveryTestDatabase
    void badInputIsRefusedWithAReason(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("aw.publisher");
            OversightRegister register = world.register();
            NewOversightResult good = assessment("JCAW-KH-1", world.committee(), "ZZ", AssessmentGrade.EXCELLENT, "93.5");

            assertKey("oversight.code.required", () -> register.publish(publisher, withCode(good, " ")));
            assertKey("oversight.code.invalid", () -> register.publish(publisher, withCode(good, "KH/2026 1")));
            assertKey("oversight.party.required", () -> register.publish(publisher, withParty(good, null, null)));
            assertKey("oversight.party.required", () -> register.publish(publisher, withParty(good, "ZZ", world.cityHousing())));
            assertKey("oversight.party.areaUnknown", () -> register.publish(publisher, withParty(good, "JC", null)));
            assertKey("oversight.party.departmentUnknown", () -> register.publish(publisher, withParty(good, null, 999999)));
            assertKey("oversight.party.self", () -> register.publish(publisher, withParty(good, null, world.committee())));
            assertKey("oversight.grade.required", () -> register.publish(publisher,
                    assessment("JCAW-KH-1", world.committee(), "ZZ", null, null)));
            assertKey("oversight.grade.onlyAssessment", () -> register.publish(publisher, new NewOversightResult("X-1",
                    OversightKind.INSPECTION_TOUR, world.committee(), "ZZ", null, null, DAY, DAY, 2026, "f",
                    AssessmentGrade.GOOD, null, null, null, DAY, DAY)));
            assertKey("oversight.score.invalid", () -> register.publish(publisher,
                    assessment("JCAW-KH-1", world.committee(), "ZZ", AssessmentGrade.GOOD, "100.5")));
            assertKey("oversight.score.invalid", () -> register.publish(publisher,
                    assessment("JCAW-KH-1", world.committee(), "ZZ", AssessmentGrade.GOOD, "90.125")));
            assertKey("oversight.year.invalid", () -> register.publish(publisher, withYear(good, 2023)));
            assertKey("oversight.year.invalid", () -> register.publish(publisher, withYear(good, null)));
            assertKey("oversight.findings.required", () -> register.publish(publisher, new NewOversightResult("X-1",
                    OversightKind.SUPERVISION, world.committee(), "ZZ", null, null, DAY, DAY, 2026, " ", null, null,
                    null, null, DAY, DAY)));
            assertKey("oversight.period.order", () -> register.publish(publisher, new NewOversightResult("X-1",
                    OversightKind.SUPERVISION, world.committee(), "ZZ", null, null, DAY, DAY.minusDays(1), 2026, "f",
                    null, null, null, null, DAY, DAY)));
            assertKey("oversight.date.order", () -> register.publish(publisher,
                    supervision("X-1", world.committee(), world.cityHousing(), DAY, DAY.minusDays(1))));
            assertKey("oversight.date.future", () -> register.publish(publisher,
                    supervision("X-1", world.committee(), world.cityHousing(), DAY, LocalDate.of(2026, 11, 29))));
            assertKey("oversight.rectification.deadline", () -> register.publish(publisher, new NewOversightResult("X-1",
                    OversightKind.SUPERVISION, world.committee(), "ZZ", null, null, DAY, DAY, 2026, "f", null, null,
                    "整改", null, DAY, DAY)));
            assertKey("oversight.rectification.deadlineOrder", () -> register.publish(publisher, new NewOversightResult("X-1",
                    OversightKind.SUPERVISION, world.committee(), "ZZ", null, null, DAY, DAY, 2026, "f", null, null,
                    "整改", DAY.minusDays(1), DAY, DAY)));
            assertKey("oversight.conductor.unknown", () -> register.publish(publisher,
                    assessment("JCAW-KH-1", 999999, "ZZ", AssessmentGrade.GOOD, null)));
            // A county body inspects neither a county government nor another county's departments.
            Actor county = world.actor("zz.publisher");
            assertKey("oversight.party.outsideConductor", () -> register.publish(county,
                    assessment("ZZ-KH-1", world.zezhouEmergency(), "ZZ", AssessmentGrade.GOOD, null)));
            assertKey("oversight.party.outsideConductor", () -> register.publish(county,
                    supervision("ZZ-DC-1", world.zezhouEmergency(), world.gaopingHousing(), DAY, DAY)));

            register.publish(publisher, good);
            assertKey("oversight.code.exists", () -> register.publish(publisher, good));
            assertKey("oversight.result.unknown", () -> register.fileRectificationReport(publisher,
                    new NewRectificationReport("NOPE-1", DAY.plusDays(20), "s", DAY.plusDays(20))));
            assertKey("oversight.report.summaryRequired", () -> register.fileRectificationReport(publisher,
                    new NewRectificationReport("JCAW-KH-1", DAY.plusDays(20), "  ", DAY.plusDays(20))));
            assertKey("oversight.report.dateOrder", () -> register.fileRectificationReport(publisher,
                    new NewRectificationReport("JCAW-KH-1", DAY, "s", DAY)));
            assertKey("oversight.report.dateRequired", () -> register.fileRectificationReport(publisher,
                    new NewRectificationReport("JCAW-KH-1", DAY.plusDays(20), "s", null)));
            register.publish(publisher, supervision("JCAW-DC-1", world.committee(), world.cityHousing(), DAY, DAY));
            assertKey("oversight.report.notRequired", () -> register.fileRectificationReport(publisher,
                    new NewRectificationReport("JCAW-DC-1", DAY.plusDays(1), "s", DAY.plusDays(1))));
            assertEquals(2, world.ledger().size(), "nothing refused reached the ledger");
        }
    }

    @OnEveryTestDatabase
    void onlyAPublisherOfTheConductingDepartmentPublishesOrFilesReports(String kind) {
        try (World world = World.start(kind)) {
            OversightRegister register = world.register();
            NewOversightResult result = assessment("JCAW-KH-1", world.committee(), "ZZ", AssessmentGrade.GOOD, null);
            assertThrows(AccessDeniedException.class, () -> register.publish(world.actor("zz.publisher"), result));
            assertThrows(AccessDeniedException.class, () -> register.publish(world.actor("aw.reviewer"), result));
            assertTrue(register.isEmpty());

            register.publish(world.actor("aw.publisher"), result);
            assertThrows(AccessDeniedException.class, () -> register.fileRectificationReport(world.actor("zz.publisher"),
                    new NewRectificationReport("JCAW-KH-1", DAY.plusDays(20), "s", DAY.plusDays(20))));
            assertEquals(List.of("JC-SAFETY_COMMITTEE"),
                    register.conductingDepartments(world.actor("aw.publisher")).stream().map(d -> d.code()).toList());
            assertEquals(List.of(), register.awaitingReport(world.actor("zz.publisher")));
            assertEquals(1, register.awaitingReport(world.actor("aw.publisher")).size());
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void resultsAreFoundByKindYearAreaAndDepartment(String kind) {
        try (World world = World.start(kind)) {
            OversightRegister register = world.register();
            Actor publisher = world.actor("aw.publisher");
            register.publish(publisher, assessment("KH-ZZ", world.committee(), "ZZ", AssessmentGrade.GOOD, null));
            register.publish(publisher, assessment("KH-GP", world.committee(), "GP", AssessmentGrade.PASS, null));
            register.publish(publisher, supervision("DC-JC", world.committee(), world.cityHousing(), LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 6)));
            register.publish(publisher, supervision("DC-ZZ", world.committee(), world.zezhouHousing(), LocalDate.of(2026, 6, 1),
                    LocalDate.of(2026, 6, 2)));

            assertEquals(List.of("DC-ZZ", "DC-JC", "KH-GP", "KH-ZZ"), codes(register.search(OversightFilter.all(), 0, 10)));
            assertEquals(List.of("KH-GP", "KH-ZZ"), codes(register.search(
                    new OversightFilter(OversightKind.ASSESSMENT, null, null, null), 0, 10)));
            assertEquals(List.of("DC-ZZ", "DC-JC"), codes(register.search(new OversightFilter(null, 2026, null, null), 0, 10)));
            assertEquals(List.of("DC-ZZ", "KH-ZZ"), codes(register.search(new OversightFilter(null, null, "ZZ", null), 0, 10)),
                    "an area: its government and its departments");
            assertEquals(List.of("DC-JC"), codes(register.search(new OversightFilter(null, null, "JC", null), 0, 10)));
            assertEquals(List.of("DC-JC"), codes(register.search(OversightFilter.concerningDepartment("JC-HOUSING"), 0, 10)));
            assertEquals(List.of(), codes(register.search(
                    new OversightFilter(OversightKind.INSPECTION_TOUR, 2025, null, null), 0, 10)));
            assertEquals(List.of("DC-JC", "KH-GP"), codes(register.search(OversightFilter.all(), 1, 2)), "paged");
            assertEquals(4, register.count(OversightFilter.all()));
            assertEquals(2, register.count(new OversightFilter(null, 2025, null, null)));
            assertEquals(List.of(2026, 2025), register.years());
            assertTrue(register.byCode("NOPE").isEmpty());
            assertTrue(register.byCode("../etc").isEmpty());
            assertKey("oversight.area.unknown", () -> register.search(new OversightFilter(null, null, "XX", null), 0, 10));
            assertKey("oversight.department.unknown", () -> register.count(OversightFilter.concerningDepartment("XX-NOPE")));
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesAnEditedResultOrReport(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("aw.publisher");
            world.register().publish(publisher, assessment("JCAW-KH-1", world.committee(), "ZZ", AssessmentGrade.FAIL, "58.5"));
            world.register().fileRectificationReport(publisher, new NewRectificationReport("JCAW-KH-1", DAY.plusDays(30),
                    "（示例）已整改", DAY.plusDays(31)));
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE oversight_result SET grade = 'GOOD' WHERE result_code = 'JCAW-KH-1'");
            LedgerVerification edited = world.ledger().verify();
            assertFalse(edited.intact());
            assertEquals(1L, edited.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, edited.problem());

            world.database().dsl().execute("UPDATE oversight_result SET grade = 'FAIL' WHERE result_code = 'JCAW-KH-1'");
            assertTrue(world.ledger().verify().intact());
            world.database().dsl().execute("UPDATE oversight_rectification_report SET summary = '（示例）全部整改完毕'");
            LedgerVerification report = world.ledger().verify();
            assertEquals(2L, report.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, report.problem());

            world.database().dsl().execute("DELETE FROM oversight_rectification_report");
            assertEquals(LedgerVerification.Problem.CONTENT_MISSING, world.ledger().verify().problem());
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationResultsArePublishedOnce_withReportsAndAnIntactLedger(String kind) {
        try (World world = World.start(kind)) {
            DemoOversight demo = world.context().getBean(DemoOversight.class);
            int published = demo.publishIfNoneExist();

            assertTrue(published >= 8 && published <= 12, "results published: " + published);
            assertEquals(0, demo.publishIfNoneExist(), "never twice");
            List<OversightResult> all = world.register().search(OversightFilter.all(), 0, 100);
            assertEquals(published, all.size());
            assertTrue(all.stream().allMatch(r -> r.findings().contains("示例")));
            for (OversightKind oversightKind : OversightKind.values()) {
                assertTrue(all.stream().anyMatch(r -> r.kind() == oversightKind), oversightKind.name());
            }
            assertTrue(all.stream().filter(r -> r.kind() == OversightKind.ASSESSMENT).allMatch(r -> r.grade() != null));
            assertTrue(all.stream().anyMatch(r -> !r.inspectedParty().isGovernment()));
            assertTrue(all.stream().anyMatch(OversightResult::publishedLate));
            long reports = all.stream().filter(r -> r.rectificationReport().isPresent()).count();
            assertTrue(reports >= 3, "reports: " + reports);
            assertTrue(all.stream().anyMatch(r -> r.rectificationState(world.register().today()) == RectificationState.OVERDUE));
            assertEquals(published + reports, world.ledger().size());
            assertTrue(world.ledger().verify().intact());
        }
    }

    private static List<String> codes(List<OversightResult> results) {
        return results.stream().map(OversightResult::resultCode).toList();
    }

    private static NewOversightResult withCode(NewOversightResult r, String code) {
        return new NewOversightResult(code, r.kind(), r.conductingDepartmentId(), r.inspectedAreaCode(),
                r.inspectedDepartmentId(), r.documentNo(), r.periodStart(), r.periodEnd(), r.year(), r.findings(),
                r.grade(), r.score(), r.rectificationRequirements(), r.rectificationDeadline(), r.decisionDate(),
                r.publishedElsewhereOn());
    }

    private static NewOversightResult withParty(NewOversightResult r, String area, Integer department) {
        return new NewOversightResult(r.resultCode(), r.kind(), r.conductingDepartmentId(), area, department,
                r.documentNo(), r.periodStart(), r.periodEnd(), r.year(), r.findings(), r.grade(), r.score(),
                r.rectificationRequirements(), r.rectificationDeadline(), r.decisionDate(), r.publishedElsewhereOn());
    }

    private static NewOversightResult withYear(NewOversightResult r, Integer year) {
        return new NewOversightResult(r.resultCode(), r.kind(), r.conductingDepartmentId(), r.inspectedAreaCode(),
                r.inspectedDepartmentId(), r.documentNo(), r.periodStart(), r.periodEnd(), year, r.findings(), r.grade(),
                r.score(), r.rectificationRequirements(), r.rectificationDeadline(), r.decisionDate(), r.publishedElsewhereOn());
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
