package org.safetyportal.content.database;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.safetyportal.content.internal.jooq.DefaultSchema;

/** Builds the one {@link DSLContext} every repository shares. */
public final class Databases {

    private Databases() {
    }

    /**
     * A context whose {@code transaction(() -> ...)} binds the connection to the thread, so that a
     * service can make several repositories' writes one transaction without passing it around.
     */
    public static DSLContext dslContext(DataSource dataSource) {
        SQLDialect dialect = SqlDialects.detect(dataSource);
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(dialect);
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        configuration.set(new TransactionScope());
        configuration.settings().withRenderSchema(false);
        return DSL.using(configuration);
    }

    /** Whether the database answers a trivial query right now. */
    public static boolean isReachable(DSLContext dsl) {
        try {
            dsl.selectOne().fetch();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The tables of the portal's schema that cannot be read right now, none when all can. A server
     * whose database was dropped still answers {@code SELECT 1}; only reading the tables shows that
     * the portal has lost its data. Each table is asked for no rows, which costs an index lookup at most.
     */
    public static List<String> unreadableTables(DSLContext dsl) {
        List<String> unreadable = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            try {
                dsl.selectOne().from(table).where(DSL.falseCondition()).fetch();
            } catch (RuntimeException e) {
                unreadable.add(table.getName());
            }
        }
        return unreadable;
    }
}
