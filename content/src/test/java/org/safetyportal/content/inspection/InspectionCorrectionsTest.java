package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.function.Executable;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.LedgerVerification;
import org.safetyportal.content.testing.CountyEmergencyWorld;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

/** Corrections and rectification-status events: new immutable rows in the ledger, never an update of the record. */
class InspectionCorrectionsTest {

    private static final String COAL = "91140525MA0DEM001P";
    private static final LocalDate INSPECTED = LocalDate.of(2026, 10, 1);

    private record World(TestWorld world, int zezhou, int gaoping) implements CountyEmergencyWorld {

        static World start(String kind) {
            return CountyEmergencyWorld.start(kind, Instant.parse("2026-11-28T04:00:00Z"), World::new);
        }

        InspectionRegister register() {
            return bean(InspectionRegister.class);
        }

        /** ZZ-1: coal mine in Zezhou, inspected 1 October, rectify by 31 October (so overdue on 28 November). */
        InspectionRecord publishOne() {
            return register().publish(actor("zz.publisher"), InspectionRegisterTest.record("ZZ-1", zezhou, COAL, "ZZ",
                    "COAL_MINE", INSPECTED, INSPECTED.plusDays(5)));
        }
    }

    private static InspectionFacts withFineAndSector(InspectionRecord r, BigDecimal fine, String sector) {
        InspectionFacts f = InspectionFacts.of(r);
        return new InspectionFacts(f.kind(), f.enterpriseName(), f.creditCode(), f.areaCode(), sector, f.inspectionDate(),
                f.findings(), f.violationBasis(), f.violationDescription(), f.measures(), f.decisionNo(), fine,
                f.rectificationDeadline(), f.decisionDate());
    }

    @OnEveryTestDatabase
    void aCorrectionIsANewLedgerEntry_thePublicReadsTheCorrectedValues_andTheOriginalStaysAsPublished(String kind) {
        try (World world = World.start(kind)) {
            InspectionRecord published = world.publishOne();
            world.clock().advance(Duration.ofHours(2));

            InspectionRecord corrected = world.register().correct(world.actor("zz.publisher"), "ZZ-1",
                    withFineAndSector(published, new BigDecimal("2000"), "HAZARDOUS_CHEMICALS"), "罚款金额录入错误");

            assertEquals(new BigDecimal("2000.00"), corrected.fineAmount());
            assertEquals("HAZARDOUS_CHEMICALS", corrected.sector().code());
            assertTrue(corrected.corrected());
            assertEquals("罚款金额录入错误", corrected.correction().reason());
            assertEquals(Instant.parse("2026-11-28T06:00:00Z"), corrected.correction().correctedAt());
            assertEquals(published.contentHash(), corrected.contentHash(), "the record's own hash is the first publication's");

            InspectionHistory history = world.register().history("ZZ-1").orElseThrow();
            assertEquals(new BigDecimal("12345.50"), history.original().fineAmount());
            assertEquals("COAL_MINE", history.original().sector().code());
            assertEquals(1, history.corrections().size());
            assertEquals(List.of("sector", "fineAmount"), InspectionFacts.of(history.original())
                    .changesTo(history.corrections().get(0).facts()).stream().map(InspectionFacts.Change::field).toList());

            String subject = history.corrections().get(0).ledgerSubject();
            assertTrue(subject.startsWith("inspection-correction:"), subject);
            assertEquals(InspectionRegister.CORRECTION_EVENT, world.ledger().entriesFor(subject).get(0).eventType());
            assertEquals(history.corrections().get(0).contentHash(), world.ledger().entriesFor(subject).get(0).contentHash());
            assertTrue(world.ledger().verify().intact());

            InspectionFilter chemicals = new InspectionFilter(null, "HAZARDOUS_CHEMICALS", null, null, null);
            assertEquals(List.of("ZZ-1"), world.register().search(chemicals, 0, 10).stream().map(InspectionRecord::recordCode).toList(),
                    "filters use the values in force");
            assertEquals(0, world.register().count(new InspectionFilter(null, "COAL_MINE", null, null, null)));
            assertEquals(2, world.register().latestEvents(10).size());
            assertEquals(InspectionEvent.Type.CORRECTED, world.register().latestEvents(10).get(0).type());
        }
    }

