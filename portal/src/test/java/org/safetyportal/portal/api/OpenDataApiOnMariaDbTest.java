package org.safetyportal.portal.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.portal.testing.InProcessPortal;

/** The API tier against the portal on a fresh database of the MySQL/MariaDB server {@code PORTAL_TEST_DB_URL} names. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = TestDatabase.URL_VARIABLE, matches = ".+")
class OpenDataApiOnMariaDbTest extends OpenDataApiTier implements TestPropertyProvider {

    private TestDatabase database;

    @Override
    public Map<String, String> getProperties() {
        database = TestDatabase.external();
        return InProcessPortal.properties(database);
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
