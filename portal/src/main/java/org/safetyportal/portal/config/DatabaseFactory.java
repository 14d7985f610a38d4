package org.safetyportal.portal.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.safetyportal.content.database.Databases;
import org.safetyportal.content.database.SchemaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
class DatabaseFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFactory.class);

    /** The pool is migrated before anyone can use it, so no bean ever sees an old schema. */
    @Singleton
    @Bean(preDestroy = "close")
    HikariDataSource dataSource(PortalConfiguration configuration) {
        HikariConfig hikari = new HikariConfig();
        String url = configuration.effectiveDbUrl();
        hikari.setJdbcUrl(url);
        hikari.setUsername(configuration.getDbUser().isBlank() && url.startsWith("jdbc:h2:") ? "sa" : configuration.getDbUser());
        hikari.setPassword(configuration.getDbPassword());
        hikari.setMaximumPoolSize(10);
        hikari.setPoolName("portal");
        if (url.startsWith("jdbc:mysql:")) {
            hikari.addDataSourceProperty("characterEncoding", "UTF-8");
            hikari.addDataSourceProperty("connectionCollation", "utf8mb4_unicode_ci");
        }
        HikariDataSource dataSource = new HikariDataSource(hikari);
        var result = SchemaMigration.migrate(dataSource);
        LOG.info("Database {} at schema version {} ({} migrations applied now)",
                redact(url), result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion, result.migrationsExecuted);
        return dataSource;
    }

    @Singleton
    DSLContext dslContext(DataSource dataSource) {
        return Databases.dslContext(dataSource);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
