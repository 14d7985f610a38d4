package org.safetyportal.content.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database up to the schema of every module on the class path. Each module keeps its
 * migrations under {@code db/migration/<module>/}; versions are dates so that modules never collide.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
