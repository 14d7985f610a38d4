package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The downloads of a published version over HTTP: types, provenance headers, caching, errors. */
class ListExportsApiIT {

    private static final Pattern EMERGENCY_RESPONSIBILITIES = Pattern.compile(
            "\\{\"id\":(\\d+),\"department\":\"JC-EMERGENCY\",\"listType\":\"RESPONSIBILITY\"[^}]*\"contentHash\":\"([0-9a-f]{64})\"");

    private final PortalProcess portal = PortalProcess.shared();
    private final HttpClient client = HttpClient.newHttpClient();
    private String id;
    private String hash;

    @BeforeEach
    void findTheEmergencyBureausResponsibilities() throws Exception {
        String lists = new String(get("/api/v1/lists").body(), StandardCharsets.UTF_8);
        Matcher version = EMERGENCY_RESPONSIBILITIES.matcher(lists);
        assertTrue(version.find(), lists);
        id = version.group(1);
        hash = version.group(2);
    }

    @Test
    void eachFormat_comesWithItsType_anAsciiFileName_andItsProvenance() throws Exception {
        HttpResponse<byte[]> csv = get(export("csv"));
        HttpResponse<byte[]> xlsx = get(export("xlsx"));
        HttpResponse<byte[]> json = get(export("json"));

        assertTrue(csv.headers().firstValue("Content-Type").orElse("").matches("text/csv;\\s?charset=UTF-8"), csv.headers().toString());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip file");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(new String(json.body(), StandardCharsets.UTF_8).startsWith("{\"content\":{"));
        assertEquals("attachment; filename=\"JC-EMERGENCY_RESPONSIBILITY_v1.xlsx\"",
                xlsx.headers().firstValue("Content-Disposition").orElse(""));
        for (HttpResponse<byte[]> response : List.of(csv, xlsx, json)) {
            assertEquals(200, response.statusCode());
            assertEquals(hash, response.headers().firstValue("X-Content-SHA256").orElse(""));
            assertEquals("list-version:" + id, response.headers().firstValue("X-Ledger-Subject").orElse(""));
            String tag = response == json ? hash : hash + ".zh-CN";
            assertEquals("W/\"" + tag + "\"", response.headers().firstValue("ETag").orElse(""),
                    "the content hash, and the language of a CSV's or workbook's header row");
            assertEquals("public, max-age=300", response.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(response.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"[A-Za-z0-9._-]+\""));
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "a public answer sets no cookie");
        }
    }

    @Test
    void eachHashSaysWhatItCovers_andOneCommandChecksIt() throws Exception {
        HttpResponse<byte[]> content = get("/api/v1/lists/versions/" + id + "/content.json");
        assertEquals(200, content.statusCode());
        assertTrue(content.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(hash, sha256(content.body()), "sha256sum of the canonical content is the content hash");
        assertEquals(hash, content.headers().firstValue("X-Content-SHA256").orElse(""));
        String json = new String(get(export("json")).body(), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"content\":" + new String(content.body(), StandardCharsets.UTF_8) + ","),
                "the JSON file holds the same bytes as its content");

        for (String format : List.of("csv", "xlsx", "json")) {
            HttpResponse<byte[]> file = get(export(format));
            assertEquals(sha256(file.body()), file.headers().firstValue("X-File-SHA256").orElse(""),
                    "sha256sum of the saved " + format + " file is its file hash");
        }
        assertTrue(get(export("csv")).headers().firstValue("Content-Disposition").orElse("").contains("_content-sha256-" + hash),
                "the CSV's name says its hash is the content's");
        assertEquals(404, get("/api/v1/lists/versions/999999/content.json").statusCode());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aCopyStillHeld_isNotSentAgain() throws Exception {
        HttpResponse<byte[]> weak = get(export("csv"), "If-None-Match", "W/\"" + hash + ".zh-CN\"");
        HttpResponse<byte[]> strong = get(export("xlsx"), "If-None-Match", "\"0000\", \"" + hash + ".zh-CN\"");
        HttpResponse<byte[]> other = get(export("json"), "If-None-Match", "W/\"" + "0".repeat(64) + "\"");
        HttpResponse<byte[]> otherLanguage = get(export("csv") + "?lang=en", "If-None-Match", "W/\"" + hash + ".zh-CN\"");

        assertEquals(304, weak.statusCode());
        assertEquals(0, weak.body().length);
        assertEquals("W/\"" + hash + ".zh-CN\"", weak.headers().firstValue("ETag").orElse(""));
        assertEquals(200, otherLanguage.statusCode(), "a Chinese copy is not the English one");
        assertTrue(new String(otherLanguage.body(), StandardCharsets.UTF_8).startsWith("\uFEFFCode (code),Title (title),"));
        assertEquals(hash, weak.headers().firstValue("X-Content-SHA256").orElse(""));
        assertEquals(304, strong.statusCode());
        assertEquals(200, other.statusCode());
    }

    @Test
    void anUnknownVersion_isATranslatedNotFound_andABadIdATranslatedBadRequest() throws Exception {
        HttpResponse<byte[]> unknown = get("/api/v1/lists/versions/999999/export.csv?lang=en");
        HttpResponse<byte[]> chinese = get("/api/v1/lists/versions/999999/export.xlsx");
        HttpResponse<byte[]> notNumber = get("/api/v1/lists/versions/abc/export.json?lang=en");

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(new String(unknown.body(), StandardCharsets.UTF_8).contains("\"message\":\"Nothing is published at this address.\""));
        assertEquals(404, chinese.statusCode());
        assertTrue(new String(chinese.body(), StandardCharsets.UTF_8).contains("\"code\":\"api.notFound\""));
        assertEquals(400, notNumber.statusCode());
        assertTrue(new String(notNumber.body(), StandardCharsets.UTF_8).contains("\"code\":\"api.parameter.invalid\""));
    }

    private String export(String format) {
        return "/api/v1/lists/versions/" + id + "/export." + format;
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
