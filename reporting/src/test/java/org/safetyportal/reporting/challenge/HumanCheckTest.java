package org.safetyportal.reporting.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.intake.IntakeLimits;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.testing.ReportingWorld;

/** The human check asked of a busy source: right once, within its time, whatever keyboard typed the digits. */
class HumanCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final ReportingKey key = ReportingKey.random();

    private HumanCheck at(Instant instant) {
        return new HumanCheck(key, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSumAskedInWords_passesOnceWithItsAnswer_andNeverWithAnother() {
        HumanCheck check = at(NOW);
        HumanCheck.Question question = check.question();
        String right = Integer.toString(question.first() + question.second());

        assertFalse(check.passes(new ChallengeAnswer(question.token(), "99")));
        assertTrue(check.passes(new ChallengeAnswer(question.token(), " " + right + " ")));
        assertFalse(check.passes(new ChallengeAnswer(question.token(), right)), "one solved check sends one report");
    }

    @Test
    void digitsTypedWithAChineseInputMethod_count() {
        HumanCheck check = at(NOW);
        String token = check.token("picture", "2048");
        assertTrue(check.passes(new ChallengeAnswer(token, "\uFF12\uFF10\uFF14\uFF18")));
    }

    @Test
    void anExpiredForgedOrBrokenToken_neverPasses_andNeverThrows() {
        HumanCheck check = at(NOW);
        String token = check.token("picture", "2048");
        assertFalse(at(NOW.plus(HumanCheck.VALID).plusSeconds(1)).passes(new ChallengeAnswer(token, "2048")), "expired");
        String[] parts = token.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
        assertFalse(check.passes(new ChallengeAnswer(later, "2048")), "an expiry moved by hand breaks the digest");
        assertFalse(new HumanCheck(ReportingKey.random(), Clock.fixed(NOW, ZoneOffset.UTC))
                .passes(new ChallengeAnswer(token, "2048")), "another portal's key");
        for (String broken : new String[] {"", ".", "a.b.c.d", "picture.x.y.z", "<script>", "9".repeat(5000)}) {
            assertFalse(check.passes(new ChallengeAnswer(broken, "2048")), broken);
        }
        assertFalse(check.passes(new ChallengeAnswer(token, "2".repeat(100))));
        assertFalse(check.passes(new ChallengeAnswer(null, null)));
        assertFalse(check.passes(null));
    }

    @Test
    void thePicture_isAPngLargeEnoughForAPhone() throws Exception {
        HumanCheck.Picture picture = at(NOW).picture();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertEquals(240, image.getWidth());
        assertEquals(80, image.getHeight());
        assertTrue(picture.token().startsWith("picture."));
    }

    @OnEveryTestDatabase
    void aBusyBrowser_isAskedForTheCheck_andItsReportIsTakenOnceItPasses(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            IntakeSource phone = new IntakeSource("203.0.113.9", "phone-busy");
            for (int i = 0; i < IntakeLimits.HUMAN_CHECK_AFTER; i++) {
                world.intake().submit(ReportingWorld.gasLeak("燃气味 " + i), phone, null, null, null);
            }

            ValidationException asked = assertThrows(HumanCheckRequired.class,
                    () -> world.intake().submit(ReportingWorld.gasLeak("第四件"), phone, null, null, null));
            assertEquals("report.challenge.required", asked.messageKey());
            HumanCheck check = world.bean(HumanCheck.class);
            HumanCheck.Question question = check.question();
            ValidationException wrong = assertThrows(HumanCheckRequired.class, () -> world.intake().submit(
                    ReportingWorld.gasLeak("第四件"), phone, new ChallengeAnswer(question.token(), "1"), null, null));
            assertEquals("report.challenge.wrong", wrong.messageKey());

            Receipt taken = world.intake().submit(ReportingWorld.gasLeak("第四件"), phone,
                    new ChallengeAnswer(question.token(), Integer.toString(question.first() + question.second())), null, null);
            assertTrue(taken.trackingCode().length() > 0);

            world.intake().submit(ReportingWorld.gasLeak("另一部手机，另一网络"), new IntakeSource("198.51.100.9", "phone-calm"), null, null, null);
            world.clock().advance(Duration.ofMinutes(61));
            world.intake().submit(ReportingWorld.gasLeak("一小时以后"), phone, null, null, null);
        }
    }
}
