package dev.gorgiasbridge.adapters.persistence.postgres;

import java.sql.SQLException;

/**
 * Recognises a failure caused by the connection itself rather than the statement: SQLState class 08
 * (connection exception) or 57P01..57P03 (the server shut the session down).
 */
final class BrokenConnection {
    private BrokenConnection() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