    @OnEveryTestDatabase
    void aCorrectionIsRefusedWithoutAReason_withoutAChange_withBadValues_orOutsideTheDepartment(String kind) {
        try (World world = World.start(kind)) {
            InspectionRecord published = world.publishOne();
            InspectionFacts same = InspectionFacts.of(published);
            InspectionFacts badCode = new InspectionFacts(same.kind(), same.enterpriseName(), "91140525MA0DEM001Q",
                    same.areaCode(), same.sectorCode(), same.inspectionDate(), same.findings(), same.violationBasis(),
                    same.violationDescription(), same.measures(), same.decisionNo(), same.fineAmount(),
                    same.rectificationDeadline(), same.decisionDate());
            InspectionFacts changed = withFineAndSector(published, BigDecimal.TEN, "COAL_MINE");

            assertKey("inspections.correction.reasonRequired", () -> world.register().correct(world.actor("zz.publisher"), "ZZ-1", changed, " "));
            assertKey("inspections.correction.nothingChanged", () -> world.register().correct(world.actor("zz.publisher"), "ZZ-1", same, "无"));
            assertKey("inspections.creditCode.invalid", () -> world.register().correct(world.actor("zz.publisher"), "ZZ-1", badCode, "代码"));
            assertKey("inspections.record.unknown", () -> world.register().correct(world.actor("zz.publisher"), "ZZ-9", changed, "代码"));
            assertThrows(AccessDeniedException.class, () -> world.register().correct(world.actor("gp.publisher"), "ZZ-1", changed, "越权"));
            assertThrows(AccessDeniedException.class, () -> world.register().correct(world.actor("zz.reviewer"), "ZZ-1", changed, "无权"));
            assertEquals(1, world.ledger().size(), "nothing refused reached the ledger");
        }
    }

    @OnEveryTestDatabase
    void overdueIsDerived_andRectificationIsAStatusEvent_neverAnUpdateOfTheRecord(String kind) {
        try (World world = World.start(kind)) {
            InspectionRecord published = world.publishOne();
            assertEquals(RectificationStatus.OVERDUE, published.rectificationStatus(), "deadline 31 October has passed");
            InspectionFilter overdue = new InspectionFilter(null, null, null, null, null, null, RectificationStatus.OVERDUE);
            InspectionFilter pending = new InspectionFilter(null, null, null, null, null, null, RectificationStatus.PENDING);
            InspectionFilter rectified = new InspectionFilter(null, null, null, null, null, null, RectificationStatus.RECTIFIED);
            assertEquals(1, world.register().count(overdue));
            assertEquals(0, world.register().count(pending));
            assertKey("inspections.status.dateOutOfRange", () -> world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1",
                    RectificationStatus.RECTIFIED, LocalDate.of(2026, 12, 1), null));
            assertKey("inspections.status.notAllowed", () -> world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1",
                    RectificationStatus.OVERDUE, LocalDate.of(2026, 11, 20), null));

