package org.safetyportal.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jooq.DSLContext;
import org.safetyportal.content.testing.OnEveryTestDatabase;
import org.safetyportal.content.testing.TestDatabase;

/** The same migration files serve H2 and MySQL/MariaDB, and text survives in full Unicode. */
class SchemaMigrationTest {

    @OnEveryTestDatabase
    void migratingTwiceAppliesNothingTheSecondTime(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            database.dataSource();
            assertEquals(0, SchemaMigration.migrate(database.dataSource()).migrationsExecuted);
        }
    }

    @OnEveryTestDatabase
    void chineseTextAndEmojiRoundTrip(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            DSLContext dsl = database.dsl();
            String text = "泽州县 示例煤业有限公司 ⚠️🔥 隐患";
            dsl.execute("INSERT INTO audit_log (occurred_at, actor, action, target, detail) VALUES (CURRENT_TIMESTAMP, 'test', 'test', 'test', ?)", text);
            assertEquals(text, dsl.fetchValue("SELECT detail FROM audit_log WHERE actor = 'test'"));
        }
    }
}
