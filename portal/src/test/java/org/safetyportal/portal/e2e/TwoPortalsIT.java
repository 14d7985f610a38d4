package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/**
 * Two portal nodes on one MySQL database, each serving public answers from memory per ledger head: a
 * list published on one is answered by that node at once and by the other within about a second.
 */
class TwoPortalsIT {

    private static final String BUREAU = "晋城市应急管理局";
    private static final String NEW_TITLE = "负责危险化学品安全生产综合监督管理（两个节点）";
    private static final String LISTS = "/api/v1/lists/departments/JC-EMERGENCY";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aListPublishedOnOneNode_isServedByTheOtherWithinASecond() throws Exception {
        Assumptions.assumeTrue("mysql".equals(System.getProperty("e2e.database", "h2")),
                "two nodes need a shared MySQL/MariaDB database; embedded H2 belongs to one process");
        try (PortalProcess first = PortalProcess.startFresh();
             PortalProcess second = PortalProcess.alongside(first)) {
            String before = get(second, LISTS);
            assertEquals(before, get(first, LISTS), "both nodes answer the same before the publication");

            publishOn(first);

            String afterOnFirst = get(first, LISTS);
            assertNotEquals(before, afterOnFirst, "the node that published answers the new version at once");
            long published = System.nanoTime();
            String onSecond = get(second, LISTS);
            while (!onSecond.equals(afterOnFirst) && System.nanoTime() - published < 5_000_000_000L) {
                Thread.sleep(50);
                onSecond = get(second, LISTS);
            }
            long waitedMillis = (System.nanoTime() - published) / 1_000_000;
            assertEquals(afterOnFirst, onSecond, "the other node serves the new version");
            assertTrue(waitedMillis <= 1_500, "the other node took " + waitedMillis + " ms to notice the new head");
        }
    }

    private static void publishOn(PortalProcess portal) {
        try (Browser browser = new Browser(portal, SupportedLocales.CHINESE)) {
            LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            UserManagementPage users = UserManagementPage.open(browser);
            users.createUser("pub.node", "节点发布示例", "publisher-pass-9", "PUBLISHER", BUREAU);
            users.waitForUser("pub.node");
            users.createUser("rev.node", "节点审核示例", "reviewer-pass-9", "REVIEWER", BUREAU);
            users.waitForUser("rev.node");
            browser.click("sign-out");
            browser.byId("staff-sign-in");

            LoginPage.open(browser).signInSuccessfully("pub.node", "publisher-pass-9");
            ListWorkPage.fromTools(browser).startDraft("lists.type.RESPONSIBILITY").changeTitle("ZR-YJ-001", NEW_TITLE).submit();
            browser.click("sign-out");
            browser.byId("staff-sign-in");

            LoginPage.open(browser).signInSuccessfully("rev.node", "reviewer-pass-9");
            ListWorkPage.open(browser).publishSubmitted(BUREAU, "2026-12-01", "lists.changeReason.LAW_CHANGE");
            browser.waitForText(By.id("publish-confirmation"), browser.text("admin.lists.published", 2).substring(0, 3));
        }
    }

    private String get(PortalProcess portal, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
