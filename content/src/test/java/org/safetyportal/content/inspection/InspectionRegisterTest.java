package org.safetyportal.content.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.account.Actor;
import org.safetyportal.content.account.RoleGrant;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.testing.CountyEmergencyWorld;
import org.safetyportal.content.testing.MutableClock;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestWorld;

class InspectionRegisterTest {

    private static final String ZEZHOU_COAL = "91140525MA0DEM001P";
    private static final String ZEZHOU_CHEMICALS = "91140525MA0DEM002T";

    /** Zezhou's and Gaoping's emergency bureaus and their staff ({@link CountyEmergencyWorld}), with the register. */
    private record World(TestWorld world, int zezhou, int gaoping) implements CountyEmergencyWorld {

        static World start(String kind) {
            return CountyEmergencyWorld.start(kind, Instant.parse("2026-11-28T04:00:00.5Z"), World::new);
        }

        InspectionRegister register() {
            return bean(InspectionRegister.class);
        }
    }

    static NewInspectionRecord record(String code, int department, String creditCode, String area, String sector,
            LocalDate inspected, LocalDate published) {
        return new NewInspectionRecord(code, InspectionKind.ENFORCEMENT, department, "泽州县示例煤业有限公司", creditCode, area,
                sector, inspected, "未按规定开展隐患排查 🔍", "《安全生产法》第一百零二条", "隐患排查不到位", "责令限期整改，罚款",
                "泽应急罚〔2026〕1号", new BigDecimal("12345.5"), inspected.plusDays(30), RectificationStatus.PENDING,
                inspected, published);
    }

    @OnEveryTestDatabase
    void publisherPublishesARecord_itIsStoredExactly_andInTheLedger(String kind) {
        try (World world = World.start(kind)) {
            InspectionRecord stored = world.register().publish(world.actor("zz.publisher"),
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9)));

            assertEquals("ZZ-1", stored.recordCode());
            assertEquals(new BigDecimal("12345.50"), stored.fineAmount());
            assertEquals("未按规定开展隐患排查 🔍", stored.findings());
            assertEquals("ZZ", stored.area().code());
            assertEquals("zz.publisher", stored.publishedBy());
            assertEquals(Instant.parse("2026-11-28T04:00:00Z"), stored.publishedAt());
            assertFalse(stored.publishedLate());
            assertEquals(1, world.ledger().entriesFor(stored.ledgerSubject()).size());
            assertEquals(InspectionRegister.LEDGER_EVENT, world.ledger().entriesFor(stored.ledgerSubject()).get(0).eventType());
            assertEquals(stored.contentHash(), world.ledger().entriesFor(stored.ledgerSubject()).get(0).contentHash());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void badInputIsRefusedWithAReason(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("zz.publisher");
            LocalDate day = LocalDate.of(2026, 11, 2);
            NewInspectionRecord good = record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day);

