package org.safetyportal.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.safetyportal.content.testing.TestDatabase;

/**
 * The real portal, started from the built jar as a user would start it, on a free port with a data
 * directory of its own. The database is embedded H2 unless the system property
 * {@code e2e.database=mysql} asks for a fresh database on the server named by {@code PORTAL_TEST_DB_URL}.
 */
public final class PortalProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "e2e-admin-password";
    // A busy build machine can take longer to start the portal with its demo data: -De2e.startTimeoutSeconds=300.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("e2e.startTimeoutSeconds", 120));
    // The portal's heap; a benchmark sizing it for a load can ask for more: -De2e.portalHeap=1536m.
    private static final String HEAP = System.getProperty("e2e.portalHeap", "512m");
    private static PortalProcess shared;

    private final Path dataDir;
    private final TestDatabase database;
    private final Path log;
    private final Map<String, String> settings;
    private final boolean ownsDatabase;
    private int port;
    private String host = "localhost";
    private Process process;

    private PortalProcess(Path dataDir, TestDatabase database, Map<String, String> settings, boolean ownsDatabase) {
        this.dataDir = dataDir;
        this.database = database;
        this.settings = Map.copyOf(settings);
        this.log = dataDir.resolve("portal.log");
        this.ownsDatabase = ownsDatabase;
    }

    /** One portal for all journeys of a test run; stopped when the run ends. */
    public static synchronized PortalProcess shared() {
        if (shared == null) {
            // Every journey reports from 127.0.0.1: the human check is asked only where a journey asks for it.
            shared = startFresh(Map.of("PORTAL_HUMAN_CHECK_AFTER", "1000"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A portal of its own, for journeys that stop and restart it. */
    public static PortalProcess startFresh() {
        return startFresh(Map.of());
    }

    /** A portal of its own with some settings of its own, as environment variables ({@code PORTAL_SESSION_TIMEOUT}, ...). */
    public static PortalProcess startFresh(Map<String, String> settings) {
        try {
            // Under target/, so that a failed run's portal logs stay there to read.
            Path root = Files.createDirectories(Path.of("target", "e2e"));
            Path dataDir = Files.createTempDirectory(root.toAbsolutePath(), "portal-");
            boolean external = "mysql".equals(System.getProperty("e2e.database", "h2"));
            PortalProcess portal = new PortalProcess(dataDir, external ? TestDatabase.external() : null, settings, true);
            portal.start();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second portal node on the same external database as {@code first} (several nodes on one MySQL),
     * with a data directory of its own; closing it leaves the database to {@code first}.
     */
    public static PortalProcess alongside(PortalProcess first) {
        if (first.database == null) {
            throw new IllegalStateException("Two portals can share only an external database, not embedded H2");
        }
        try {
            Path root = Files.createDirectories(Path.of("target", "e2e"));
            PortalProcess portal = new PortalProcess(Files.createTempDirectory(root.toAbsolutePath(), "portal-"),
                    first.database, first.settings, false);
            portal.start();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://" + host + ":" + port;
    }

    /**
     * Reaches this portal (a journey's own, not the shared one) at another loopback address, e.g.
     * {@code 127.0.0.11}, so that its visits come from an address of their own (the intake limits count per address).
     */
    public PortalProcess reachedAt(String loopbackAddress) {
        this.host = loopbackAddress;
        return this;
    }

    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The process id of the running portal, for tools such as {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    /** The MySQL/MariaDB database the portal runs on, for journeys that break it on purpose; none on H2. */
    public java.util.Optional<TestDatabase> externalDatabase() {
        return java.util.Optional.ofNullable(database);
    }

    public String databaseKind() {
        return database == null ? "h2" : "mysql";
    }

    /** Kills the portal as a power cut would ({@code kill -9}): no shutdown hook, no commit in flight finishes. */
    public void kill() {
        if (process != null && process.isAlive()) {
            try {
                process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the portal and starts it again on the same data directory and database. */
    public void restart() {
        stopProcess();
        start();
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stopProcess();
        if (database != null && ownsDatabase) {
            database.close();
        }
    }

    private void start() {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + HEAP, "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the portal jar", e);
        }
        waitUntilHealthy();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("PORTAL_DATA_DIR", dataDir.resolve("data").toString());
        env.put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(settings);
        if (database != null) {
            env.put("PORTAL_DB_URL", database.jdbcUrl());
            env.put("PORTAL_DB_USER", database.user());
            env.put("PORTAL_DB_PASSWORD", database.password());
        }
        return env;
    }

    private void waitUntilHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && output().contains("Safety Portal is running at")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        stopProcess();
        throw new IllegalStateException("The portal did not become healthy in " + START_TIMEOUT + ":\n" + output());
    }

    private void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("portal.jar", "target/safety-portal.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the portal first (mvn package): no " + jar);
        }
        return jar;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
