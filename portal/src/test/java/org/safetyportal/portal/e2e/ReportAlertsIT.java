package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * E-mail alerts: a real-name reporter who leaves an email on a 360 px phone is written to when the
 * handler accepts the case with a public note. The portal is one of its own (without demo data, to keep
 * it cheap), started with {@code PORTAL_SMTP_*} pointing at a GreenMail server this test runs, and
 * reached at 127.0.0.11.
 */
class ReportAlertsIT {

    private static final String HANDLER = "mail.handler";
    private static final String HANDLER_NAME = "邮件示例办理人";
    private static final String PASSWORD = "mail-pass-1";
    private static final String EMAIL = "li.shili@example.org";
    private static final String PHONE = "13900007788";
    private static GreenMail smtp;
    private static PortalProcess portal;
    private Browser browser;

    @BeforeAll
    static void startMailServerAndPortal() {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            portal = PortalProcess.startFresh(Map.of("PORTAL_SMTP_HOST", "127.0.0.1", "PORTAL_SMTP_PORT", Integer.toString(port),
                    "PORTAL_SMTP_FROM", "alerts@portal.example.org", "PORTAL_SMTP_POLL", "1s", "PORTAL_DEMO_DATA", "false"))
                    .reachedAt("127.0.0.11");
        } catch (RuntimeException e) {
            smtp.stop();
            throw e;
        }
    }

    @AfterAll
    static void stopPortalAndMailServer() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            smtp.stop();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(portal, SupportedLocales.CHINESE);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aRealNameReporterOnA360pxPhone_isWrittenTo_whenTheHandlerAcceptsWithAPublicNote() throws Exception {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(HANDLER, HANDLER_NAME, PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
        users.waitForUser(HANDLER);
        browser.click("sign-out");
        browser.byId("staff-sign-in");

        browser.resize(360, 740);
        String place = "示例巷" + UUID.randomUUID().toString().substring(0, 6);
        ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                .address(place + "1号").describe("小区门口燃气管道被占压，有燃气味。");
        report.underName("李示例", PHONE, EMAIL);
        report.submit();
        String code = report.receiptCode();
        String pin = report.receiptPin();
        assertEquals(0, smtp.getReceivedMessages().length, "the report itself is not alerted: the receipt is on screen");

        browser.resize(1280, 900);
        LoginPage.open(browser).signInSuccessfully(HANDLER, PASSWORD);
        String note = "已受理，近日派人到现场核查";
        CaseWorkPage.fromAdminHome(browser).openCaseAt(place).start("ACCEPT").note(note)
                .confirm(browser.text("case.status.ACCEPTED"));

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the alert arrives");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(EMAIL, received[0].getAllRecipients()[0].toString());
        String subject = received[0].getSubject();
        String mail = subject + "\n" + received[0].getContent();
        assertTrue(subject.contains(browser.text("case.status.ACCEPTED")), subject);
        assertTrue(mail.contains(note), mail);
        // The receipt shows the code in groups (ABCD-EFGH-JKLMN); the address carries it as stored, without the dashes.
        assertTrue(mail.contains(portal.url("/track?code=" + code.replace("-", ""))), mail);
        assertFalse(mail.contains(pin), "never the PIN");
        assertFalse(mail.contains(HANDLER) || mail.contains(HANDLER_NAME), "never the staff");
        assertFalse(mail.contains(PHONE), "never the reporter's phone");
        assertFalse(portal.output().contains(EMAIL), "the address is in no log line");
        assertFalse(portal.output().contains(PHONE), "the phone is in no log line");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
