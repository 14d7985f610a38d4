package org.safetyportal.reporting.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safetyportal.content.testing.PublishedLists.duty;
import static org.safetyportal.reporting.internal.jooq.Tables.REPORT_INTAKE_MARK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.ledger.LedgerEntry;
import org.safetyportal.content.lists.ListType;
import org.safetyportal.content.lists.ListVersion;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.PublishedLists;
import org.safetyportal.reporting.cases.CaseEventContentSource;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.routing.RoutingRule;
import org.safetyportal.reporting.tracking.ReportTracking;
import org.safetyportal.reporting.testing.ReportingWorld;

class ReportIntakeTest {

    @OnEveryTestDatabase
    void anonymousCitizen_reportsHazard_getsTrackingCode_andTheCaseIsRoutedAndRecorded(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("示例燃气站附近闻到很浓的燃气味"));

            assertTrue(TrackingCode.parse(receipt.trackingCode()).isPresent());
            assertTrue(receipt.pin().matches("\\d{6}"));
            HazardCase stored = world.bean(ReportRepository.class).byTrackingCode(receipt.trackingCode()).orElseThrow();
            assertEquals("ZZ-URBAN_MANAGEMENT", stored.department().code());
            assertEquals(RoutingRule.SUPERVISOR_MAPPING, stored.rule());
            assertTrue(stored.routingBasis().isEmpty());
            assertEquals("SUBMITTED", stored.status());
            assertFalse(stored.realName());
            List<LedgerEntry> entries = world.ledger().entries(0, 10);
            assertEquals(1, entries.size());
            assertTrue(entries.get(0).subject().startsWith(CaseEventContentSource.PREFIX));
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void aReportRoutedByAPublishedList_keepsTheItemAndVersion_evenAfterTheListChanges(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            PublishedLists lists = new PublishedLists(world.context());
            ListVersion first = lists.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, LocalDate.of(2026, 1, 1),
                    List.of(duty("ZR-ZZCG-001", "本县燃气安全监管", "GAS")));

            HazardCase routed = world.intake().submit(ReportingWorld.gasLeak("燃气管道被占压")).hazardCase();
            lists.publish("ZZ-URBAN_MANAGEMENT", ListType.RESPONSIBILITY, 0, LocalDate.of(2026, 2, 1),
                    List.of(duty("ZR-ZZCG-009", "本县燃气安全监管（修订）", "GAS")));

            HazardCase later = world.bean(ReportRepository.class).byId(routed.id()).orElseThrow();
            assertEquals(RoutingRule.COUNTY_RESPONSIBILITY_LIST, later.rule());
            assertEquals("ZR-ZZCG-001", later.basis().itemCode());
            assertEquals(first.id(), later.basis().versionId());
            assertEquals(first.versionNo(), later.basis().versionNo());
            assertEquals(first.contentHash(), later.basis().contentHash());
            assertTrue(world.ledger().verify().intact());
        }
    }

    @OnEveryTestDatabase
    void badInput_isRefusedInWords_andNothingIsStored(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ReportIntake intake = world.intake();

            assertEquals("reports.description.tooLong", assertThrows(ValidationException.class,
                    () -> intake.submit(ReportingWorld.gasLeak("险".repeat(4001)))).messageKey());
            assertEquals("reports.reporter.consentRequired", assertThrows(ValidationException.class,
                    () -> intake.submit(withoutConsent(ReportingWorld.named(ReportingWorld.gasLeak("事"), "张示例",
                            "13800000000"))))
                    .messageKey());

            assertEquals(0, world.bean(ReportRepository.class).count());
            assertEquals(0, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void emojiAndScriptTags_areStoredAsTheTextTheyAre(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            String description = "<script>alert('x')</script> 燃气味很重 🔥";
            Receipt receipt = world.intake().submit(ReportingWorld.at(ReportingWorld.gasLeak(description), "35.490812", "112.851234"));

            HazardCase stored = world.bean(ReportRepository.class).byId(receipt.hazardCase().id()).orElseThrow();
            assertEquals(description, stored.description());
            assertEquals("35.490812", stored.latitude().toPlainString());
        }
    }

    @OnEveryTestDatabase
    void twoReports_getDifferentCodes(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt one = world.intake().submit(ReportingWorld.gasLeak("一"));
            Receipt two = world.intake().submit(ReportingWorld.gasLeak("二"));

            assertNotEquals(one.trackingCode(), two.trackingCode());
            assertEquals(2, world.ledger().size());
        }
    }

    @OnEveryTestDatabase
    void reportsSentAtTheSameMoment_areEachStoredUnderTheirOwnReceipt_andCountedAgainstTheirOwnSources(String kind)
            throws Exception {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ReportIntake intake = world.intake();
            int reports = 24;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService citizens = Executors.newFixedThreadPool(reports);
            List<Future<Receipt>> receipts = new ArrayList<>();
            for (int n = 0; n < reports; n++) {
                NewReport report = ReportingWorld.gasLeak("示例：同一时刻的第 " + n + " 份举报");
                NewReport sent = n % 3 == 0 ? ReportingWorld.named(report, "示例举报人" + n, "1380000" + String.format("%04d", n))
                        : report;
                IntakeSource source = new IntakeSource("192.0.2." + n, "device-" + n);
                receipts.add(citizens.submit(() -> {
                    start.await();
                    return intake.submit(sent, source);
                }));
            }
            start.countDown();
            ReportTracking tracking = world.bean(ReportTracking.class);
            for (int n = 0; n < reports; n++) {
                Receipt receipt = receipts.get(n).get(60, TimeUnit.SECONDS);
                HazardCase stored = world.bean(ReportRepository.class).byTrackingCode(receipt.trackingCode()).orElseThrow();
                assertEquals("示例：同一时刻的第 " + n + " 份举报", stored.description());
                assertEquals(receipt.hazardCase().id(), stored.id());
                assertEquals(n % 3 == 0, stored.realName());
                assertEquals(receipt.trackingCode(), tracking.track(receipt.trackingCode(), receipt.pin(), "198.51.100.1")
                        .trackingCode());
            }
            citizens.shutdown();
            assertEquals(reports, world.bean(ReportRepository.class).count());
            assertEquals(reports, world.ledger().size());
            assertTrue(world.ledger().verify().intact());
            // Each report counted against its address and its device, once.
            assertEquals(2 * reports, world.bean(DSLContext.class).fetchCount(REPORT_INTAKE_MARK));
        }
    }

    private static NewReport withoutConsent(NewReport r) {
        return new NewReport(r.sectorCode(), r.areaCode(), r.townshipCode(), r.address(), r.latitude(), r.longitude(),
                r.enterpriseName(), r.creditCode(), r.description(), r.reporter(), false);
    }
}