            InspectionRecord done = world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1",
                    RectificationStatus.RECTIFIED, LocalDate.of(2026, 11, 20), "复查合格");

            assertEquals(RectificationStatus.RECTIFIED, done.rectificationStatus());
            assertEquals(LocalDate.of(2026, 11, 20), done.rectifiedOn());
            assertEquals(0, world.register().count(overdue));
            assertEquals(1, world.register().count(rectified));
            assertEquals(RectificationStatus.PENDING, world.register().history("ZZ-1").orElseThrow().original().rectificationStatus(),
                    "the record as published still says PENDING");
            assertKey("inspections.status.notAllowed", () -> world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1",
                    RectificationStatus.RECTIFIED, LocalDate.of(2026, 11, 21), null));
            String subject = done.statusEvent().ledgerSubject();
            assertTrue(subject.startsWith("inspection-status:"), subject);
            assertEquals(InspectionRegister.STATUS_EVENT, world.ledger().entriesFor(subject).get(0).eventType());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void theSameRecordPublishedTwiceAtTheSameMoment_isPublishedOnce_theSecondRefusedInWords(String kind) throws Exception {
        try (World world = World.start(kind)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<String> refusals = new ArrayList<>();
            try {
                List<Future<InspectionRecord>> publications = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    publications.add(pool.submit(() -> {
                        start.await();
                        return world.publishOne();
                    }));
                }
                start.countDown();
                for (Future<InspectionRecord> publication : publications) {
                    try {
                        publication.get(60, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        refusals.add(((ValidationException) e.getCause()).messageKey());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of("inspections.recordCode.exists"), refusals);
            assertEquals(1, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void ofTwoRectificationsRecordedAtTheSameMoment_theSecondIsRefusedInWords(String kind) throws Exception {
        try (World world = World.start(kind)) {
            world.publishOne();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<InspectionRecord>> changes = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    changes.add(pool.submit(() -> {
                        start.await();
                        return world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1",
                                RectificationStatus.RECTIFIED, LocalDate.of(2026, 11, 20), "复查合格");
                    }));
                }
                start.countDown();
                List<String> refusals = new ArrayList<>();
                int done = 0;
                for (Future<InspectionRecord> change : changes) {
                    try {
                        change.get(60, TimeUnit.SECONDS);
                        done++;
                    } catch (ExecutionException e) {
                        refusals.add(((ValidationException) e.getCause()).messageKey());
                    }
                }
                assertEquals(1, done);
                assertEquals(List.of("inspections.status.notAllowed"), refusals);
            } finally {
                pool.shutdownNow();
            }
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void anOverdueStatusIsNeverPublished_andRecordCodesAreSafeForAddresses(String kind) {
        try (World world = World.start(kind)) {
            NewInspectionRecord good = InspectionRegisterTest.record("ZZ-1", world.zezhou(), COAL, "ZZ", "COAL_MINE", INSPECTED, INSPECTED);
            NewInspectionRecord overdue = new NewInspectionRecord("ZZ-2", good.kind(), good.departmentId(), good.enterpriseName(),
                    good.creditCode(), good.areaCode(), good.sectorCode(), good.inspectionDate(), good.findings(),
                    good.violationBasis(), good.violationDescription(), good.measures(), good.decisionNo(), good.fineAmount(),
                    good.rectificationDeadline(), RectificationStatus.OVERDUE, good.decisionDate(), good.publishedElsewhereOn());
            NewInspectionRecord slash = InspectionRegisterTest.record("ZZ/3", world.zezhou(), COAL, "ZZ", "COAL_MINE", INSPECTED, INSPECTED);

            assertKey("inspections.rectification.overdueDerived", () -> world.register().publish(world.actor("zz.publisher"), overdue));
            assertKey("inspections.recordCode.pattern", () -> world.register().publish(world.actor("zz.publisher"), slash));
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void theVerifierCatchesACorrectionOrStatusEventEditedInTheDatabase(String kind) {
        try (World world = World.start(kind)) {
            InspectionRecord published = world.publishOne();
            InspectionRecord corrected = world.register().correct(world.actor("zz.publisher"), "ZZ-1",
                    withFineAndSector(published, new BigDecimal("2000"), "COAL_MINE"), "罚款金额录入错误");
            world.register().changeStatus(world.actor("zz.publisher"), "ZZ-1", RectificationStatus.RECTIFIED,
                    LocalDate.of(2026, 11, 20), null);
            assertTrue(world.ledger().verify().intact());

            world.database().dsl().execute("UPDATE inspection_correction SET fine_amount = 20.00 WHERE id = ?",
                    corrected.correction().id());

            LedgerVerification verification = world.ledger().verify();
            assertFalse(verification.intact());
            assertEquals(2L, verification.firstBrokenSeq(), "the correction is the second entry");
            assertEquals(LedgerVerification.Problem.CONTENT_CHANGED, verification.problem());
            assertNull(verification.headHash());

            world.database().dsl().execute("UPDATE inspection_correction SET fine_amount = 2000.00 WHERE id = ?",
                    corrected.correction().id());
            assertTrue(world.ledger().verify().intact());
            world.database().dsl().execute("UPDATE inspection_status_event SET status_date = '2026-11-01'");
            assertEquals(3L, world.ledger().verify().firstBrokenSeq());
        }
    }

    private static void assertKey(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
