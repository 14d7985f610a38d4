package org.safetyportal.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.DSLContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;

/** What the health check asks: is the database there, and can every table of the schema be read? */
class DatabasesTest {

    @OnEveryTestDatabase
    void aMigratedDatabase_hasNoUnreadableTable(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            DSLContext dsl = database.dsl();

            assertTrue(Databases.isReachable(dsl));
            assertEquals(List.of(), Databases.unreadableTables(dsl));
        }
    }

    @OnEveryTestDatabase
    void aDroppedTable_isNamed_althoughTheServerStillAnswers(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            DSLContext dsl = database.dsl();
            dsl.execute("DROP TABLE list_item_sector");
            dsl.execute("DROP TABLE audit_log");

            assertTrue(Databases.isReachable(dsl), "SELECT 1 still works: this is why the health check said UP");
            assertEquals(List.of("audit_log", "list_item_sector"), Databases.unreadableTables(dsl).stream().sorted().toList());
        }
    }
}
