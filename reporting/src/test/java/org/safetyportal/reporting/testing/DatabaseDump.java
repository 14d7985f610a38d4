package org.safetyportal.reporting.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Every stored byte of a test database as text, to search it for what must never be stored in the
 * clear: H2's own {@code SCRIPT} (schema and all rows as SQL), on MySQL/MariaDB every cell of every table.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String of(DSLContext dsl) {
        if (dsl.dialect() == SQLDialect.H2) {
            StringBuilder script = new StringBuilder();
            dsl.fetch("SCRIPT").forEach(row -> script.append(row.get(0, String.class)).append('\n'));
            return script.toString();
        }
        StringBuilder all = new StringBuilder();
        List<String> tables = new ArrayList<>();
        dsl.fetch("SHOW TABLES").forEach(row -> tables.add(row.get(0, String.class)));
        for (String table : tables) {
            for (Record row : dsl.select().from(DSL.table(DSL.name(table))).fetch()) {
                for (Object value : row.intoArray()) {
                    all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : value)
                            .append('\t');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }
}
