package org.safetyportal.portal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safetyportal.i18n.SupportedLocales;
import org.safetyportal.portal.e2e.pages.LoginPage;
import org.safetyportal.portal.e2e.pages.UserManagementPage;

/** A journey through the shared running portal in a browser of its own, starting in Chinese. */
abstract class BrowserJourney {

    protected static final String PUBLISHER_PASSWORD = "publisher-pass-9";
    protected static final String REVIEWER_PASSWORD = "reviewer-pass-9";

    protected final PortalProcess portal = PortalProcess.shared();
    protected final HttpClient client = HttpClient.newHttpClient();
    protected Browser browser;

    @RegisterExtension
    final FailureScreenshots failureScreenshots = new FailureScreenshots(this);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(portal, SupportedLocales.CHINESE);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /**
     * As the administrator, gives one department (named as the portal shows it) a publisher and a
     * different reviewer, with {@link #PUBLISHER_PASSWORD} and {@link #REVIEWER_PASSWORD}; then signs out.
     */
    protected void createPublisherAndReviewer(String publisher, String publisherName, String reviewer, String reviewerName,
            String department) {
        LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
        UserManagementPage users = UserManagementPage.open(browser);
        users.createUser(publisher, publisherName, PUBLISHER_PASSWORD, "PUBLISHER", department);
        users.waitForUser(publisher);
        users.createUser(reviewer, reviewerName, REVIEWER_PASSWORD, "REVIEWER", department);
        users.waitForUser(reviewer);
        signOut();
    }

    protected void signOut() {
        browser.click("sign-out");
        browser.byId("staff-sign-in");
    }

    /** A GET of a portal address, outside the browser (no session), in whatever state it answers. */
    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
