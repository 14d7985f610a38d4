package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * A visitor's session lives while the tab is open and ends minutes after it closes; a signed-in one
 * lasts the staff timeout and ends when its tab has been left alone that long, heartbeats or not. Run
 * with a one-minute visitor timeout and a two-minute staff timeout, so it waits about two and a half
 * minutes; the database plays no part, so it runs on H2 only.
 */
class SessionLifetimeIT {

    private static final Duration PAST_VISITOR_TIMEOUT = Duration.ofSeconds(75);

    @Test
    void aClosedVisitorTabsSessionEnds_anOpenOneLives_andAnUnattendedStaffTabIsSignedOut() throws Exception {
        Assumptions.assumeTrue(!"mysql".equals(System.getProperty("e2e.database")), "not about the database");
        try (PortalProcess portal = PortalProcess.startFresh(Map.of(
                "PORTAL_VISITOR_SESSION_TIMEOUT", "1m", "PORTAL_SESSION_TIMEOUT", "2m"))) {
            Browser staff = new Browser(portal, SupportedLocales.CHINESE);
            LoginPage.open(staff).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            String staffSession = session(staff);
            assertEquals(200, status(portal, "/api/admin/users", staffSession), "signed in");

            Browser visitor = new Browser(portal, SupportedLocales.CHINESE);
            visitor.open("/inspections");
            String visitorSession = session(visitor);
            Thread.sleep(PAST_VISITOR_TIMEOUT.toMillis());

            // Open all this time, with only heartbeats: the page still works and keeps its session.
            visitor.click(visitor.find(org.openqa.selenium.By.cssSelector("#main-nav vaadin-side-nav-item[path='lists']")));
            visitor.byId("section-heading");
            assertEquals("/lists", visitor.path());
            assertEquals(visitorSession, session(visitor), "the open tab kept its session");
            visitor.close();
            Thread.sleep(PAST_VISITOR_TIMEOUT.toMillis());

            assertNotEquals(visitorSession, newSessionFor(portal, visitorSession).orElse(visitorSession),
                    "a closed tab's session has ended: the old cookie gets a new session");
            // The staff tab stayed open with heartbeats only, longer than the staff timeout.
            assertEquals(401, status(portal, "/api/admin/users", staffSession), "an unattended staff tab is signed out");
            staff.close();
        }
    }

    private static String session(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie != null, "the page has a session");
        return cookie.getValue();
    }

    private static int status(PortalProcess portal, String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The session id the portal hands out when a page is asked for with this cookie, if it hands out a new one. */
    private static Optional<String> newSessionFor(PortalProcess portal, String session) throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url("/inspections")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding());
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst();
    }
}
