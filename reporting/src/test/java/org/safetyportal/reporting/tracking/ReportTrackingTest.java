package org.safetyportal.reporting.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.intake.TrackingCode;
import org.safetyportal.reporting.testing.ReportingWorld;

class ReportTrackingTest {

    private static final String HOME = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.9";

    @OnEveryTestDatabase
    void theReporter_tracksTheReport_withCodeAndPin(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("燃气味"));

            TrackedCase tracked = world.bean(ReportTracking.class)
                    .track(TrackingCode.formatted(receipt.trackingCode()).toLowerCase(), receipt.pin(), HOME);

            assertEquals("SUBMITTED", tracked.status());
            assertEquals("ZZ-URBAN_MANAGEMENT", tracked.department().code());
            assertEquals("ZZ-NANCUN", tracked.township().code());
            assertEquals(1, tracked.steps().size());
            assertEquals("SUBMIT", tracked.steps().get(0).action());
        }
    }

    @OnEveryTestDatabase
    void aWrongPin_andAWrongCode_getTheSameAnswer(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("燃气味"));
            ReportTracking tracking = world.bean(ReportTracking.class);
            String wrongPin = receipt.pin().equals("000000") ? "111111" : "000000";
            String otherCode = TrackingCode.generate(new java.security.SecureRandom());

            String byPin = assertThrows(ValidationException.class,
                    () -> tracking.track(receipt.trackingCode(), wrongPin, HOME)).messageKey();
            String byCode = assertThrows(ValidationException.class,
                    () -> tracking.track(otherCode, receipt.pin(), HOME)).messageKey();
            String byGarbage = assertThrows(ValidationException.class,
                    () -> tracking.track("<script>", "x", HOME)).messageKey();

            assertEquals("tracking.notFound", byPin);
            assertEquals(byPin, byCode);
            assertEquals(byPin, byGarbage);
        }
    }

    @OnEveryTestDatabase
    void guessesFromOneAddress_areHeldBack_withoutLockingOutTheReporterElsewhere(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            Receipt receipt = world.intake().submit(ReportingWorld.gasLeak("燃气味"));
            ReportTracking tracking = world.bean(ReportTracking.class);
            String wrongPin = receipt.pin().equals("000000") ? "111111" : "000000";

            for (int i = 0; i <= TrackingThrottle.FREE_FAILURES; i++) {
                assertEquals("tracking.notFound", assertThrows(ValidationException.class,
                        () -> tracking.track(receipt.trackingCode(), wrongPin, HOME)).messageKey());
            }

            assertEquals("tracking.tooManyAttempts", assertThrows(ValidationException.class,
                    () -> tracking.track(receipt.trackingCode(), receipt.pin(), HOME)).messageKey());
            assertEquals("SUBMITTED", tracking.track(receipt.trackingCode(), receipt.pin(), ELSEWHERE).status());
            world.clock().advance(Duration.ofMinutes(2));
            assertEquals("SUBMITTED", tracking.track(receipt.trackingCode(), receipt.pin(), HOME).status());
        }
    }
}
