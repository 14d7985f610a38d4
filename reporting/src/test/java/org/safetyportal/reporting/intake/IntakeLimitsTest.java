package org.safetyportal.reporting.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safetyportal.reporting.internal.jooq.Tables.REPORT_INTAKE_MARK;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.testing.ReportingWorld;

/**
 * A flood from one phone or one network is slowed down; an honest reporter is told in words until when,
 * never shut out for good, and nothing but accepted reports counts. The world's clock starts at
 * 2026-03-02 10:00 in Jincheng.
 */
class IntakeLimitsTest {

    private static final String ADDRESS = "203.0.113.7";

    @OnEveryTestDatabase
    void aSixthReportFromOneDeviceWithinTheHour_isRefusedInWords_untilTheFirstIsAnHourOld(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            IntakeSource phone = new IntakeSource(ADDRESS, "phone-1");
            for (int i = 0; i < 5; i++) {
                world.intake().submit(ReportingWorld.gasLeak("燃气味 " + i), phone);
                world.clock().advance(Duration.ofMinutes(1));
            }

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> world.intake().submit(ReportingWorld.gasLeak("第六件"), phone));
            assertEquals("report.limit.device.1", refused.messageKey());
            assertEquals(List.of(5, "2026-03-02 11:00"), List.of(refused.messageArguments()));
            assertEquals(5, world.bean(ReportRepository.class).count(), "the refused report is not stored");

            world.intake().submit(ReportingWorld.gasLeak("同一网络的另一部手机"), new IntakeSource(ADDRESS, "phone-2"));
            world.clock().advance(Duration.ofMinutes(55));
            world.intake().submit(ReportingWorld.gasLeak("一小时后"), phone);
            assertEquals(7, world.bean(ReportRepository.class).count());
        }
    }

    @OnEveryTestDatabase
    void oneNetwork_mayReportFarMoreThanOnePhone_butNotWithoutEnd(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            for (int i = 0; i < 20; i++) {
                world.intake().submit(ReportingWorld.gasLeak("学校网络 " + i), new IntakeSource(ADDRESS, "device-" + i));
            }

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> world.intake().submit(ReportingWorld.gasLeak("第21件"), new IntakeSource(ADDRESS, "device-new")));
            assertEquals("report.limit.address.1", refused.messageKey());
            world.intake().submit(ReportingWorld.gasLeak("另一网络"), new IntakeSource("198.51.100.2", "device-new"));
        }
    }

    @OnEveryTestDatabase
    void refusedForms_costNothing_andSourcesAreKeptOnlyAsDigestsForADay(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            IntakeSource phone = new IntakeSource(ADDRESS, "phone-1");
            for (int i = 0; i < 8; i++) {
                assertThrows(ValidationException.class, () -> world.intake().submit(ReportingWorld.gasLeak("险".repeat(4001)), phone));
            }
            world.intake().submit(ReportingWorld.gasLeak("改正后提交"), phone);

            List<String> kept = world.world().database().dsl().select(REPORT_INTAKE_MARK.SOURCE).from(REPORT_INTAKE_MARK)
                    .fetch(REPORT_INTAKE_MARK.SOURCE);
            assertEquals(2, kept.size(), "one accepted report, counted once per source");
            kept.forEach(source -> assertFalse(source.contains(ADDRESS) || source.contains("phone-1"), source));

            world.clock().advance(Duration.ofHours(25));
            world.intake().submit(ReportingWorld.gasLeak("一天以后"), new IntakeSource("198.51.100.2", null));
            assertEquals(1, world.world().database().dsl().fetchCount(REPORT_INTAKE_MARK), "day-old marks are forgotten");
        }
    }

    /** Reports sent at the same moment once met MariaDB deadlocks on the intake marks (a range delete in each intake). */
    @OnEveryTestDatabase
    void reportsSentAtTheSameMoment_areAllTaken_andCountedOncePerSource(String kind) throws Exception {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            world.clock().advance(Duration.ofHours(25));
            int threads = 8;
            int each = 6;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                senders.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        world.intake().submit(ReportingWorld.gasLeak("同时提交 " + thread + "-" + i),
                                new IntakeSource("198.51.100." + thread, "phone-" + thread + "-" + i));
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(threads * each, world.bean(ReportRepository.class).count());
            assertEquals(2 * threads * each, world.world().database().dsl().fetchCount(REPORT_INTAKE_MARK));
        }
    }
}
