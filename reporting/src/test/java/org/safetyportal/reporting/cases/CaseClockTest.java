package org.safetyportal.reporting.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.testing.ReportingWorld;

class CaseClockTest {

    @OnEveryTestDatabase
    void aReportAwaitsAcceptanceForOneDay_thenClosureForSixty_andShowsOverdueWhenTheClockMovesOn(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            int id = world.intake().submit(ReportingWorld.gasLeak("燃气味")).hazardCase().id();
            CaseClock clock = world.bean(CaseClock.class);
            CaseWork work = world.bean(CaseWork.class);

            CaseClock.Due acceptance = clock.due(work.details(world.actor("zz.gas"), id).hazardCase()).orElseThrow();
            assertEquals(CaseClock.Due.Kind.ACCEPTANCE, acceptance.kind());
            assertEquals(LocalDate.of(2026, 3, 3), acceptance.date());
            assertFalse(acceptance.overdue());
            world.clock().advance(Duration.ofDays(2));
            assertTrue(clock.due(work.details(world.actor("zz.gas"), id).hazardCase()).orElseThrow().overdue());

            HazardCase accepted = work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));
            CaseClock.Due closure = clock.due(accepted).orElseThrow();
            assertEquals(CaseClock.Due.Kind.CLOSURE, closure.kind());
            assertEquals(LocalDate.of(2026, 5, 1), closure.date());
            assertFalse(closure.overdue());
            HazardCase refused = work.act(world.actor("zz.gas"), world.intake().submit(ReportingWorld.gasLeak("重复"))
                    .hazardCase().id(), CaseCommand.of("NOT_ACCEPT").withOutcome("DUPLICATE").withNote("同一隐患"));
            assertTrue(clock.due(refused).isEmpty(), "a closed case has no time limit");
        }
    }

    @OnEveryTestDatabase
    void theAcceptanceDayIsAWorkingDayOfTheCity_skippingPublicHolidays_andCountingAdjustedWorkingDays(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            CaseClock clock = world.bean(CaseClock.class);
            CaseWork work = world.bean(CaseWork.class);

            world.clock().advance(Duration.ofDays(59));
            int beforeLabourDay = world.intake().submit(ReportingWorld.gasLeak("节前燃气味")).hazardCase().id();
            assertEquals(LocalDate.of(2026, 5, 6), clock.due(work.details(world.actor("zz.gas"), beforeLabourDay).hazardCase())
                    .orElseThrow().date(), "received on Thursday 30 April: the holiday runs 1 to 5 May");

            world.clock().advance(Duration.ofDays(8));
            int onFriday = world.intake().submit(ReportingWorld.gasLeak("周五燃气味")).hazardCase().id();
            assertEquals(LocalDate.of(2026, 5, 9), clock.due(work.details(world.actor("zz.gas"), onFriday).hazardCase())
                    .orElseThrow().date(), "received on Friday 8 May: Saturday 9 May is a working day in lieu");
        }
    }
}
