package org.safetyportal.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safetyportal.content.testing.TestDatabase;

/** The same migration files serve H2 and MySQL/MariaDB, and text survives in full Unicode. */
class SchemaMigrationTest {

    static List<String> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratingTwiceAppliesNothingTheSecondTime(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            database.dataSource();
            assertEquals(0, SchemaMigration.migrate(database.dataSource()).migrationsExecuted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void chineseTextAndEmojiRoundTrip(String kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            DSLContext dsl = database.dsl();
            String text = "泽州县 示例煤业有限公司 ⚠️🔥 隐患";
            dsl.execute("INSERT INTO audit_log (occurred_at, actor, action, target, detail) VALUES (CURRENT_TIMESTAMP, 'test', 'test', 'test', ?)", text);
            assertEquals(text, dsl.fetchValue("SELECT detail FROM audit_log WHERE actor = 'test'"));
        }
    }
}
