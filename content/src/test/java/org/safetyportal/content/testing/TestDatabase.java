package org.safetyportal.content.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.safetyportal.content.database.Databases;
import org.safetyportal.content.database.SchemaMigration;

/**
 * A fresh, migrated database for one test: an in-memory H2 in MySQL mode, or, when
 * {@code PORTAL_TEST_DB_URL} names a MySQL/MariaDB server (e.g. {@code jdbc:mysql://127.0.0.1:3306/}),
 * a new database on it that is dropped afterwards.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "PORTAL_TEST_DB_URL";
    public static final String USER_VARIABLE = "PORTAL_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "PORTAL_TEST_DB_PASSWORD";

    private final String name;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable dropper;
    private HikariDataSource dataSource;
    private DSLContext dsl;

    private TestDatabase(String name, String jdbcUrl, String user, String password, Runnable dropper) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dropper = dropper;
    }

    /** H2 always; the external server too when the environment names one. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        if (externalServerUrl() != null) {
            kinds.add("mysql");
        }
        return kinds;
    }

    public static TestDatabase create(String kind) {
        return switch (kind) {
            case "h2" -> h2();
            case "mysql" -> external();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    public static TestDatabase h2() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new TestDatabase("h2", url, "sa", "", () -> { });
    }

    /** A new database on the external server, created empty with utf8mb4 like production. */
    public static TestDatabase external() {
        String server = externalServerUrl();
        if (server == null) {
            throw new IllegalStateException(URL_VARIABLE + " is not set");
        }
        String user = env(USER_VARIABLE, "root");
        String password = env(PASSWORD_VARIABLE, "");
        String database = "sp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(server, user, password, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String base = server.endsWith("/") ? server : server + "/";
        String url = base + database + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        return new TestDatabase("mysql", url, user, password,
                () -> execute(server, user, password, "DROP DATABASE IF EXISTS " + database));
    }

    public static String externalServerUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The pooled data source, migrated to the current schema on first use. */
    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(4);
            dataSource = new HikariDataSource(config);
            SchemaMigration.migrate(dataSource);
        }
        return dataSource;
    }

    public synchronized DSLContext dsl() {
        if (dsl == null) {
            dsl = Databases.dslContext(dataSource());
        }
        return dsl;
    }

    @Override
    public void close() {
        if (dataSource != null) {
            dataSource.close();
        }
        dropper.run();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the test database server: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
