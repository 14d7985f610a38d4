package org.safetyportal.content.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.majorhazards.FiveImplementations;
import org.safetyportal.content.majorhazards.MajorHazardRegister;
import org.safetyportal.content.majorhazards.NewMajorHazard;
import org.safetyportal.content.search.PublicSearch;
import org.safetyportal.content.testing.CountyEmergencyWorld;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;
import org.safetyportal.i18n.SupportedLocales;

class RectificationRegistersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** Zezhou's and Gaoping's emergency bureaus and their staff ({@link CountyEmergencyWorld}), with the registers. */
    private record World(TestWorld world, int zezhou, int gaoping) implements CountyEmergencyWorld {

        static World start(String kind) {
            return CountyEmergencyWorld.start(kind, Instant.parse("2026-12-02T04:00:00.5Z"), World::new);
        }

        ProblemRegister problems() {
            return bean(ProblemRegister.class);
        }

        AccountabilityRegister accountability() {
            return bean(AccountabilityRegister.class);
        }

        void listHazard(String code) {
            bean(MajorHazardRegister.class).list(actor("zz.publisher"), new NewMajorHazard(code, zezhou, "采空区积水不清，存在透水隐患",
                    "泽州县示例煤业有限公司", "91140525MA0DEM001P", "ZZ", "COAL_MINE", DAY, DAY.plusDays(20),
                    new FiveImplementations("探放水", "企业主要负责人", "企业自筹", "20日内", "透水事故专项应急预案")));
        }
    }

    static NewProblem problem(String code, int department, String area, String hazardCode, LocalDate deadline) {
        return new NewProblem(code, department, ProblemSource.SPECIAL_CAMPAIGN, "安全生产“百日攻坚”集中行动",
                "泽州县示例煤业有限公司", area, "<script>alert(1)</script>井下排水系统能力不足", "增设排水泵，限期完成联合试运转",
                "泽州县示例煤业有限公司机电科", DAY, deadline, hazardCode, null, null);
    }

    static NewAccountability decision(String code, int department, String problemCode, String hazardCode) {
        return new NewAccountability(code, department, "泽州县示例煤业有限公司", "安全生产分管负责人",
                AccountabilityMeasure.INTERVIEW, "挂牌督办隐患逾期未整改", "泽州县安全生产委员会办公室", DAY.plusDays(25),
                problemCode, hazardCode);
    }

    @OnEveryTestDatabase
    void aProblemLinkedToAMajorHazard_andItsAccountability_areFoundFromEachOther_everyRowInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            world.listHazard("ZZ-HZ-1");
            RectificationProblem recorded = world.problems().record(world.actor("zz.publisher"),
                    problem("ZZ-PR-1", world.zezhou(), "ZZ", " ZZ-HZ-1 ", DAY.plusDays(10)));
            AccountabilityDecision decision = world.accountability().record(world.actor("zz.publisher"),
                    decision("ZZ-AC-1", world.zezhou(), "ZZ-PR-1", "ZZ-HZ-1"));
            world.accountability().record(world.actor("zz.publisher"), decision("ZZ-AC-3", world.zezhou(), "ZZ-PR-1", null));

            assertEquals("ZZ-HZ-1", recorded.hazardCode());
            assertEquals("<script>alert(1)</script>井下排水系统能力不足", recorded.description());
            assertEquals(ProblemStatus.RECTIFYING, recorded.status());
            assertTrue(recorded.overdue(), "deadline 2026-11-12 passed on 2026-12-02");
            assertEquals(List.of("ZZ-PR-1"), world.problems().ofHazard("ZZ-HZ-1").stream().map(RectificationProblem::problemCode).toList());
            assertEquals(List.of("ZZ-AC-1", "ZZ-AC-3"), world.accountability().ofHazard("ZZ-HZ-1").stream()
                    .map(AccountabilityDecision::decisionCode).toList(), "about the hazard itself or about its problem");
            assertEquals(List.of("ZZ-AC-1", "ZZ-AC-3"), world.accountability().ofProblem("ZZ-PR-1").stream()
                    .map(AccountabilityDecision::decisionCode).toList());
            assertEquals("安全生产分管负责人", decision.heldPost());
            assertEquals(recorded.contentHash(), world.ledger().entriesFor(recorded.ledgerSubject()).get(0).contentHash());
            assertEquals(ProblemRegister.LEDGER_RECORDED, world.ledger().entriesFor(recorded.ledgerSubject()).get(0).eventType());
            assertEquals(decision.contentHash(), world.ledger().entriesFor(decision.ledgerSubject()).get(0).contentHash());
            PublicSearch search = world.bean(PublicSearch.class);
            assertEquals(1, search.search("增设排水泵", Optional.of(ProblemSearchContent.KIND)).total());
            assertEquals(2, search.search("安全生产分管负责人", Optional.of(AccountabilitySearchContent.KIND)).total());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theCompletionIsPublishedOnce_andTheStatusFilterFollowsIt(String kind) {
        try (World world = World.start(kind)) {
            world.problems().record(world.actor("zz.publisher"), problem("ZZ-PR-2", world.zezhou(), "ZZ", null, DAY.plusDays(10)));
            world.problems().record(world.actor("zz.publisher"), problem("ZZ-PR-3", world.zezhou(), "ZZ", null, DAY.plusDays(60)));
            assertEquals(1, world.problems().count(new ProblemFilter(null, null, ProblemFilter.OVERDUE)));

            RectificationProblem done = world.problems().complete(world.actor("zz.publisher"), "ZZ-PR-2", DAY.plusDays(12), "排水泵已投运");

            assertEquals(ProblemStatus.RECTIFIED, done.status());
            assertFalse(done.overdue());
            assertEquals(0, world.problems().count(new ProblemFilter(null, null, ProblemFilter.OVERDUE)));
            assertEquals(List.of("ZZ-PR-2"), world.problems().search(new ProblemFilter("ZZ", null, "RECTIFIED"), 0, 10).stream()
                    .map(RectificationProblem::problemCode).toList());
            assertEquals(1, world.problems().count(new ProblemFilter(null, "SPECIAL_CAMPAIGN", "RECTIFYING")));
            assertKey("rectification.completion.already",
                    () -> world.problems().complete(world.actor("zz.publisher"), "ZZ-PR-2", DAY.plusDays(13), "再次"));
            assertKey("rectification.unknown", () -> world.problems().complete(world.actor("zz.publisher"), "NONE", DAY, "x"));
            assertKey("rectification.status.unknown", () -> world.problems().count(new ProblemFilter(null, null, "BOGUS")));
            assertEquals(done.completion().orElseThrow().contentHash(),
                    world.ledger().entriesFor(done.completion().orElseThrow().ledgerSubject()).get(0).contentHash());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void linksMustPointToPublishedEntries_andOnlyTheDepartmentsPublishersRecord(String kind) {
        try (World world = World.start(kind)) {
            assertKey("rectification.hazard.unknown", () -> world.problems().record(world.actor("zz.publisher"),
                    problem("ZZ-PR-4", world.zezhou(), "ZZ", "NO-SUCH-HAZARD", DAY.plusDays(10))));
            assertKey("rectification.area.outsideDepartment", () -> world.problems().record(world.actor("zz.publisher"),
                    problem("ZZ-PR-4", world.zezhou(), "GP", null, DAY.plusDays(10))));
            assertThrows(AccessDeniedException.class, () -> world.problems().record(world.actor("gp.publisher"),
                    problem("ZZ-PR-4", world.zezhou(), "ZZ", null, DAY.plusDays(10))));
            assertThrows(AccessDeniedException.class, () -> world.problems().record(world.actor("zz.reviewer"),
                    problem("ZZ-PR-4", world.zezhou(), "ZZ", null, DAY.plusDays(10))));
            world.problems().record(world.actor("zz.publisher"), problem("ZZ-PR-4", world.zezhou(), "ZZ", null, DAY.plusDays(10)));
            assertKey("rectification.problemCode.exists", () -> world.problems().record(world.actor("zz.publisher"),
                    problem("ZZ-PR-4", world.zezhou(), "ZZ", null, DAY.plusDays(10))));
            assertKey("accountability.problem.unknown", () -> world.accountability().record(world.actor("zz.publisher"),
                    decision("ZZ-AC-2", world.zezhou(), "NO-SUCH-PROBLEM", null)));
            assertKey("accountability.hazard.unknown", () -> world.accountability().record(world.actor("zz.publisher"),
                    decision("ZZ-AC-2", world.zezhou(), null, "NO-SUCH-HAZARD")));
            assertThrows(AccessDeniedException.class, () -> world.accountability().record(world.actor("gp.publisher"),
                    decision("ZZ-AC-2", world.zezhou(), "ZZ-PR-4", null)));
            world.accountability().record(world.actor("zz.publisher"), decision("ZZ-AC-2", world.zezhou(), "ZZ-PR-4", null));
            assertKey("accountability.decisionCode.exists", () -> world.accountability().record(world.actor("zz.publisher"),
                    decision("ZZ-AC-2", world.zezhou(), "ZZ-PR-4", null)));
            assertEquals(1, world.accountability().count(new AccountabilityFilter("INTERVIEW")));
            assertEquals(0, world.accountability().count(new AccountabilityFilter("REFERRED")));
            assertKey("accountability.measure.unknown", () -> world.accountability().count(new AccountabilityFilter("FIRED")));
            assertEquals(1, world.problems().workOf(world.actor("zz.publisher")).size());
            assertEquals(0, world.problems().workOf(world.actor("gp.publisher")).size());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theExportsCarryTheFilteredEntriesWithTheirLinks_andRefuseMoreThanAFileHolds(String kind) {
        try (World world = World.start(kind)) {
            world.listHazard("ZZ-HZ-5");
            world.problems().record(world.actor("zz.publisher"), problem("ZZ-PR-5", world.zezhou(), "ZZ", "ZZ-HZ-5", DAY.plusDays(10)));
            world.problems().record(world.actor("zz.publisher"), problem("ZZ-PR-6", world.zezhou(), "ZZ", null, DAY.plusDays(60)));
            world.accountability().record(world.actor("zz.publisher"), decision("ZZ-AC-5", world.zezhou(), "ZZ-PR-5", "ZZ-HZ-5"));
            Clock clock = world.bean(Clock.class);

            String csv = new String(new ProblemExports(world.problems(), clock, 10)
                    .export(new ProblemFilter(null, null, ProblemFilter.OVERDUE), ExportFormat.CSV, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);
            String decisions = new String(new AccountabilityExports(world.accountability(), clock, 10)
                    .export(AccountabilityFilter.all(), ExportFormat.JSON, SupportedLocales.CHINESE).bytes(), StandardCharsets.UTF_8);

            assertTrue(csv.contains("ZZ-PR-5") && csv.contains("ZZ-HZ-5"), csv);
            assertFalse(csv.contains("ZZ-PR-6"), "only the overdue one: " + csv);
            assertTrue(decisions.contains("\"heldPost\":\"安全生产分管负责人\"") && decisions.contains("\"problem\":\"ZZ-PR-5\""), decisions);
            assertKey("rectification.export.tooMany", () -> new ProblemExports(world.problems(), clock, 1)
                    .export(ProblemFilter.all(), ExportFormat.CSV, SupportedLocales.CHINESE));
        }
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
