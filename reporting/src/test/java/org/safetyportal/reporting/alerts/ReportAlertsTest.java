package org.safetyportal.reporting.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.safetyportal.content.testing.ModuleContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.i18n.Messages;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.reporting.cases.CaseCommand;
import org.safetyportal.reporting.cases.CaseJournal;
import org.safetyportal.reporting.cases.CaseWork;
import org.safetyportal.reporting.cases.HazardCase;
import org.safetyportal.reporting.identity.ReporterIdentity;
import org.safetyportal.reporting.identity.ReportingKey;
import org.safetyportal.reporting.intake.IntakeSource;
import org.safetyportal.reporting.intake.NewReport;
import org.safetyportal.reporting.intake.Receipt;
import org.safetyportal.reporting.internal.AlertRepository;
import org.safetyportal.reporting.internal.AlertRepository.AlertRow;
import org.safetyportal.reporting.internal.ReportRepository;
import org.safetyportal.reporting.testing.DatabaseDump;
import org.safetyportal.reporting.testing.ReportingWorld;
import org.slf4j.LoggerFactory;

/**
 * E-mail alerts to a real-name reporter through the outbox, with a real SMTP server (GreenMail): a
 * public step queues its alert in its own transaction, the sender delivers it in the report's language
 * with the tracking link and never the PIN, a mail server outage is waited out, two portal nodes never
 * send one alert twice, and without an SMTP server nothing is offered or queued. The address is in no
 * table, no error kept and no log line.
 */
class ReportAlertsTest {

    private static final String NAME = "王示例";
    private static final String PHONE = "13900001234";
    private static final String EMAIL = "wang.shili@example.org";
    private static final String SITE = "https://portal.example.org";
    private static final IntakeSource NOWHERE = new IntakeSource(null, null);

