package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the public site answers at the HTTP level, against the real jar: 404 for unknown addresses
 * and codes, HEAD like GET, the headers of a public site, robots.txt, the sitemap and the favicon.
 */
class PublicWebIT {

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/lists/department/NOPE", "/inspections/XYZ", "/hazards/NOPE",
        "/blacklist/999999", "/blacklist/NOPE", "/oversight/NOPE", "/enterprises/NOPE", "/lists/version/999999",
        "/lists/version/999999/items/NOPE", "/lists/version/999999/print", "/lists/diff/999998/999999",
        "/lists/JC-EMERGENCY/POWER/items/NOPE", "/admin/no-such-tool"})
    void unknownAddressesAndCodes_answer404_withTheFriendlyPage(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals(404, response.statusCode(), path);
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"), path);
        assertTrue(response.body().contains("not-found"), "the 404 view, rendered with the page: " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lists", "/inspections", "/hazards", "/blacklist", "/oversight", "/lists/department/JC-EMERGENCY"})
    void publicPagesThatExist_answer200(String path) throws Exception {
        assertEquals(200, get(path).statusCode(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/departments", "/api/v1/lists", "/feeds/lists.atom", "/health", "/robots.txt",
        "/sitemap.xml", "/", "/lists", "/favicon.ico"})
    void head_answersWithTheSameHeadersAsGet_andNoBody(String path) throws Exception {
        HttpResponse<String> get = get(path);
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(get.statusCode(), head.statusCode(), path);
        assertEquals("", head.body());
        for (String header : List.of("content-type", "etag", "cache-control", "content-security-policy",
                "x-content-type-options", "x-frame-options", "referrer-policy")) {
            assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), header + " of " + path);
        }
        if (path.startsWith("/api/v1/") || path.startsWith("/feeds/")) {
            assertTrue(head.headers().firstValue("etag").isPresent(), "ETag of " + path);
            assertEquals(get.headers().firstValue("content-length"), head.headers().firstValue("content-length"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lists", "/no-such-page", "/api/v1/departments", "/api/v1/no-such-thing", "/health",
        "/feeds/lists.atom", "/robots.txt", "/favicon.ico", "/login"})
    void everyAnswer_carriesTheHeadersOfAPublicSite(String path) throws Exception {
        HttpHeaders headers = get(path).headers();

        assertEquals("nosniff", headers.firstValue("x-content-type-options").orElse(""), path);
        assertEquals("DENY", headers.firstValue("x-frame-options").orElse(""), path);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("referrer-policy").orElse(""), path);
        String policy = headers.firstValue("content-security-policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        assertTrue(policy.contains("object-src 'none'") || policy.startsWith("default-src 'none'"), path + ": " + policy);
        if (path.startsWith("/api/") || path.startsWith("/feeds/") || path.equals("/health")) {
            assertTrue(policy.startsWith("default-src 'none'"), "open data runs no script: " + policy);
        }
    }

    @Test
    void theSessionCookie_isHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = get("/login");

        String cookie = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP from a client that is no configured proxy: " + cookie);
    }

    @Test
    void forwardedProtoFromAnUntrustedClient_isNotBelieved() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(portal.url("/login")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.1").build(),
                HttpResponse.BodyHandlers.ofString());

        String cookie = page.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void robotsTxt_allowsThePublicSite_keepsCrawlersOutOfTheStaffArea_andNamesTheSitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        for (String line : List.of("User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /login", "Disallow: /api/admin",
                "Sitemap: " + portal.baseUrl() + "/sitemap.xml")) {
            assertTrue(lines.contains(line), line + " in " + robots.body());
        }
    }

    @Test
    void sitemap_namesEveryKindOfPublicPermalink_withItsDateInTheLedger() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");

        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.headers().firstValue("content-type").orElse("").startsWith("application/xml"));
        String xml = sitemap.body();
        assertTrue(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml);
        for (String kind : List.of("/lists/version/", "/lists/department/", "/inspections/", "/hazards/", "/blacklist/",
                "/oversight/", "/enterprises/")) {
            assertTrue(xml.contains("<loc>" + portal.baseUrl() + kind), kind);
        }
        Matcher url = Pattern.compile("<url><loc>([^<]+)</loc><lastmod>(\\d{4}-\\d{2}-\\d{2})</lastmod></url>").matcher(xml);
        int checked = 0;
        while (url.find() && checked < 6) {
            String path = url.group(1).substring(portal.baseUrl().length());
            if (path.matches("/(inspections|hazards|oversight)/.+")) {
                assertEquals(200, get(path).statusCode(), "a sitemap address opens: " + path);
                checked++;
            }
        }
        assertTrue(checked > 0, xml);
        assertFalse(xml.contains("/admin"), "no staff pages");

        // The campaign calendar and each campaign's page, dated by its newest published figures, undated before any.
        assertTrue(xml.contains("<loc>" + portal.baseUrl() + "/education/campaigns</loc>"), xml);
        Matcher campaign = Pattern.compile("<url><loc>" + Pattern.quote(portal.baseUrl())
                + "(/education/campaigns/[A-Z0-9_]+)</loc>(?:<lastmod>([0-9-]+)</lastmod>)?</url>").matcher(xml);
        int campaigns = 0;
        while (campaign.find()) {
            String path = campaign.group(1);
            assertEquals(200, get(path).statusCode(), "a sitemap address opens: " + path);
            Matcher publishedAt = Pattern.compile("\"figures\":\\{[^}]*?\"publishedAt\":\"(\\d{4}-\\d{2}-\\d{2})T")
                    .matcher(get("/api/v1" + path).body());
            assertEquals(publishedAt.find() ? publishedAt.group(1) : null, campaign.group(2),
                    "lastmod is the day its newest figures were published, none without figures: " + path);
            campaigns++;
        }
        assertTrue(campaigns >= 6, "every campaign of the calendar: " + xml);

        // The lesson library and every published lesson's page, dated by the lesson's latest publication in the ledger.
        assertTrue(xml.contains("<loc>" + portal.baseUrl() + "/education</loc><lastmod>"), xml);
        Matcher lesson = Pattern.compile("<url><loc>" + Pattern.quote(portal.baseUrl())
                + "(/education/lessons/[a-z0-9-]+)</loc><lastmod>(\\d{4}-\\d{2}-\\d{2})</lastmod></url>").matcher(xml);
        int lessons = 0;
        while (lesson.find()) {
            lessons++;
            if (lesson.group(1).equals("/education/lessons/gas-at-home")) {
                HttpResponse<String> page = get(lesson.group(1));
                assertEquals(200, page.statusCode(), "a sitemap address opens: " + lesson.group(1));
                Matcher subject = Pattern.compile("lesson:\\d+").matcher(page.body());
                assertTrue(subject.find(), "the lesson page names its ledger subject");
                assertEquals(latestInLedger(subject.group()), lesson.group(2), "lastmod is the lesson's publication day");
            }
        }
        assertTrue(lessons >= 5 && xml.contains("/education/lessons/gas-at-home</loc>"), "the seed lessons: " + xml);
        for (String perVisitor : List.of("/certificates", "/join")) {
            assertFalse(xml.contains(perVisitor), "no page made for one visitor: " + perVisitor);
        }
    }

    /** The day (UTC, as the sitemap dates) of the newest ledger entry on this subject; the ledger API lists newest first. */
    private String latestInLedger(String subject) throws Exception {
        Pattern entry = Pattern.compile("\\{[^{}]*?\"occurredAt\":\"(\\d{4}-\\d{2}-\\d{2})T[^\"]*\"[^{}]*?\"subject\":\""
                + Pattern.quote(subject) + "\"");
        for (int offset = 0; offset < 100_000; offset += 500) {
            String page = get("/api/v1/ledger?limit=500&offset=" + offset).body();
            Matcher found = entry.matcher(page);
            if (found.find()) {
                return found.group(1);
            }
            if (!page.contains("\"seq\"")) {
                break;
            }
        }
        throw new AssertionError("no ledger entry for " + subject);
    }

    @Test
    void favicon_isARealIcon_servedWithItsType_andNamedByThePages() throws Exception {
        HttpResponse<byte[]> icon = client.send(HttpRequest.newBuilder(URI.create(portal.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("content-type").orElse(""));
        try (InputStream expected = getClass().getResourceAsStream("/META-INF/resources/favicon.ico")) {
            assertArrayEquals(expected.readAllBytes(), icon.body());
        }
        assertArrayEquals(new byte[] {0, 0, 1, 0}, java.util.Arrays.copyOf(icon.body(), 4), "an ICO header");
        assertTrue(get("/").body().contains("favicon.ico"), "the page links its icon");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
