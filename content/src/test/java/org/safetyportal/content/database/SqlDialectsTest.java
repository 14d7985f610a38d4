package org.safetyportal.content.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class SqlDialectsTest {

    @Test
    void h2IsRecognisedFromItsUrl() {
        assertEquals(SQLDialect.H2, SqlDialects.fromMetadata("jdbc:h2:file:/tmp/portal;MODE=MySQL", "H2", "2.5"));
    }

    @Test
    void mariaDbBehindTheMysqlDriverIsRecognisedFromItsVersion() {
        assertEquals(SQLDialect.MARIADB,
                SqlDialects.fromMetadata("jdbc:mysql://127.0.0.1:3306/portal", "MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"));
    }

    @Test
    void mysqlIsMysql() {
        assertEquals(SQLDialect.MYSQL, SqlDialects.fromMetadata("jdbc:mysql://db:3306/portal", "MySQL", "8.4.2"));
    }

    @Test
    void otherDatabasesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SqlDialects.fromMetadata("jdbc:postgresql://db/portal", "PostgreSQL", "16"));
    }
}
