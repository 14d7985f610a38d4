package org.safetyportal.portal.api;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.safetyportal.content.testing.TestDatabase;
import org.safetyportal.portal.testing.InProcessPortal;

/** The API tier against the portal on an in-memory H2 database. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataApiOnH2Test extends OpenDataApiTier implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.h2();

    @Override
    public Map<String, String> getProperties() {
        return InProcessPortal.properties(database);
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }
}
