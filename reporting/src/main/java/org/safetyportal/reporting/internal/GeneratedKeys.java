package org.safetyportal.reporting.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Runs an insert that jOOQ rendered and answers the ids the database gave its rows, from the driver's generated keys:
 * one round trip where reading the rows back took two. Both drivers answer a multi-row insert's keys in row order.
 * MySQL's driver counts them on from the first id by the increment, which holds while InnoDB hands one statement
 * consecutive ids, as it does for an insert of known rows in its "consecutive" lock mode, MariaDB's default
 * ({@code innodb_autoinc_lock_mode=1}, the mode of the server the tests run on); a server in another mode wants
 * checking before the portal runs on it.
 */
final class GeneratedKeys {

    private static final String INTEGRITY_CONSTRAINT = "23";

    private GeneratedKeys() {
    }

    static List<Integer> insert(Connection connection, String sql, List<Object> values, int rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
            List<Integer> ids = new ArrayList<>(rows);
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getInt(1));
                }
            }
            if (ids.size() != rows) {
                throw new IllegalStateException("The insert of " + rows + " rows answered " + ids.size() + " ids");
            }
            return ids;
        } catch (SQLException e) {
            // As jOOQ itself would throw it: callers tell a key already taken from other faults by its type.
            String state = e.getSQLState();
            if (state != null && state.startsWith(INTEGRITY_CONSTRAINT)) {
                throw new IntegrityConstraintViolationException("SQL [" + sql + "]; " + e.getMessage(), e);
            }
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }
}
