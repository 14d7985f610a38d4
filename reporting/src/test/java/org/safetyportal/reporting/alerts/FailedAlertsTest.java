package org.safetyportal.reporting.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.safetyportal.content.AccessDeniedException;
import org.safetyportal.content.ValidationException;
import org.safetyportal.content.calendar.CityClock;
import org.safetyportal.content.account.AuditEntry;
import org.safetyportal.content.account.AuditLog;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.identity.SealedIdentities;
import org.safetyportal.reporting.internal.AlertRepository;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.testing.ReportingWorld;
import org.safetyportal.reporting.tracking.ReportTracking;

/**
 * An alert given up after all its attempts (the mail server down for two days) is seen: the reporter is told on
 * {@code /track} that e-mail updates could not be delivered, administrators see it without the address and send it
 * again once the server is back, which is audited; nobody else may.
 */
class FailedAlertsTest {

    private static final String EMAIL = "zhao.shili@example.org";
    private static final String SITE = "https://portal.example.org";
    private static final IntakeSource NOWHERE = new IntakeSource(null, null);

    @OnEveryTestDatabase
    void anAlertGivenUp_isToldOnTrack_andAnAdministratorSendsItAgain(String kind) {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (ReportingWorld world = ReportingWorld.start(kind,
                MailSettings.of("127.0.0.1", Integer.toString(port), "", "", "alerts@portal.example.org", ""))) {
            Receipt receipt = world.intake().submit(named("燃气表漏气 failed-1"), NOWHERE, null, null, SITE);
            int id = receipt.hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理"));
            AlertDelivery delivery = world.bean(AlertDelivery.class);
            ReportAlerts alerts = world.bean(ReportAlerts.class);
            FailedAlerts failed = world.bean(FailedAlerts.class);
            ReportTracking tracking = world.bean(ReportTracking.class);

            int rounds = 0;
            while (!AlertRepository.FAILED.equals(alerts.of(id).get(0).status())) {
                assertFalse(tracking.track(receipt.trackingCode(), receipt.pin(), "203.0.113.7").alertsUndelivered(),
                        "not while it is still being tried");
                assertEquals(new AlertDelivery.Round(0, 1), delivery.deliverDue());
                world.clock().advance(AlertDelivery.MAX_BACKOFF.plusMinutes(1));
                assertTrue(++rounds <= AlertDelivery.MAX_ATTEMPTS, "given up after " + AlertDelivery.MAX_ATTEMPTS + " attempts");
            }
            assertEquals(AlertDelivery.MAX_ATTEMPTS, rounds);
            assertEquals(new AlertDelivery.Round(0, 0), delivery.deliverDue(), "given up: not tried again by itself");
            assertTrue(tracking.track(receipt.trackingCode(), receipt.pin(), "203.0.113.7").alertsUndelivered());
            assertFalse(tracking.track(receipt.trackingCode(), receipt.pin(), "203.0.113.7").toString().contains(EMAIL));

            List<FailedAlerts.FailedAlert> listed = failed.all(world.admin());
            assertEquals(1, listed.size());
            FailedAlerts.FailedAlert alert = listed.get(0);
            assertEquals(id, alert.caseId());
            assertEquals("ACCEPT", alert.action());
            assertEquals(AlertDelivery.MAX_ATTEMPTS, alert.attempts());
            assertNotNull(alert.error());
            assertFalse(alert.toString().contains(EMAIL) || alert.toString().contains("@example"), alert.toString());
            assertThrows(AccessDeniedException.class, () -> failed.all(world.actor("zz.gas")), "a case handler does not run the portal");
            assertThrows(AccessDeniedException.class, () -> failed.sendAgain(world.actor("zz.gas"), alert.id()));

            smtp.start();
            failed.sendAgain(world.admin(), alert.id());
            assertEquals("alerts.failed.notFailed", assertThrows(ValidationException.class,
                    () -> failed.sendAgain(world.admin(), alert.id())).messageKey(), "sent again once");
            assertEquals("alerts.failed.notFailed", assertThrows(ValidationException.class,
                    () -> failed.sendAgain(world.admin(), 999_999)).messageKey());
            assertTrue(failed.all(world.admin()).isEmpty());
            assertFalse(tracking.track(receipt.trackingCode(), receipt.pin(), "203.0.113.7").alertsUndelivered(),
                    "back in the outbox: no longer told as undelivered");
            assertEquals(new AlertDelivery.Round(1, 0), delivery.deliverDue(), "due at once");
            assertEquals(1, smtp.getReceivedMessages().length);
            assertEquals(AlertRepository.SENT, alerts.of(id).get(0).status());

            AuditEntry audited = world.bean(AuditLog.class).recent(world.admin(), 5).stream()
                    .filter(e -> FailedAlerts.AUDIT_SENT_AGAIN.equals(e.action())).findFirst().orElseThrow();
            assertEquals("report-alert:" + alert.id(), audited.target());
            assertFalse(audited.detail().contains(EMAIL));
        } finally {
            smtp.stop();
        }
    }

    @OnEveryTestDatabase
    void withFewerAttemptsConfigured_anAlertIsGivenUpSooner(String kind) {
        int port = freePort();
        try (ReportingWorld world = ReportingWorld.start(kind,
                MailSettings.of("127.0.0.1", Integer.toString(port), "", "", "alerts@portal.example.org", ""))) {
            int id = world.intake().submit(named("燃气表漏气 failed-2"), NOWHERE, null, null, SITE).hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理"));
            AlertDelivery once = new AlertDelivery(world.bean(AlertRepository.class), world.bean(ReportRepository.class),
                    world.bean(SealedIdentities.class), world.bean(SmtpMailer.class), world.bean(CityClock.class), 1);
            assertEquals(new AlertDelivery.Round(0, 1), once.deliverDue());
            assertEquals(AlertRepository.FAILED, world.bean(ReportAlerts.class).of(id).get(0).status());
            assertEquals(1, world.bean(FailedAlerts.class).all(world.admin()).size());
            world.clock().advance(Duration.ofDays(3));
            assertEquals(new AlertDelivery.Round(0, 0), world.bean(AlertDelivery.class).deliverDue());
        }
    }

    private static NewReport named(String description) {
        NewReport report = ReportingWorld.gasLeak(description);
        return new NewReport(report.sectorCode(), report.areaCode(), report.townshipCode(), report.address(), null, null,
                report.enterpriseName(), null, report.description(), new ReporterIdentity("赵示例", "13900004321", EMAIL), true);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
