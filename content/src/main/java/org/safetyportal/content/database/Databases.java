package org.safetyportal.content.database;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

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
}
