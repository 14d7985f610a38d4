package org.safetyportal.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safetyportal.portal.e2e.Browser;
import org.safetyportal.portal.e2e.PortalProcess;
import org.safetyportal.portal.e2e.pages.LoginPage;

/**
 * Citizens' reports taken over HTTP while many arrive at once, through the Open311 path an app posts to (the
 * same intake as the form: rules, routing, the report, its first public step and ledger entry in one
 * transaction), and what a {@code kill -9} in the middle of it loses: every receipt a client was given is
 * looked up after the restart. The key is issued the way an administrator issues it, in the browser.
 */
public final class IntakeUnderLoad {

    private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\":\"(\\d{4}-\\d{5,9})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private final PortalProcess portal;
    private final HttpClient client;
    private final AtomicInteger serial = new AtomicInteger();

    public IntakeUnderLoad(PortalProcess portal, HttpClient client) {
        this.portal = portal;
        this.client = client;
    }

    /** The key an administrator issues at /admin/open311, read from the page as they would copy it. */
    public String issueKey() {
        try (Browser browser = new Browser(portal, Locale.SIMPLIFIED_CHINESE)) {
            LoginPage.open(browser).signInSuccessfully("admin", PortalProcess.ADMIN_PASSWORD);
            browser.open("/admin/open311");
            browser.type("open311-client", "示例压力测试应用");
            browser.click("open311-issue");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> browser.byId("open311-new-key").getAttribute("value").startsWith("o311-"));
            return browser.byId("open311-new-key").getAttribute("value");
        }
    }

    /** Posts one text report; answers its service request id, or null when it was not taken. */
    public String post(String key) throws Exception {
        int n = serial.incrementAndGet();
        String form = "api_key=" + key + "&service_code=GAS&attribute%5Bcounty%5D=ZZ&address_string="
                + encode("南村镇示例街" + (n % 200) + "号") + "&description=" + encode("压力测试示例：楼道燃气管道有异味，第 " + n + " 份");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(portal.url("/open311/v2/requests.json")))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return null;
        }
        Matcher id = REQUEST_ID.matcher(answer.body());
        return id.find() ? id.group(1) : null;
    }

    /**
     * Clients post reports as fast as they are answered; after {@code killAfter} seconds the portal is killed
     * with SIGKILL, then started again on the same database, and every receipt given is looked up.
     */
    public KillResult killInTheMiddle(String key, int clients, double killAfter) throws Exception {
        long storedBefore = storedCases();
        Set<String> receipts = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger failedAfterKill = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            senders.add(pool.submit(() -> {
                while (!killed.get()) {
                    try {
                        String id = post(key);
                        if (id != null) {
                            receipts.add(id);
                        }
                    } catch (Exception cut) {
                        if (killed.get()) {
                            failedAfterKill.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep((long) (killAfter * 1000));
        killed.set(true);
        portal.kill();
        for (Future<?> sender : senders) {
            sender.get();
        }
        pool.shutdown();
        int given = receipts.size();
        portal.restart();
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (String id : receipts) {
            HttpResponse<Void> lookedUp = client.send(HttpRequest.newBuilder(URI.create(portal.url("/open311/v2/requests/" + id + ".json")))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (lookedUp.statusCode() == 200) {
                found++;
            } else if (missing.size() < 5) {
                missing.add(id);
            }
        }
        return new KillResult(given, found, storedCases() - storedBefore, failedAfterKill.get(), missing);
    }

    /** What the kill cost: receipts given and found again, reports stored in all. */
    public record KillResult(int receipts, int found, long stored, int cutOff, List<String> missing) {
    }

    /** The published cases, as the open-data API counts them. */
    private long storedCases() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/cases?limit=1")))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(page.body());
        if (!total.find()) {
            throw new IllegalStateException("No total in /api/v1/cases: " + page.body());
        }
        return Long.parseLong(total.group(1));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
