package org.safetyportal.reporting.publiccases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.testing.ReportingWorld;

class PublicCasesTest {

    @OnEveryTestDatabase
    void aCase_isPublishedUnderItsOwnNumber_withItsPublicStepsOnly_andNoReporter(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak("我家楼下燃气味很重"),
                    "王示例", "13800000042"));
            int id = receipt.hazardCase().id();
            CaseWork work = world.bean(CaseWork.class);
            PublicCases cases = world.bean(PublicCases.class);
            world.clock().advance(Duration.ofHours(6));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理").withInternalNote("内部示例备注"));

            PublicCase published = cases.search(PublicCaseFilter.all()).get(0);

            assertEquals("2026-" + String.format("%05d", id), published.number());
            assertNotEquals(receipt.trackingCode(), published.number());
            assertEquals(published, cases.byNumber(published.number()).orElseThrow());
            assertEquals(List.of("SUBMIT", "ACCEPT"), published.steps().stream().map(PublicCaseStep::action).toList());
            assertEquals("ACCEPTED", published.status());
            assertEquals("ZZ-NANCUN", published.township().code());
            String everything = published.toString();
            for (String secret : List.of("王示例", "13800000042", "内部示例备注", "我家楼下燃气味很重", "南村镇示例街12号",
                    receipt.trackingCode(), "zz.gas")) {
                assertFalse(everything.contains(secret), "the public case shows " + secret);
            }
            assertEquals(0.25, cases.statistics().city().medianDaysToAccept(), 1e-9, "accepted six hours after receipt");
        }
    }

    @OnEveryTestDatabase
    void aStep_showsAsSoonAsItIsPublished_andFiltersNarrowTheRegister(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            PublicCases cases = world.bean(PublicCases.class);
            assertEquals("SUBMITTED", cases.search(PublicCaseFilter.all()).get(0).status());

            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));

            assertEquals("ACCEPTED", cases.search(PublicCaseFilter.all()).get(0).status(), "read again at the new head");
            assertEquals(1, cases.search(new PublicCaseFilter("ZZ", "GAS", "ACCEPTED", "ZZ-URBAN_MANAGEMENT")).size());
            assertTrue(cases.search(new PublicCaseFilter("GP", null, null, null)).isEmpty());
            assertTrue(cases.search(new PublicCaseFilter(null, null, "CLOSED", null)).isEmpty());
            assertEquals(2, cases.recentSteps(new PublicCaseFilter(null, null, null, "ZZ-URBAN_MANAGEMENT"), 10).size());
        }
    }

    @OnEveryTestDatabase
    void unknownOrMalformedNumbers_findNothing(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            PublicCases cases = world.bean(PublicCases.class);

            assertTrue(cases.byNumber("2026-" + String.format("%05d", id)).isPresent());
            for (String wrong : new String[] {"2025-" + String.format("%05d", id), "2026-99999", "abc", "",
                    "2026-00001' OR '1'='1", "2026-" + "9".repeat(40), null}) {
                assertTrue(cases.byNumber(wrong).isEmpty(), String.valueOf(wrong));
            }
        }
    }

    @OnEveryTestDatabase
    void anOpenCase_turnsOverdue_whenTheDayPasses_withoutANewLedgerEntry(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.intake().submit(ReportingWorld.gasLeak("燃气味"));
            PublicCases cases = world.bean(PublicCases.class);
            assertFalse(cases.search(PublicCaseFilter.all()).get(0).overdue());

            world.clock().advance(Duration.ofDays(5));

            assertTrue(cases.search(PublicCaseFilter.all()).get(0).overdue(), "acceptance was due within one working day");
            assertEquals(1.0, cases.statistics().city().overdueShare().orElseThrow(), 1e-9);
        }
    }
}
