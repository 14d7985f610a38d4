package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.CaseWorkPage;
import org.safetyportal.portal.e2e.pages.FailedAlertsPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.ReportPage;
import org.safetyportal.portal.e2e.pages.TrackPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * With the mail server down (GreenMail not started), the alert of an accepted case is given up (one attempt, by
 * {@code PORTAL_SMTP_ATTEMPTS}); the reporter reads on /track that e-mail updates could not be delivered, never the
 * address; the administrator sees the alert on "Undelivered e-mail alerts" (no address either), and once the mail
 * server is back presses "Send again", and the mail arrives; /track then says nothing of it. A portal of its own, reached at 127.0.0.61.
 */
class UndeliveredAlertsIT {

    private static final String HANDLER = "rl.alerts";
    private static final String PASSWORD = "rl-alerts-pass-1";
    private static final String EMAIL = "sun.shili@example.org";

    private Browser browser;

    @Test
    void anAlertGivenUp_isToldOnTrack_andTheAdministratorSendsItAgain() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (PortalProcess portal = PortalProcess.startFresh(Map.of("PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", Integer.toString(port), "PORTAL_SMTP_FROM", "alerts@portal.example.org",
                "PORTAL_SMTP_POLL", "1s", "PORTAL_SMTP_ATTEMPTS", "1", "PORTAL_DEMO_DATA", "false"))) {
            browser = new Browser(portal, SupportedLocales.CHINESE).at("127.0.0.61");
            LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            UserManagementPage users = UserManagementPage.open(browser);
            users.createUser(HANDLER, "送达示例办理人", PASSWORD, "CASE_HANDLER", "泽州县城市管理局");
            users.waitForUser(HANDLER);
            signOut();

            browser.resize(360, 740);
            ReportPage report = ReportPage.open(browser).startReport().category("燃气").county("泽州县")
                    .address("示例送达巷1号").describe("楼下燃气管道被占压，有燃气味。");
            report.underName("孙示例", "13900006655", EMAIL);
            report.submit();
            String code = report.receiptCode();
            String pin = report.receiptPin();
            assertEquals("", TrackPage.open(browser).track(code, pin).alertsUndelivered(), "nothing to say yet");

            browser.resize(1280, 900);
            LoginPage.open(browser).signInSuccessfully(HANDLER, PASSWORD);
            CaseWorkPage.fromAdminHome(browser).openCaseAt("示例送达巷1号").start("ACCEPT").note("已受理")
                    .confirm(browser.text("case.status.ACCEPTED"));
            signOut();

            browser.resize(360, 740);
            String told = trackUntilUndelivered(code, pin);
            assertEquals(browser.text("track.alerts.undelivered"), told);
            assertFalse(browser.byId("tracked-case").getText().contains(EMAIL), "never the address");

            browser.resize(1280, 900);
            LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            FailedAlertsPage failed = FailedAlertsPage.fromAdminHome(browser);
            List<String> listed = failed.alerts();
            assertEquals(1, listed.size(), listed.toString());
            assertTrue(listed.get(0).contains(browser.text("case.action.ACCEPT")), listed.get(0));
            assertFalse(listed.get(0).contains(EMAIL) || listed.get(0).contains("@example.org"), listed.get(0));

            smtp.start();
            String said = failed.sendAgainFirst();
            String[] around = browser.text("admin.alerts.sentAgain", "\u0000").split("\u0000");
            assertTrue(said.startsWith(around[0] + "hazard-case:") && said.endsWith(around[1]), said);
            assertTrue(failed.saysNone());
            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the alert arrives once sent again");
            assertEquals(EMAIL, smtp.getReceivedMessages()[0].getAllRecipients()[0].toString());
            signOut();

            assertEquals("", TrackPage.open(browser).track(code, pin).alertsUndelivered(), "delivered: nothing to say");
            assertFalse(portal.output().contains(EMAIL), "the address is in no log line");
        } finally {
            if (browser != null) {
                browser.close();
            }
            smtp.stop();
        }
    }

    /** The sender polls every second: the alert is given up within moments of the step. */
    private String trackUntilUndelivered(String code, String pin) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            String told = TrackPage.open(browser).track(code, pin).alertsUndelivered();
            if (!told.isEmpty() || Instant.now().isAfter(until)) {
                return told;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return told;
            }
        }
    }

    private void signOut() {
        browser.click("sign-out");
        browser.byId("staff-sign-in");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
