package org.safetyportal.content.majorhazards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.inspection.CreditCode;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.CountyEmergencyWorld;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class MajorHazardRegisterTest {

    private static final String ZEZHOU_COAL = "91140525MA0DEM001P";
    private static final FiveImplementations FIVE = new FiveImplementations("探放水，疏放积水 💧", "企业主要负责人",
            "企业自筹380万元", "90日内", "透水事故专项应急预案");

    /** Zezhou's and Gaoping's emergency bureaus and their staff ({@link CountyEmergencyWorld}), with the register. */
    private record World(TestWorld world, int zezhou, int gaoping) implements CountyEmergencyWorld {

        static World start(String kind) {
            return CountyEmergencyWorld.start(kind, Instant.parse("2026-11-28T04:00:00.5Z"), World::new);
        }

        MajorHazardRegister register() {
            return bean(MajorHazardRegister.class);
        }
    }

    static NewMajorHazard hazard(String code, int department, String area, LocalDate listed, LocalDate deadline) {
        return new NewMajorHazard(code, department, "采空区积水不清，存在透水隐患", "泽州县示例煤业有限公司", ZEZHOU_COAL, area,
                "COAL_MINE", listed, deadline, FIVE);
    }

    /** Listed, rectifying, rectified and closed: four ledger entries, one per publication. */
    private static MajorHazard listAndClose(World world, String code, String lister, String reviewer) {
        MajorHazardRegister register = world.register();
        register.list(world.actor(lister), hazard(code, world.zezhou(), "ZZ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
        register.recordStep(world.actor("zz.publisher"), code, StatusChange.progress(HazardStatus.RECTIFYING, LocalDate.of(2026, 9, 5), "开始探放水"));
        register.recordStep(world.actor("zz.publisher"), code,
                StatusChange.progress(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, LocalDate.of(2026, 11, 20), "疏放完成"));
        return register.recordStep(world.actor(reviewer), code,
                new StatusChange(HazardStatus.CLOSED, LocalDate.of(2026, 11, 27), "验收合格，同意销号", "王示例", "泽州县应急管理局", SignerRole.DEPARTMENT_PRINCIPAL));
    }

    @OnEveryTestDatabase
    void whoeverRecordedTheRectification_mayNotAcceptIt_evenIfSomeoneElseListedTheHazard(String kind) {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            LocalDate day = LocalDate.of(2026, 11, 2);
            register.list(world.actor("zz.publisher"), hazard("ZZ-HZ-3", world.zezhou(), "ZZ", day, day.plusDays(60)));
            register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-3", StatusChange.progress(HazardStatus.RECTIFYING, day, "整改"));
            // The account holding both roles declares the rectification done ...
            register.recordStep(world.actor("zz.both"), "ZZ-HZ-3",
                    StatusChange.progress(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, day.plusDays(3), "已整改"));
            StatusChange close = new StatusChange(HazardStatus.CLOSED, day.plusDays(4), "验收合格", "王示例", "泽州县应急管理局", SignerRole.DEPARTMENT_PRINCIPAL);

            // ... and may not then accept its own declaration.
            assertKey("hazards.signOff.rectifier", () -> register.recordStep(world.actor("zz.both"), "ZZ-HZ-3", close));
            assertEquals(List.of(), register.nextSteps(world.actor("zz.both"), register.byCode("ZZ-HZ-3").orElseThrow()));
            assertEquals(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, register.byCode("ZZ-HZ-3").orElseThrow().status());
            assertEquals(HazardStatus.CLOSED, register.recordStep(world.actor("zz.reviewer"), "ZZ-HZ-3", close).status());
        }
    }

    @OnEveryTestDatabase
    void aReviewerDisabledWhileThePageWasOpen_cannotSignOff(String kind) {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            LocalDate day = LocalDate.of(2026, 11, 2);
            register.list(world.actor("zz.publisher"), hazard("ZZ-HZ-4", world.zezhou(), "ZZ", day, day.plusDays(60)));
            register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-4", StatusChange.progress(HazardStatus.RECTIFYING, day, "整改"));
            register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-4",
                    StatusChange.progress(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, day.plusDays(3), "已整改"));
            var reviewerAsThePageHoldsThem = world.actor("zz.reviewer");

            world.disable("zz.reviewer");

            assertThrows(AccessDeniedException.class, () -> register.recordStep(reviewerAsThePageHoldsThem, "ZZ-HZ-4",
                    new StatusChange(HazardStatus.CLOSED, day.plusDays(4), "验收合格", "王示例", "泽州县应急管理局", SignerRole.DEPARTMENT_PRINCIPAL)));
            assertEquals(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, register.byCode("ZZ-HZ-4").orElseThrow().status());
        }
    }

    @OnEveryTestDatabase
    void publisherListsAndRecordsProgress_reviewerSignsOff_everyStepInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            MajorHazard closed = listAndClose(world, "ZZ-HZ-1", "zz.publisher", "zz.reviewer");

            assertEquals(HazardStatus.CLOSED, closed.status());
            assertFalse(closed.overdue());
            assertEquals(List.of(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, HazardStatus.CLOSED),
                    closed.history().stream().map(HazardEvent::status).toList());
            HazardEvent signOff = closed.closing().orElseThrow();
            assertEquals("王示例", signOff.signedOffBy());
            assertEquals("泽州县应急管理局", signOff.signedOffUnit());
            assertEquals(LocalDate.of(2026, 11, 27), signOff.date());
            assertEquals("zz.reviewer", signOff.recordedBy());
            assertEquals("探放水，疏放积水 💧", closed.fiveImplementations().measures());
            assertEquals(Instant.parse("2026-11-28T04:00:00Z"), closed.listedAt());
            assertEquals(4, world.ledger().size());
            assertEquals(MajorHazardRegister.LEDGER_LISTED, world.ledger().entriesFor(closed.ledgerSubject()).get(0).eventType());
            assertEquals(closed.contentHash(), world.ledger().entriesFor(closed.ledgerSubject()).get(0).contentHash());
            assertEquals(signOff.contentHash(), world.ledger().entriesFor(signOff.ledgerSubject()).get(0).contentHash());
            assertEquals(MajorHazardRegister.LEDGER_STATUS, world.ledger().entriesFor(signOff.ledgerSubject()).get(0).eventType());
            assertTrue(world.ledger().verify().intact());
            assertKey("hazards.status.notAllowed", () -> world.register().recordStep(world.actor("zz.publisher"), "ZZ-HZ-1",
                    StatusChange.progress(HazardStatus.RECTIFYING, LocalDate.of(2026, 11, 28), "再整改")));
        }
    }

    @OnEveryTestDatabase
    void twoStepsRecordedAtTheSameMoment_areTakenOneAfterTheOther(String kind) throws Exception {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            register.list(world.actor("zz.publisher"),
                    hazard("ZZ-HZ-9", world.zezhou(), "ZZ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<MajorHazard>> steps = new ArrayList<>();
                for (String note : List.of("第一组开始探放水", "第二组开始探放水")) {
                    steps.add(pool.submit(() -> {
                        start.await();
                        return register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-9",
                                StatusChange.progress(HazardStatus.RECTIFYING, LocalDate.of(2026, 9, 5), note));
                    }));
                }
                start.countDown();
                for (Future<MajorHazard> step : steps) {
                    step.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            MajorHazard hazard = register.byCode("ZZ-HZ-9").orElseThrow();
            assertEquals(2, hazard.history().size());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void onlyAReviewerWhoDidNotListItSignsOff_andOnlyTheListingDepartmentActs(String kind) {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            LocalDate day = LocalDate.of(2026, 11, 2);
            register.list(world.actor("zz.both"), hazard("ZZ-HZ-2", world.zezhou(), "ZZ", day, day.plusDays(60)));
            register.recordStep(world.actor("zz.both"), "ZZ-HZ-2", StatusChange.progress(HazardStatus.RECTIFYING, day, "整改"));
            register.recordStep(world.actor("zz.both"), "ZZ-HZ-2",
                    StatusChange.progress(HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, day.plusDays(1), "完成"));
            StatusChange close = new StatusChange(HazardStatus.CLOSED, day.plusDays(2), "合格", "王示例", "泽州县应急管理局", SignerRole.DEPARTMENT_PRINCIPAL);

            assertKey("hazards.signOff.rectifier", () -> register.recordStep(world.actor("zz.both"), "ZZ-HZ-2", close));
            assertThrows(AccessDeniedException.class, () -> register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-2", close));
            assertEquals(List.of(), register.nextSteps(world.actor("zz.both"), register.byCode("ZZ-HZ-2").orElseThrow()));
            assertEquals(List.of(HazardStatus.RECTIFYING, HazardStatus.CLOSED),
                    register.nextSteps(world.actor("zz.reviewer"), register.byCode("ZZ-HZ-2").orElseThrow()));
            assertThrows(AccessDeniedException.class, () -> register.list(world.actor("gp.publisher"),
                    hazard("ZZ-HZ-3", world.zezhou(), "ZZ", day, day)));
            assertThrows(AccessDeniedException.class, () -> register.list(world.actor("zz.reviewer"),
                    hazard("ZZ-HZ-3", world.zezhou(), "ZZ", day, day)));
            assertKey("hazards.area.outsideDepartment", () -> register.list(world.actor("zz.publisher"),
                    hazard("ZZ-HZ-3", world.zezhou(), "GP", day, day)));
            assertKey("hazards.registerCode.exists", () -> register.list(world.actor("zz.publisher"),
                    hazard("ZZ-HZ-2", world.zezhou(), "ZZ", day, day)));
            assertKey("hazards.unknown", () -> register.recordStep(world.actor("zz.publisher"), "NOPE", close));
            StatusChange unsigned = new StatusChange(HazardStatus.CLOSED, day.plusDays(2), "合格", "王示例", "泽州县应急管理局", null);
            assertKey("hazards.signOff.roleRequired", () -> register.recordStep(world.actor("zz.reviewer"), "ZZ-HZ-2", unsigned));
            assertEquals(3, world.ledger().size(), "nothing refused reached the ledger");

            MajorHazard closed = register.recordStep(world.actor("zz.reviewer"), "ZZ-HZ-2", close);
            assertEquals(HazardStatus.CLOSED, closed.status());
            assertEquals(SignerRole.DEPARTMENT_PRINCIPAL, closed.closing().orElseThrow().signerRole(),
                    "the sign-off states the role it was signed in");
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theRegisterIsFilteredByCountySectorStatusOverdueAndYear(String kind) {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            listAndClose(world, "ZZ-HZ-1", "zz.publisher", "zz.reviewer");
            register.list(world.actor("zz.publisher"), hazard("ZZ-HZ-2", world.zezhou(), "ZZ", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1)));
            register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-2", StatusChange.progress(HazardStatus.RECTIFYING, LocalDate.of(2026, 1, 5), "整改中"));
            register.list(world.actor("gp.publisher"), new NewMajorHazard("GP-HZ-1", world.gaoping(), "熔融金属吊运", "高平市示例铸造有限公司",
                    "91140581MA0DEM008G", "GP", "METALLURGY_MANUFACTURING", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), FIVE));

            assertEquals(List.of("GP-HZ-1", "ZZ-HZ-1", "ZZ-HZ-2"), codes(register.search(HazardFilter.all(), 0, 10)));
            assertEquals(List.of("ZZ-HZ-1", "ZZ-HZ-2"), codes(register.search(new HazardFilter("ZZ", null, null, null, null), 0, 10)));
            assertEquals(List.of("GP-HZ-1"), codes(register.search(new HazardFilter(null, "METALLURGY_MANUFACTURING", null, null, null), 0, 10)));
            assertEquals(List.of("ZZ-HZ-2"), codes(register.search(new HazardFilter(null, null, null, HazardFilter.OVERDUE, null), 0, 10)));
            assertEquals(List.of("ZZ-HZ-2"), codes(register.search(new HazardFilter(null, null, null, "RECTIFYING", null), 0, 10)));
            assertEquals(List.of("GP-HZ-1"), codes(register.search(new HazardFilter(null, null, null, "LISTED", null), 0, 10)));
            assertEquals(List.of("ZZ-HZ-1"), codes(register.search(new HazardFilter(null, null, null, "CLOSED", null), 0, 10)));
            assertEquals(List.of("ZZ-HZ-2"), codes(register.search(new HazardFilter(null, null, null, null, 2025), 0, 10)));
            assertEquals(List.of("ZZ-HZ-1"), codes(register.search(HazardFilter.all(), 1, 1)), "paged");
            assertEquals(3, register.count(HazardFilter.all()));
            assertEquals(1, register.count(new HazardFilter(null, null, null, HazardFilter.OVERDUE, null)));
            assertTrue(register.byCode("ZZ-HZ-2").orElseThrow().overdue());
            assertEquals(List.of("ZZ-HZ-1", "ZZ-HZ-2"), codes(register.byCreditCode(ZEZHOU_COAL)));
            assertEquals(List.of(), register.byCreditCode("91140525MA0DEM001Q"));
            assertEquals(List.of(2026, 2025), register.listingYears());
            assertKey("hazards.status.unknown", () -> register.search(new HazardFilter(null, null, null, "NOPE", null), 0, 10));
            assertKey("hazards.area.unknown", () -> register.count(new HazardFilter("XX", null, null, null, null)));
        }
    }

    @OnEveryTestDatabase
    void editingAListingOrAStepInTheDatabase_isCaughtByTheLedger(String kind) {
        try (World world = World.start(kind)) {
            MajorHazard closed = listAndClose(world, "ZZ-HZ-1", "zz.publisher", "zz.reviewer");
            long listingSeq = world.ledger().entriesFor(closed.ledgerSubject()).get(0).seq();
            HazardEvent signOff = closed.closing().orElseThrow();
            long signOffSeq = world.ledger().entriesFor(signOff.ledgerSubject()).get(0).seq();
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE major_hazard_event SET signed_off_by = ? WHERE id = ?", "李示例", signOff.id());
            LedgerVerification afterStep = world.ledger().verify();
            assertFalse(afterStep.intact());
            assertEquals(signOffSeq, afterStep.firstBrokenSeq());
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, afterStep.problem());

            world.database().dsl().execute("UPDATE major_hazard SET deadline = ? WHERE id = ?", LocalDate.of(2027, 6, 30), closed.id());
            LedgerVerification afterListing = world.ledger().verify();
            assertEquals(listingSeq, afterListing.firstBrokenSeq(), "the first broken entry is the listing");
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, afterListing.problem());
        }
    }

    @OnEveryTestDatabase
    void aHazardNotRectifiedByItsDeadline_isReferredForInvestigationOnce_withItsReason_andRectificationGoesOn(String kind) {
        try (World world = World.start(kind)) {
            MajorHazardRegister register = world.register();
            LocalDate listed = LocalDate.of(2026, 9, 1);
            register.list(world.actor("zz.publisher"), hazard("ZZ-HZ-8", world.zezhou(), "ZZ", listed, LocalDate.of(2026, 10, 31)));
            register.list(world.actor("zz.publisher"), hazard("ZZ-HZ-9", world.zezhou(), "ZZ", listed, LocalDate.of(2026, 12, 31)));
            register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-8", StatusChange.progress(HazardStatus.RECTIFYING, listed.plusDays(3), "开始整改"));

            assertEquals(List.of(HazardStatus.RECTIFYING, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, HazardStatus.REFERRED_FOR_INVESTIGATION),
                    register.nextSteps(world.actor("zz.publisher"), register.byCode("ZZ-HZ-8").orElseThrow()), "offered once overdue");
            assertEquals(List.of(HazardStatus.RECTIFYING),
                    register.nextSteps(world.actor("zz.publisher"), register.byCode("ZZ-HZ-9").orElseThrow()), "not before");
            assertKey("hazards.investigation.notOverdue", () -> register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-9",
                    StatusChange.progress(HazardStatus.REFERRED_FOR_INVESTIGATION, LocalDate.of(2026, 11, 20), "（示例）拒不整改")));
            assertKey("hazards.investigation.notOverdue", () -> register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-8",
                    StatusChange.progress(HazardStatus.REFERRED_FOR_INVESTIGATION, LocalDate.of(2026, 10, 31), "（示例）期限当日")));
            MajorHazard referred = register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-8",
                    StatusChange.progress(HazardStatus.REFERRED_FOR_INVESTIGATION, LocalDate.of(2026, 11, 20), "（示例）逾期未整改"));

            assertEquals(HazardStatus.REFERRED_FOR_INVESTIGATION, referred.status());
            assertTrue(referred.overdue(), "still not rectified");
            HazardEvent referral = referred.investigation().orElseThrow();
            assertEquals("（示例）逾期未整改", referral.note());
            assertEquals(referral.contentHash(), world.ledger().entriesFor(referral.ledgerSubject()).get(0).contentHash());
            MajorHazard goingOn = register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-8",
                    StatusChange.progress(HazardStatus.RECTIFYING, LocalDate.of(2026, 11, 25), "继续整改"));
            assertEquals(HazardStatus.RECTIFYING, goingOn.status());
            assertEquals(referral, goingOn.investigation().orElseThrow(), "the referral stays on the record");
            assertKey("hazards.investigation.already", () -> register.recordStep(world.actor("zz.publisher"), "ZZ-HZ-8",
                    StatusChange.progress(HazardStatus.REFERRED_FOR_INVESTIGATION, LocalDate.of(2026, 11, 27), "（示例）再次")));
            assertEquals(List.of(), register.search(new HazardFilter(null, null, null, "REFERRED_FOR_INVESTIGATION", null), 0, 10),
                    "the status filter is the current status; the referral stays in the history");
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationListingsArePublishedOnce_someClosed_someOverdue(String kind) {
        try (World world = World.start(kind)) {
            DemoHazards demo = world.context().getBean(DemoHazards.class);
            int listed = demo.publishIfNoneExist();

            assertTrue(listed >= 8 && listed <= 12, "listed: " + listed);
            assertEquals(0, demo.publishIfNoneExist(), "never twice");
            List<MajorHazard> all = world.register().search(HazardFilter.all(), 0, 100);
            assertEquals(listed, all.size());
            assertTrue(all.stream().allMatch(h -> h.enterpriseName().contains("示例") && CreditCode.isValid(h.creditCode())));
            assertTrue(all.stream().filter(h -> h.status() == HazardStatus.CLOSED).count() >= 3);
            assertTrue(all.stream().filter(h -> h.status() == HazardStatus.CLOSED)
                    .allMatch(h -> h.closing().orElseThrow().signedOffBy().contains("示例")
                            && h.closing().orElseThrow().signerRole() == SignerRole.DEPARTMENT_PRINCIPAL));
            List<MajorHazard> referred = all.stream().filter(h -> h.investigation().isPresent()).toList();
            assertEquals(1, referred.size(), "one demo hazard not rectified as required is investigated as an accident");
            assertTrue(referred.get(0).overdue());
            assertTrue(all.stream().anyMatch(h -> h.status() == HazardStatus.RECTIFYING && !h.overdue()));
            long overdue = all.stream().filter(MajorHazard::overdue).count();
            assertTrue(overdue >= 1 && overdue <= 2, "overdue: " + overdue);
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theFeedReadsTheLedger_theListingAndEachStepAnEntry_newestFirst(String kind) {
        try (World world = World.start(kind)) {
            MajorHazard closed = listAndClose(world, "ZZ-HZ-1", "zz.publisher", "zz.reviewer");

            List<HazardPublication> feed = world.register().recentPublications(10);

            assertEquals(List.of(HazardStatus.CLOSED, HazardStatus.RECTIFIED_PENDING_ACCEPTANCE, HazardStatus.RECTIFYING),
                    feed.subList(0, 3).stream().map(p -> p.rectificationStep().orElseThrow().status()).toList());
            assertTrue(feed.get(3).rectificationStep().isEmpty(), "the listing comes last");
            assertEquals(closed.ledgerSubject(), feed.get(3).entry().subject());
            assertEquals(closed.contentHash(), feed.get(3).entry().contentHash());
            assertEquals(4, feed.size());
            assertTrue(feed.stream().allMatch(p -> p.hazard().registerCode().equals("ZZ-HZ-1")));
            assertEquals(List.of(MajorHazardRegister.LEDGER_STATUS, MajorHazardRegister.LEDGER_LISTED),
                    List.of(feed.get(0).entry().eventType(), feed.get(3).entry().eventType()));
            assertEquals(2, world.register().recentPublications(2).size(), "at most the limit");
        }
    }

    private static List<String> codes(List<MajorHazard> hazards) {
        return hazards.stream().map(MajorHazard::registerCode).toList();
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