    @OnEveryTestDatabase
    void aPublicStep_queuesItsAlertWithIt_andTheSenderDeliversIt_inTheReportsLanguage(String kind) throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ReportingWorld world = ReportingWorld.start(kind, smtpAt(port))) {
            ReportAlerts alerts = world.bean(ReportAlerts.class);
            assertTrue(alerts.offered());
            Receipt receipt = world.intake().submit(named("燃气管道被占压 alert-1"), NOWHERE, null, SupportedLocales.ENGLISH, SITE + "/");
            int id = receipt.hazardCase().id();
            assertTrue(alerts.of(id).isEmpty(), "the report itself is not alerted: the reporter has the receipt");

            CaseWork work = world.bean(CaseWork.class);
            work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("Accepted, an inspector will visit"));
            work.act(world.actor("zz.gas"), id, CaseCommand.of("NOTE").withInternalNote("call the gas company"));
            List<AlertRow> queued = alerts.of(id);
            assertEquals(1, queued.size(), "one alert for the public step, none for the internal note");
            assertEquals(AlertRepository.PENDING, queued.get(0).status());

            AlertDelivery delivery = world.bean(AlertDelivery.class);
            assertEquals(new AlertDelivery.Round(1, 0), delivery.deliverDue());
            assertEquals(new AlertDelivery.Round(0, 0), delivery.deliverDue(), "a sent alert is sent once");

            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            assertEquals(EMAIL, received[0].getAllRecipients()[0].toString());
            String subject = received[0].getSubject();
            String body = GreenMailUtil.getBody(received[0]);
            String mail = subject + "\n" + received[0].getContent();
            assertEquals(Messages.get(Locale.ENGLISH, "alerts.mail.subject", receipt.trackingCode(),
                    Messages.get(Locale.ENGLISH, "case.status.ACCEPTED")), subject);
            assertTrue(mail.contains("Accepted, an inspector will visit"), mail);
            assertTrue(mail.contains(SITE + "/track?code=" + receipt.trackingCode()), mail);
            assertFalse(mail.contains(receipt.pin()), "never the PIN");
            assertFalse(mail.contains("zz.gas"), "never the staff");
            assertFalse(mail.contains("call the gas company"), "never an internal note");
            assertFalse(mail.contains(NAME) || mail.contains(PHONE), "not even the reporter's own name or phone");
            assertNotNull(body);

            AlertRow sent = alerts.of(id).get(0);
            assertEquals(AlertRepository.SENT, sent.status());
            assertEquals(1, sent.attempts());
            String dump = DatabaseDump.of(world.bean(DSLContext.class));
            assertFalse(dump.contains(EMAIL), "the address is stored only sealed");
            assertFalse(dump.contains(PHONE), "the phone is stored only sealed");
        } finally {
            smtp.stop();
        }
    }

    @OnEveryTestDatabase
    void noStepWithoutItsAlert_andNoAlertWithoutItsStep(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind, smtpAt(freePort()))) {
            int id = world.intake().submit(named("燃气味 alert-tx"), NOWHERE, null, null, SITE).hazardCase().id();
            HazardCase hazardCase = world.bean(ReportRepository.class).byId(id).orElseThrow();
            CaseJournal journal = world.bean(CaseJournal.class);
            DSLContext dsl = world.bean(DSLContext.class);
            int stepsBefore = world.bean(ReportRepository.class).events(id).size();

            assertThrows(IllegalStateException.class, () -> dsl.transaction(() -> {
                journal.record(hazardCase, new CaseJournal.Step("NOTE", hazardCase.status(), null, null, "公开说明", null, true,
                        "zz.gas"), world.clock().instant());
                throw new IllegalStateException("the step's transaction fails after the step");
            }));
            assertEquals(stepsBefore, world.bean(ReportRepository.class).events(id).size());
            assertTrue(world.bean(ReportAlerts.class).of(id).isEmpty(), "the alert went with its step");

            journal.record(hazardCase, new CaseJournal.Step("NOTE", hazardCase.status(), null, null, "公开说明", null, true,
                    "zz.gas"), world.clock().instant());
            assertEquals(1, world.bean(ReportAlerts.class).of(id).size());
        }
    }

    @OnEveryTestDatabase
    void withTheMailServerDown_theAlertIsRetriedLater_andNothingIsLost(String kind) throws Exception {
        int port = freePort();
        ListAppender<ILoggingEvent> log = capture();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (ReportingWorld world = ReportingWorld.start(kind, smtpAt(port))) {
            Receipt receipt = world.intake().submit(named("燃气表漏气 alert-down"), NOWHERE, null, null, SITE);
            int id = receipt.hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理"));
            AlertDelivery delivery = world.bean(AlertDelivery.class);
            ReportAlerts alerts = world.bean(ReportAlerts.class);

            assertEquals(new AlertDelivery.Round(0, 1), delivery.deliverDue());
            AlertRow waiting = alerts.of(id).get(0);
            assertEquals(AlertRepository.PENDING, waiting.status());
            assertEquals(1, waiting.attempts());
            assertNotNull(waiting.lastError());
            assertFalse(waiting.lastError().contains(EMAIL), waiting.lastError());
            Instant first = world.clock().instant();
            assertEquals(first.plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
            assertEquals(new AlertDelivery.Round(0, 0), delivery.deliverDue(), "not again before its time");

            world.clock().advance(Duration.ofMinutes(1));
            assertEquals(new AlertDelivery.Round(0, 1), delivery.deliverDue());
            assertEquals(2, alerts.of(id).get(0).attempts());
            assertEquals(world.clock().instant().plus(Duration.ofMinutes(2)), alerts.of(id).get(0).nextAttemptAt());

            smtp.start();
            world.clock().advance(Duration.ofMinutes(2));
            assertEquals(new AlertDelivery.Round(1, 0), delivery.deliverDue());
            assertEquals(1, smtp.getReceivedMessages().length);
            AlertRow sent = alerts.of(id).get(0);
            assertEquals(AlertRepository.SENT, sent.status());
            assertEquals(3, sent.attempts());
            assertNull(sent.lastError());
            assertTrue(smtp.getReceivedMessages()[0].getSubject().contains(receipt.trackingCode()));
            assertTrue(smtp.getReceivedMessages()[0].getSubject()
                    .contains(Messages.get(SupportedLocales.CHINESE, "case.status.ACCEPTED")), "no language known: Chinese");
            String logged = String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
            assertTrue(logged.contains("not sent (attempt 1)"), logged);
            assertFalse(logged.contains(EMAIL) || logged.contains(NAME) || logged.contains(PHONE), logged);
        } finally {
            smtp.stop();
            release(log);
        }
    }

    @OnEveryTestDatabase
    void twoPortalNodesOnOneDatabase_neverSendOneAlertTwice(String kind) throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailSettings mail = smtpAt(port);
        try (ReportingWorld world = ReportingWorld.start(kind, mail);
                ApplicationContext otherNode = ModuleContext.start(world.database(), world.clock(),
                        world.bean(ReportingKey.class), mail)) {
            CaseWork work = world.bean(CaseWork.class);
            for (int r = 0; r < 3; r++) {
                int id = world.intake().submit(named("燃气味 alert-nodes-" + r), NOWHERE, null, Locale.ENGLISH, SITE).hazardCase().id();
                work.act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("accepted " + r));
                work.act(world.actor("zz.gas"), id, CaseCommand.of("INVESTIGATE"));
                work.act(world.actor("zz.gas"), id, CaseCommand.of("ORDER_RECTIFICATION")
                        .withDeadline(LocalDate.of(2026, 4, 2)).withNote("rectify " + r));
                work.act(world.actor("zz.gas"), id, CaseCommand.of("NOTE").withNote("update " + r));
            }
            List<AlertDelivery> nodes = List.of(world.bean(AlertDelivery.class), otherNode.getBean(AlertDelivery.class));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            int sent = 0;
            try {
                for (int round = 0; round < 5; round++) {
                    List<Future<AlertDelivery.Round>> rounds = new ArrayList<>();
                    for (AlertDelivery node : nodes) {
                        rounds.add(pool.submit((Callable<AlertDelivery.Round>) node::deliverDue));
                    }
                    for (Future<AlertDelivery.Round> done : rounds) {
                        sent += done.get().sent();
                    }
                }
            } finally {
                pool.shutdown();
            }

            assertEquals(12, sent);
            assertEquals(12, smtp.getReceivedMessages().length, "each alert sent by one node only");
        } finally {
            smtp.stop();
        }
    }

    @OnEveryTestDatabase
    void withoutAnSmtpServer_noEmailIsOffered_andNothingIsQueued(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind)) {
            ReportAlerts alerts = world.bean(ReportAlerts.class);
            assertFalse(alerts.offered());
            int id = world.intake().submit(named("燃气味 alert-off"), NOWHERE, null, Locale.ENGLISH, SITE).hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理"));
            assertTrue(alerts.of(id).isEmpty());
            assertEquals(new AlertDelivery.Round(0, 0), world.bean(AlertDelivery.class).deliverDue());
        }
    }

    @OnEveryTestDatabase
    void anAnonymousReport_orOneWithoutEmail_getsNoAlerts(String kind) {
        try (ReportingWorld world = ReportingWorld.start(kind, smtpAt(freePort()))) {
            int anonymous = world.intake().submit(ReportingWorld.gasLeak("燃气味 alert-anon"), NOWHERE, null, Locale.ENGLISH, SITE)
                    .hazardCase().id();
            int noEmail = world.intake().submit(ReportingWorld.named(ReportingWorld.gasLeak("燃气味 alert-noemail"), NAME, PHONE),
                    NOWHERE, null, Locale.ENGLISH, SITE).hazardCase().id();
            for (int id : List.of(anonymous, noEmail)) {
                world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT").withNote("已受理"));
                assertTrue(world.bean(ReportAlerts.class).of(id).isEmpty());
            }
        }
    }

    @OnEveryTestDatabase
    void withAPublicAddressConfigured_alertsLinkThere_whateverHostTheVisitorNamed(String kind) {
        MailSettings mail = MailSettings.of("127.0.0.1", Integer.toString(freePort()), "", "", "", "", SITE);
        try (ReportingWorld world = ReportingWorld.start(kind, mail)) {
            int id = world.intake().submit(named("燃气味 alert-host"), NOWHERE, null, Locale.ENGLISH, "http://forged.example.net")
                    .hazardCase().id();
            world.bean(CaseWork.class).act(world.actor("zz.gas"), id, CaseCommand.of("ACCEPT"));
            assertEquals(SITE, world.bean(ReportAlerts.class).of(id).get(0).site());
        }
    }

    @org.junit.jupiter.api.Test
    void theWaitDoublesFromOneMinute_uptoAnHour_andErrorsLoseTheAddress() {
        assertEquals(Duration.ofMinutes(1), AlertDelivery.backoff(1));
        assertEquals(Duration.ofMinutes(2), AlertDelivery.backoff(2));
        assertEquals(Duration.ofMinutes(4), AlertDelivery.backoff(3));
        assertEquals(Duration.ofMinutes(60), AlertDelivery.backoff(7));
        assertEquals(Duration.ofMinutes(60), AlertDelivery.backoff(40));
        String error = AlertDelivery.safe(new IllegalStateException("550 5.1.1 <" + EMAIL + ">: Recipient unknown",
                new IOException("also Other.Person@Example.ORG refused")), EMAIL);
        assertFalse(error.contains("@"), error);
        assertTrue(error.contains("Recipient unknown"), error);
        assertNull(ReportAlerts.site("javascript:alert(1)"));
        assertNull(ReportAlerts.site("https://user@portal.example.org"));
        assertEquals("https://portal.example.org/portal", ReportAlerts.site("https://portal.example.org/portal/"));
    }

    private static NewReport named(String description) {
        NewReport report = ReportingWorld.gasLeak(description);
        return new NewReport(report.sectorCode(), report.areaCode(), report.townshipCode(), report.address(), null, null,
                report.enterpriseName(), null, report.description(), new ReporterIdentity(NAME, PHONE, EMAIL), true);
    }

    private static MailSettings smtpAt(int port) {
        return MailSettings.of("127.0.0.1", Integer.toString(port), "", "", "alerts@portal.example.org", "");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ListAppender<ILoggingEvent> capture() {
        Logger logger = (Logger) LoggerFactory.getLogger(AlertDelivery.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        Logger logger = (Logger) LoggerFactory.getLogger(AlertDelivery.class);
        logger.detachAppender(appender);
        logger.setLevel(null);
    }
}
