package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safetyportal.portal.e2e.pages.ListWorkPage;
import org.safetyportal.portal.e2e.pages.LoginPage;

/** A publisher drafts and submits a new version of a list; a reviewer publishes it; the public sees it. */
class ListWorkflowIT extends BrowserJourney {

    private static final String BUREAU = "晋城市应急管理局";
    private static final String OLD_TITLE = "负责危险化学品安全生产综合监督管理，组织开展危险化学品专项整治";
    private static final String NEW_TITLE = "负责危险化学品安全生产综合监督管理，组织开展危险化学品安全风险集中治理";

    @Test
    void publisherDraftsAndSubmits_reviewerPublishes_andThePublicSeesTheNewVersion() {
        createPublisherAndReviewer("pub.chen", "陈示例", "rev.liu", "刘示例", BUREAU);

        LoginPage.open(browser).signInSuccessfully("pub.chen", PUBLISHER_PASSWORD);
        ListWorkPage.fromTools(browser).startDraft("lists.type.RESPONSIBILITY").changeTitle("ZR-YJ-001", NEW_TITLE).submit();
        assertTrue(browser.all(By.id("publish-version")).isEmpty(), "a publisher cannot publish");
        signOut();

        LoginPage.open(browser).signInSuccessfully("rev.liu", REVIEWER_PASSWORD);
        // The reviewer reads the whole change against the version in force before deciding.
        ListWorkPage review = ListWorkPage.open(browser).openSubmitted(BUREAU);
        assertEquals(List.of(OLD_TITLE, NEW_TITLE), review.reviewedChange("ZR-YJ-001", browser.text("lists.field.title")));
        ListWorkPage.open(browser).publishSubmitted(BUREAU, "2026-12-01", "lists.changeReason.LAW_CHANGE");
        browser.waitForText(By.id("publish-confirmation"), browser.text("admin.lists.published", 2).substring(0, 3));
        signOut();

        browser.open("/lists/department/JC-EMERGENCY");
        browser.waitForText(By.id("list-RESPONSIBILITY"), NEW_TITLE);
        browser.waitForText(By.id("list-RESPONSIBILITY"), browser.text("lists.changeReason.LAW_CHANGE"));
        assertEquals(2, browser.all(By.cssSelector("#list-RESPONSIBILITY .list-history li")).size(), "two versions in the history");

        // The department's feed announces the new version and links to its page, whose CSV holds the change.
        String feed = fetch("/feeds/departments/JC-EMERGENCY.atom").body();
        String entryTitle = browser.text("feeds.entry.title", BUREAU, browser.text("lists.type.RESPONSIBILITY"), 2);
        Matcher entry = Pattern.compile("<title>" + Pattern.quote(entryTitle)
                + "</title>.*?<link rel=\"alternate\" href=\"[^\"]*(/lists/version/\\d+)\"").matcher(feed);
        assertTrue(entry.find(), feed);
        browser.open(entry.group(1));
        // Who published it, as the public sees it: the department's reviewer, never the account "rev.liu".
        browser.waitForText(By.className("provenance"), browser.text("credit.roleOf", BUREAU, browser.text("role.REVIEWER")));
        assertFalse(browser.find(By.className("provenance")).getText().contains("rev.liu"));
        HttpResponse<String> csv = fetch(browser.byId("export-csv-RESPONSIBILITY").getAttribute("href")
                .replaceFirst("^https?://[^/]+", ""));
        assertTrue(csv.body().contains(NEW_TITLE), csv.body());
        assertEquals(browser.byId("content-hash").getText(), csv.headers().firstValue("X-Content-SHA256").orElse(""),
                "the CSV carries the content hash shown on the page");

        browser.open("/ledger");
        browser.click("ledger-verify");
        assertTrue(browser.byId("ledger-result").getText().matches(".*[0-9a-f]{64}.*"), "the ledger verifies");
    }

    private HttpResponse<String> fetch(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
