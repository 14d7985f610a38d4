package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input against the real portal: each probe is an address with parameters, the status it
 * must get, and what its body must never hold (the input itself, SQL, table names, stack traces).
 * A new feature adds its addresses to {@link #PROBES} and is probed the same way.
 */
class HostileInputIT {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SQL = "' OR '1'='1";
    static final String LONG = "9".repeat(400);
    /** Would end the inline script of a page's first load and start its own. */
    static final String BREAKOUT = "</script><script>alert(2)</script>";

    /**
     * What no answer to a hostile request may carry: the input (beyond a parameter's name) as markup,
     * SQL, table names, stack traces, Micronaut's own error shape with its echo of the path. A page may
     * hold the text of its address inside its script's JSON with the angle brackets escaped, never as a tag.
     */
    static final List<String> NEVER = List.of(IMG, SCRIPT, BREAKOUT, "<img src", "<script>alert", SQL, LONG,
            "Exception", "at org.safetyportal", "at io.micronaut", "SQL [", "jdbc:", "Table '", "doesn't exist", "_links");

    record Probe(String path, Map<String, String> parameters, int status) {

        static Probe of(String path, int status, String... parameters) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < parameters.length; i += 2) {
                map.put(parameters[i], parameters[i + 1]);
            }
            return new Probe(path, map, status);
        }

        String address() {
            StringBuilder address = new StringBuilder(path);
            String separator = "?";
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                address.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
                separator = "&";
            }
            return address.toString();
        }

        @Override
        public String toString() {
            return address();
        }
    }

    /**
     * The table: path and parameters, the status they must get. Hostile text goes into paths as
     * {@link #IMG}: an encoded slash (as in {@link #SCRIPT}) is refused by Tomcat before the portal sees it.
     */
    static final List<Probe> PROBES = List.of(
            Probe.of("/api/v1/routing", 400, "sector", IMG, "area", "ZZ"),
            Probe.of("/api/v1/routing", 400, "sector", "GAS", "area", SCRIPT),
            Probe.of("/api/v1/routing", 400, "sector", SQL, "area", "ZZ"),
            Probe.of("/api/v1/lists", 400, "offset", IMG),
            Probe.of("/api/v1/lists", 400, "limit", LONG),
            Probe.of("/api/v1/lists/departments/" + encode(IMG), 404),
            Probe.of("/api/v1/lists/departments/JC-EMERGENCY/" + encode(IMG) + "/history", 404),
            Probe.of("/api/v1/lists/departments/JC-EMERGENCY/RESPONSIBILITY/history", 400, "year", IMG),
            Probe.of("/api/v1/lists/versions/" + encode(IMG), 400),
            Probe.of("/api/v1/lists/versions/" + LONG, 400),
            Probe.of("/api/v1/lists/versions/999999999/export.csv", 404),
            Probe.of("/api/v1/lists/items", 400, "department", IMG),
            Probe.of("/api/v1/lists/items", 400, "listType", SCRIPT),
            Probe.of("/api/v1/lists/items", 400, "sector", SQL),
            Probe.of("/api/v1/lists/items", 400, "from", SCRIPT),
            Probe.of("/api/v1/lists/items", 200, IMG, "x"),
            Probe.of("/api/v1/lists/items/export.csv", 400, "area", IMG),
            Probe.of("/api/v1/lists/items/JC-EMERGENCY/RESPONSIBILITY/" + encode(IMG), 404),
            Probe.of("/api/v1/lists/diff", 400, "from", IMG, "to", "1"),
            Probe.of("/api/v1/inspections", 400, "area", IMG),
            Probe.of("/api/v1/inspections", 400, "sector", SCRIPT),
            Probe.of("/api/v1/inspections", 400, "from", SCRIPT),
            Probe.of("/api/v1/inspections", 400, "limit", IMG),
            Probe.of("/api/v1/inspections/" + encode(IMG), 404),
            Probe.of("/api/v1/inspections/export.csv", 400, "kind", IMG),
            Probe.of("/api/v1/inspections/export.json", 400, "status", SCRIPT),
            Probe.of("/api/v1/hazards", 400, "status", IMG),
            Probe.of("/api/v1/hazards", 400, "year", SCRIPT),
            Probe.of("/api/v1/hazards/" + encode(IMG), 404),
            Probe.of("/api/v1/hazards/export.xlsx", 400, "department", IMG),
            Probe.of("/api/v1/cases", 400, "area", IMG),
            Probe.of("/api/v1/cases", 400, "status", SCRIPT),
            Probe.of("/api/v1/cases", 400, "department", SQL),
            Probe.of("/api/v1/cases", 400, "limit", IMG),
            Probe.of("/api/v1/cases/" + encode(IMG), 404),
            Probe.of("/feeds/cases/areas/" + encode(IMG) + ".atom", 404),
            Probe.of("/cases/" + encode(IMG), 404),
            Probe.of("/cases", 200, "area", BREAKOUT, "status", IMG),
            Probe.of("/open311/v2/requests.json", 400, "start_date", IMG),
            Probe.of("/open311/v2/requests.xml", 400, "service_code", SCRIPT),
            Probe.of("/open311/v2/requests.json", 400, "service_request_id", LONG.repeat(6)),
            Probe.of("/open311/v2/requests.json", 200, "service_request_id", SQL),
            Probe.of("/open311/v2/requests/" + encode(IMG) + ".json", 404),
            Probe.of("/open311/v2/services/" + encode(IMG) + ".xml", 404),
            Probe.of("/open311/v2/tokens/" + encode(SQL) + ".json", 404),
            Probe.of("/open311/v2/" + encode(IMG), 404),
            Probe.of("/api/v1/blacklist", 400, "status", IMG),
            Probe.of("/api/v1/blacklist/" + encode(IMG), 404),
            Probe.of("/api/v1/blacklist/export.csv", 400, "sector", SCRIPT),
            Probe.of("/api/v1/oversight", 400, "kind", IMG),
            Probe.of("/api/v1/oversight/" + encode(IMG), 404),
            Probe.of("/api/v1/oversight/export.csv", 400, "year", IMG),
            Probe.of("/api/v1/enterprises/" + encode(IMG), 404),
            Probe.of("/api/v1/ledger", 400, "offset", SCRIPT),
            Probe.of("/api/v1/" + encode(IMG), 404),
            Probe.of("/api/admin/users", 401, "x", IMG),
            Probe.of("/feeds/departments/" + encode(IMG) + ".atom", 404),
            Probe.of("/inspections/" + encode(IMG), 404),
            Probe.of("/hazards/" + encode(IMG), 404),
            Probe.of("/lists/department/" + encode(IMG), 404),
            Probe.of("/" + encode(IMG), 404),
            Probe.of("/inspections/" + BREAKOUT.replace("<", "%3C").replace(">", "%3E"), 404),
            Probe.of("/education/lessons/" + encode(IMG), 404),
            Probe.of("/education/campaigns/" + encode(IMG), 404),
            Probe.of("/join/" + encode(IMG), 404),
            Probe.of("/certificates/" + encode(IMG), 404),
            Probe.of("/api/education/images/" + encode(IMG), 404),
            Probe.of("/api/education/images/0123456789abcdef.png", 404),
            Probe.of("/api/education/lessons/" + encode(IMG), 404),
            Probe.of("/api/education/certificates/" + encode(IMG), 404),
            Probe.of("/search", 200, "q", BREAKOUT),
            Probe.of("/inspections", 200, "area", BREAKOUT, "sector", IMG),
            Probe.of("/lists/items", 200, "department", BREAKOUT));

    static Stream<Probe> probes() {
        return PROBES.stream();
    }

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @MethodSource("probes")
    void hostileInput_getsItsStatus_andTheBodyCarriesNoneOfIt(Probe probe) throws Exception {
        for (String language : List.of("zh", "en")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(probe.address()
                    + (probe.parameters().isEmpty() ? "?" : "&") + "lang=" + language))).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(probe.status(), response.statusCode(), probe + " (" + language + "): " + response.body());
            List<String> found = new ArrayList<>();
            for (String never : NEVER) {
                if (response.body().contains(never)) {
                    found.add(never);
                }
            }
            assertEquals(List.of(), found, probe + " (" + language + "): " + response.body());
            assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""), probe.toString());
            if (probe.path().startsWith("/api/") && probe.status() >= 400) {
                String type = response.headers().firstValue("content-type").orElse("");
                assertTrue(type.startsWith("application/json"), probe + ": " + type);
                assertTrue(response.body().startsWith("{\"status\":" + probe.status() + ",\"code\":\""), response.body());
                assertFalse(response.body().toLowerCase(Locale.ROOT).contains("exception"), response.body());
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
