package org.safetyportal.content.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * Chooses the jOOQ dialect from the database actually reached. MariaDB answers through the MySQL
 * driver and reports itself as "5.5.5-10.x-MariaDB", so the URL alone cannot tell it from MySQL.
 */
public final class SqlDialects {

    private SqlDialects() {
    }

    public static SQLDialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return fromMetadata(meta.getURL(), meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect its dialect", e);
        }
    }

    static SQLDialect fromMetadata(String url, String productName, String productVersion) {
        String lowerUrl = url == null ? "" : url.toLowerCase();
        if (lowerUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        String product = (productName + " " + productVersion).toLowerCase();
        if (lowerUrl.startsWith("jdbc:mariadb:") || product.contains("mariadb")) {
            return SQLDialect.MARIADB;
        }
        if (lowerUrl.startsWith("jdbc:mysql:")) {
            return SQLDialect.MYSQL;
        }
        throw new IllegalArgumentException("Unsupported database: " + url + " (" + productName + ")");
    }
}
