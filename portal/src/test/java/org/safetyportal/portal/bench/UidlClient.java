package org.safetyportal.portal.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A Vaadin Flow client engine reduced to what a participant's phone does over HTTP: it loads a route's document
 * (this portal puts the first UIDL message into it), keeps the session cookie, the CSRF token, the sync and client
 * ids and the node tree, and posts RPC batches to {@code /?v-r=uidl} exactly as Chromium's client engine posts them.
 * It knows no component: what to send is the caller's (see {@link ChromeHabits}).
 */
final class UidlClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIAL_MARKER = "window.Vaadin.TypeScript= ";
    private static final String GUARD = "for(;;);";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;
    private final UidlTree tree = new UidlTree();
    private String cookie;
    private String title = "";
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private List<Integer> lastAttached = List.of();

    UidlClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    UidlTree tree() {
        return tree;
    }

    /** The document's title as served (Chromium reports it with the first navigation). */
    String title() {
        return title;
    }

    /** The nodes the last message attached (what the browser would just have put on the page). */
    List<Integer> lastAttached() {
        return lastAttached;
    }

    /** GETs a route as a new visitor; the document carries the navigation's UIDL, which becomes the tree. */
    void open(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
        cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("GET " + path + " gave no session cookie"));
        String body = page.body();
        int titleStart = body.indexOf("<title>");
        int titleEnd = body.indexOf("</title>");
        title = titleStart < 0 || titleEnd < titleStart ? "" : body.substring(titleStart + 7, titleEnd);
        int marker = body.indexOf(INITIAL_MARKER);
        if (marker < 0) {
            throw new IllegalStateException("GET " + path + " holds no initial UIDL");
        }
        JsonNode initial;
        // The JSON ends where the script goes on; the parser reads exactly one value and stops there.
        try (JsonParser parser = JSON.createParser(body.substring(marker + INITIAL_MARKER.length()))) {
            initial = JSON.readValue(parser, JsonNode.class).path("initial");
        }
        JsonNode config = initial.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        JsonNode key = initial.findValue("Vaadin-Security-Key");
        csrfToken = key == null ? null : key.asText();
        if (csrfToken == null) {
            throw new IllegalStateException("GET " + path + " holds no security key");
        }
        accept(uidl);
    }

    /** Posts one batch of RPC invocations and applies the answer; fails on anything but a clean, in-order answer. */
    JsonNode send(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        if (answer.statusCode() != 200 || !body.startsWith(GUARD)) {
            throw new IllegalStateException("UIDL answered " + answer.statusCode() + ": " + abbreviate(body));
        }
        JsonNode uidl = JSON.readTree(body.substring(GUARD.length())).path(0);
        if (uidl.path("meta").has("appError") || uidl.path("meta").has("sessionExpired")
                || uidl.path("meta").path("async").asBoolean(false) && !uidl.has("syncId")) {
            throw new IllegalStateException("UIDL error: " + abbreviate(body));
        }
        if (uidl.path("syncId").asInt(-1) != syncId + 1) {
            throw new IllegalStateException("UIDL out of order (resynchronisation asked): " + abbreviate(body));
        }
        accept(uidl);
        return uidl;
    }

    private void accept(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        tree.addConstants(uidl.get("constants"));
        lastAttached = tree.apply(uidl.get("changes"));
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }
}
