package org.safetyportal.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.safetyportal.content.testing.TestDatabase;

/**
 * The settings of the portal started in the test's own JVM for the API tier: a free port, a data
 * folder of its own and a fresh database of the given kind (in-memory H2, or a new database on the
 * server {@code PORTAL_TEST_DB_URL} names, dropped when the tier is done), with the demo data.
 */
public final class InProcessPortal {

    public static final String ADMIN_PASSWORD = "api-tier-admin-password";

    private InProcessPortal() {
    }

    public static Map<String, String> properties(TestDatabase database) {
        // As the portal's main does: embedded Tomcat otherwise writes its work folder into the module.
        if (System.getProperty("catalina.base") == null) {
            System.setProperty("catalina.base", dataDir().toString());
        }
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.toString(freePort()));
        properties.put("portal.data-dir", dataDir().toString());
        properties.put("portal.db-url", database.jdbcUrl());
        properties.put("portal.db-user", database.user());
        properties.put("portal.db-password", database.password());
        properties.put("portal.admin-password", ADMIN_PASSWORD);
        properties.put("portal.demo-data", "true");
        return properties;
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("safety-portal-api-tier");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
