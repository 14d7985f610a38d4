package org.safetyportal.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full Vaadin page view by a new visitor, as Chromium makes it: the route's document, in which the
 * server has already run the navigation (eager initial load: the view's UIDL is inline, so the page
 * answers 404 or 500 with its own status), then the first UIDL round trip of the client engine with the
 * session's security key. The view counts as served only when both answer 200 and the document carries
 * the rendered view.
 */
final class PageView {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final String baseUrl;
    private final String route;

    PageView(HttpClient client, String baseUrl, String route) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.route = route.startsWith("/") ? route.substring(1) : route;
    }

    /** One view by a visitor without a session; returns the session id it got, empty when the view failed. */
    Optional<String> view() throws Exception {
        HttpResponse<String> document = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + route)).timeout(TIMEOUT)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Optional<String> session = document.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst();
        Matcher key = SECURITY_KEY.matcher(document.body());
        Matcher ui = UI_ID.matcher(document.body());
        if (document.statusCode() != 200 || session.isEmpty() || !key.find() || !ui.find()
                || !document.body().contains("\"changes\"")) {
            return Optional.empty();
        }
        String roundTrip = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + ui.group(1)))
                .timeout(TIMEOUT).header("Cookie", session.get()).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(roundTrip)).build(), HttpResponse.BodyHandlers.ofString());
        boolean answered = uidl.statusCode() == 200 && uidl.body().contains("\"syncId\"") && !uidl.body().contains("\"appError\"");
        return answered ? session : Optional.empty();
    }
}