            assertKey("inspections.creditCode.invalid", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), "91140525MA0DEM001Q", "ZZ", "COAL_MINE", day, day)));
            assertKey("inspections.area.unknown", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "JC", "COAL_MINE", day, day)));
            assertKey("inspections.area.outsideDepartment", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "GP", "COAL_MINE", day, day)));
            assertKey("inspections.sector.unknown", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "NOPE", day, day)));
            assertKey("inspections.dates.order", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day.minusDays(1))));
            assertKey("inspections.dates.future", () -> world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, LocalDate.of(2026, 12, 1))));
            assertKey("inspections.fine.invalid", () -> world.register().publish(publisher, withFine(good, new BigDecimal("-1"))));
            assertKey("inspections.fine.invalid", () -> world.register().publish(publisher, withFine(good, new BigDecimal("1.005"))));
            assertKey("inspections.recordCode.required", () -> world.register().publish(publisher, withCode(good, " ")));
            assertKey("inspections.department.unknown", () -> world.register().publish(publisher,
                    record("ZZ-1", 999999, ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day)));

            world.register().publish(publisher, good);
            assertKey("inspections.recordCode.exists", () -> world.register().publish(publisher, good));
            assertEquals(1, world.ledger().size(), "nothing refused reached the ledger");
        }
    }

    @OnEveryTestDatabase
    void aPublisherOfAnotherDepartmentIsRefused(String kind) {
        try (World world = World.start(kind)) {
            LocalDate day = LocalDate.of(2026, 11, 2);
            assertThrows(AccessDeniedException.class, () -> world.register().publish(world.actor("gp.publisher"),
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day)));
            assertTrue(world.register().isEmpty());
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void aPublisherWhoseRoleWasTakenAwayWhileThePageWasOpen_isRefused(String kind) {
        try (World world = World.start(kind)) {
            LocalDate day = LocalDate.of(2026, 11, 2);
            Actor publisherAsThePageHoldsThem = world.actor("zz.publisher");

            world.regrant("zz.publisher", RoleGrant.cityWide("EDUCATOR"));

            assertThrows(AccessDeniedException.class, () -> world.register().publish(publisherAsThePageHoldsThem,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day)));
            assertTrue(world.register().isEmpty());
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void recordsAreFoundByCountySectorDepartmentAndDates_andByEnterprise(String kind) {
        try (World world = World.start(kind)) {
            InspectionRegister register = world.register();
            register.publish(world.actor("zz.publisher"), record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE",
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)));
            // Decided Monday 2 March, published Tuesday 7 April: 26 working days.
            InspectionRecord late = register.publish(world.actor("zz.publisher"), record("ZZ-2", world.zezhou(), ZEZHOU_COAL,
                    "ZZ", "HAZARDOUS_CHEMICALS", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 7)));
            register.publish(world.actor("zz.publisher"), record("ZZ-3", world.zezhou(), ZEZHOU_CHEMICALS, "ZZ",
                    "HAZARDOUS_CHEMICALS", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));
            register.publish(world.actor("gp.publisher"), record("GP-1", world.gaoping(), "91140581MA0DEM007D", "GP",
                    "COAL_MINE", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)));

            assertTrue(late.publishedLate());
            assertEquals(List.of("ZZ-3", "ZZ-1", "ZZ-2"), codes(register.search(new InspectionFilter("ZZ", null, null, null, null), 0, 100)));
            assertEquals(List.of("GP-1", "ZZ-1"), codes(register.search(new InspectionFilter(null, "COAL_MINE", null, null, null), 0, 100)));
            assertEquals(List.of("GP-1"), codes(register.search(new InspectionFilter(null, null, world.gaoping(), null, null), 0, 100)));
            assertEquals(List.of("GP-1"), codes(register.search(new InspectionFilter(null, null, null,
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)), 0, 100)));
            assertEquals(List.of("ZZ-1", "ZZ-2"), codes(register.search(InspectionFilter.all(), 2, 5)), "paged");
            assertEquals(4, register.count(InspectionFilter.all()));
            assertEquals(List.of("ZZ-1", "ZZ-2"), codes(register.byCreditCode(ZEZHOU_COAL)));
            assertEquals(List.of(), register.byCreditCode("91140525MA0DEM001Q"), "an invalid code finds nothing");
            assertKey("inspections.area.unknown", () -> register.search(new InspectionFilter("XX", null, null, null, null), 0, 10));
            assertKey("inspections.filter.dateRange", () -> register.search(new InspectionFilter(null, null, null,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)), 0, 10));
            assertTrue(world.ledger().verify().intact());
        }
    }

    /** Issue 11 item 1: decided 10 August, "published" 12 August as typed on 2 December, when the portal published it. */
    @OnEveryTestDatabase
    void aBackdatedPublicationDate_isOnlyAClaim_andLatenessCountsToThePortalsPublication(String kind) {
        try (World world = World.start(kind)) {
            world.clock().advance(Duration.between(world.clock().instant(), Instant.parse("2026-12-02T01:30:00Z")));
            InspectionRecord stored = world.register().publish(world.actor("zz.publisher"), record("ZZ-9", world.zezhou(),
                    ZEZHOU_COAL, "ZZ", "COAL_MINE", LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 12)));

            assertEquals(LocalDate.of(2026, 12, 2), stored.publicationDate(), "the day the portal published it");
            assertEquals(LocalDate.of(2026, 12, 2), world.bean(CityClock.class)
                    .dateOf(world.ledger().entriesFor(stored.ledgerSubject()).get(0).occurredAt()), "the ledger's day");
            assertEquals(LocalDate.of(2026, 8, 12), stored.publishedElsewhereOn(), "the department's claim, kept as such");
            assertTrue(stored.publishedLate());
            InspectionRecord read = world.register().find("ZZ-9").orElseThrow();
            assertEquals(LocalDate.of(2026, 12, 2), read.publicationDate());
            assertTrue(read.publishedLate());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void aClaimOfPublicationElsewhere_isOptional_butNeverBeforeTheDecisionNorInTheFuture(String kind) {
        try (World world = World.start(kind)) {
            Actor publisher = world.actor("zz.publisher");
            LocalDate day = LocalDate.of(2026, 11, 2);
            InspectionRecord stored = world.register().publish(publisher,
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, null));

            assertEquals(null, stored.publishedElsewhereOn());
            assertEquals(LocalDate.of(2026, 11, 28), stored.publicationDate());
            assertKey("inspections.dates.order", () -> world.register().publish(publisher,
                    record("ZZ-2", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", day, day.minusDays(1))));
            assertKey("inspections.dates.future", () -> world.register().publish(publisher,
                    record("ZZ-2", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", LocalDate.of(2026, 11, 29), null)));
            assertTrue(world.ledger().verify().intact());
        }
    }

    /** Decided Monday 21 September 2026: 中秋节 (25 Sep) and 国庆节 (1-7 Oct) are off, Saturday 10 October is worked. */
    @OnEveryTestDatabase
    void lateness_countsTheStateCouncilsHolidaysAndSwappedWorkingDays(String kind) {
        try (World world = World.start(kind)) {
            MutableClock clock = world.clock();
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-10-23T02:00:00Z")));
            LocalDate decided = LocalDate.of(2026, 9, 21);
            InspectionRecord friday = world.register().publish(world.actor("zz.publisher"),
                    record("ZZ-1", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", decided, null));
            clock.advance(Duration.ofDays(4));
            InspectionRecord tuesday = world.register().publish(world.actor("zz.publisher"),
                    record("ZZ-2", world.zezhou(), ZEZHOU_COAL, "ZZ", "COAL_MINE", decided, null));

            assertFalse(friday.publishedLate(), "19 working days: in time, although 24 days Monday to Friday");
            assertTrue(tuesday.publishedLate(), "21 working days");
        }
    }

    @OnEveryTestDatabase
    void theDemonstrationRecordsArePublishedOnce_withValidCodesAndAnIntactLedger(String kind) {
        try (World world = World.start(kind)) {
            DemoInspections demo = world.context().getBean(DemoInspections.class);
            int published = demo.publishIfNoneExist();

            assertTrue(published >= 18, "records published: " + published);
            assertEquals(0, demo.publishIfNoneExist(), "never twice");
            List<InspectionRecord> all = world.register().search(InspectionFilter.all(), 0, 500);
            assertEquals(published, all.size());
            assertTrue(all.stream().allMatch(r -> r.enterpriseName().contains("示例") && CreditCode.isValid(r.creditCode())));
            assertTrue(all.stream().anyMatch(InspectionRecord::publishedLate));
            assertTrue(world.register().byCreditCode(ZEZHOU_COAL).size() >= 3);
            assertEquals(published, world.ledger().size());
            assertTrue(world.ledger().verify().intact());
        }
    }

    private static List<String> codes(List<InspectionRecord> records) {
        return records.stream().map(InspectionRecord::recordCode).toList();
    }

    private static NewInspectionRecord withFine(NewInspectionRecord r, BigDecimal fine) {
        return new NewInspectionRecord(r.recordCode(), r.kind(), r.departmentId(), r.enterpriseName(), r.creditCode(),
                r.areaCode(), r.sectorCode(), r.inspectionDate(), r.findings(), r.violationBasis(), r.violationDescription(),
                r.measures(), r.decisionNo(), fine, r.rectificationDeadline(), r.rectificationStatus(), r.decisionDate(),
                r.publishedElsewhereOn());
    }

    private static NewInspectionRecord withCode(NewInspectionRecord r, String code) {
        return new NewInspectionRecord(code, r.kind(), r.departmentId(), r.enterpriseName(), r.creditCode(),
                r.areaCode(), r.sectorCode(), r.inspectionDate(), r.findings(), r.violationBasis(), r.violationDescription(),
                r.measures(), r.decisionNo(), r.fineAmount(), r.rectificationDeadline(), r.rectificationStatus(),
                r.decisionDate(), r.publishedElsewhereOn());
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).messageKey());
    }
}
