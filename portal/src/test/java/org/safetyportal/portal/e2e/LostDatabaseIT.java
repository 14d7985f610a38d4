package org.safetyportal.portal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safetyportal.content.testing.TestDatabase;

/**
 * The database is dropped under a running portal (on MySQL/MariaDB, where another process can do
 * that; on H2 the health check's part is proven by {@code DatabasesTest}): health says 503 DOWN, the
 * API answers 500 with an error id the log also holds and no SQL, and pages answer 500.
 */
class LostDatabaseIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aDroppedDatabase_isDownInHealth_andErrorsCarryAnIdButNoSql() throws Exception {
        assumeTrue("mysql".equals(System.getProperty("e2e.database", "h2")), "needs a database another process can drop");
        try (PortalProcess portal = PortalProcess.startFresh()) {
            assertEquals(200, get(portal, "/health").statusCode());
            TestDatabase database = portal.externalDatabase().orElseThrow();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE `" + connection.getCatalog() + "`");
            }

            HttpResponse<String> health = get(portal, "/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().startsWith("{\"status\":\"DOWN\""), health.body());

            HttpResponse<String> api = get(portal, "/api/v1/ledger?lang=en");
            assertEquals(500, api.statusCode(), api.body());
            Matcher id = Pattern.compile("\"errorId\":\"([0-9a-f]{8})\"").matcher(api.body());
            assertTrue(id.find(), api.body());
            for (String leak : List.of("SQL", "select", "publication_ledger", "doesn't exist", "Exception", "sp_test_")) {
                assertFalse(api.body().contains(leak), leak + " in " + api.body());
            }
            assertTrue(api.body().contains(id.group(1)), "the message names the id too: " + api.body());
            assertTrue(portal.output().contains("Error id " + id.group(1)), "the log holds the same id");

            HttpResponse<String> page = get(portal, "/ledger");
            assertTrue(page.statusCode() >= 500, "a page that cannot be opened is no 200: " + page.statusCode());
        }
    }

    private HttpResponse<String> get(PortalProcess portal, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
