package org.safetyportal.portal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full Vaadin page view by a new visitor, as Chromium makes it: the route's document (which starts a
 * session), {@code ?v-r=init} for the route (the UI and its security key), then the {@code ui-navigate}
 * event that renders the view. The view counts as served only when all three answer 200 and the last
 * one carries the rendered changes.
 */
final class PageView {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
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
        HttpResponse<String> document = client.send(get(baseUrl + "/" + route, null), HttpResponse.BodyHandlers.ofString());
        Optional<String> session = document.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst();
        if (document.statusCode() != 200 || session.isEmpty()) {
            return Optional.empty();
        }
        String cookie = session.get();
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        HttpResponse<String> init = client.send(get(baseUrl + "/?v-r=init&location=" + location + "&query=", cookie),
                HttpResponse.BodyHandlers.ofString());
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (init.statusCode() != 200 || !key.find()) {
            return Optional.empty();
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"/" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=0"))
                .timeout(TIMEOUT).header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        boolean rendered = uidl.statusCode() == 200 && uidl.body().contains("\"changes\"") && !uidl.body().contains("\"appError\"");
        return rendered ? session : Optional.empty();
    }

    private HttpRequest get(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.GET().build();
    }
}
