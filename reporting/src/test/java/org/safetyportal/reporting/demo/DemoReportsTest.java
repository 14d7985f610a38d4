package org.safetyportal.reporting.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safetyportal.content.lists.DemoLists;
import org.safetyportal.content.seed.SeedTable;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseFilter;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.rewards.RewardStatus;
import org.safetyportal.reporting.tracking.ReportTracking;
import org.safetyportal.reporting.tracking.TrackedCase;
import org.safetyportal.reporting.testing.ReportingWorld;

class DemoReportsTest {

    @OnEveryTestDatabase
    void theDemoReports_goThroughTheRealServices_inSeveralCountiesAndStates_andLoadOnlyOnce(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.bean(DemoLists.class).publishIfNoListsExist();
            int rows = SeedTable.read(DemoReports.SEED).rows().size();
            // A start killed after the first report was taken, before its steps.
            Map<String, String> first = SeedTable.read(DemoReports.SEED).rows().get(0);
            world.intake().submit(new NewReport(first.get("sector"), first.get("area"), first.get("township"),
                    first.get("address"), null, null, first.get("enterprise"), null, first.get("description"), null, false));

            DemoReports demo = world.bean(DemoReports.class);
            assertTrue(demo.loadIfNeeded() > rows - 1);
            assertEquals(0, demo.loadIfNeeded(), "a second start takes nothing again");

            ReportRepository repository = world.bean(ReportRepository.class);
            assertEquals(rows, repository.count());
            var all = repository.queue(CaseFilter.any(), null, null);
            Set<String> statuses = all.stream().map(HazardCase::status).collect(Collectors.toSet());
            assertTrue(statuses.containsAll(Set.of("SUBMITTED", "ACCEPTED", "INVESTIGATING", "RECTIFYING", "CLOSED",
                    "NOT_ACCEPTED")), statuses.toString());
            assertTrue(all.stream().map(c -> c.area().code()).distinct().count() >= 6);
            HazardCase firstCase = repository.find(first.get("area"), first.get("address"), first.get("description")).orElseThrow();
            assertEquals("CLOSED", firstCase.status(), "the half-taken report got its steps");
            assertTrue(all.stream().allMatch(c -> c.enterpriseName() == null || c.enterpriseName().contains("示例")));
            assertTrue(world.ledger().verify().intact());
            assertTrue(world.bean(CaseWork.class).queue(world.actor("zz.gas"), CaseFilter.any()).size() >= 1);
        }
    }

    @OnEveryTestDatabase
    void theDemoRewards_areRecordedApprovedAndPaid_throughTheRealServices_forFictionalRealNameReports_once(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.bean(DemoLists.class).publishIfNoListsExist();
            DemoReports demo = world.bean(DemoReports.class);
            List<Receipt> receipts = demo.loadRewardsIfNeeded();
            assertEquals(SeedTable.read(DemoReports.REWARDS).rows().size(), receipts.size());
            assertTrue(demo.loadRewardsIfNeeded().isEmpty(), "a second start takes nothing again");

            ReportTracking tracking = world.bean(ReportTracking.class);
            List<String> stages = receipts.stream().map(r -> {
                TrackedCase tracked = tracking.track(r.trackingCode(), r.pin(), "203.0.113.20");
                assertTrue(tracked.realName());
                assertEquals("INVESTIGATING", tracked.status());
                return tracked.rewardOf().map(RewardStatus::stage).orElse("none");
            }).toList();
            assertEquals(List.of("RECORDED", "APPROVED", "PAID"), stages);
            RewardStatus paid = tracking.track(receipts.get(2).trackingCode(), receipts.get(2).pin(), "203.0.113.20")
                    .rewardOf().orElseThrow();
            assertEquals(300_000, paid.rewardFen(), "15 % of 10,000 yuan is raised to the 3,000 yuan minimum");
            assertEquals(world.bean(org.safetyportal.content.calendar.CityClock.class).today(), paid.paidOn());
            ReportRepository repository = world.bean(ReportRepository.class);
            assertTrue(receipts.stream().map(r -> repository.byTrackingCode(r.trackingCode()).orElseThrow())
                    .allMatch(c -> c.enterpriseName().contains("示例") && c.address().contains("示例")));
            assertTrue(world.ledger().verify().intact());
        }
    }
}
