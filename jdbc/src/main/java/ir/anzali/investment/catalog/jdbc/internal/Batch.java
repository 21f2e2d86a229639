package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Stream;

/** One statement whose rows are sent to the database together: at most a batch's worth held at a time. */
final class Batch implements AutoCloseable {

    private final PreparedStatement statement;
    private int pending;

    Batch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** The statement whose parameters the caller sets before {@link #add()}. */
    PreparedStatement statement() {
        return statement;
    }

    void add() throws SQLException {
        statement.addBatch();
        pending++;
    }

    /**
     * Queues one row per value of a list, for the tables that keep an item of a list a row
     * ({@code owner id, kind, position, item}): positions from 0 in the list's order.
     */
    void addList(String id, String kind, Stream<String> values) throws SQLException {
        int position = 0;
        for (String value : (Iterable<String>) values::iterator) {
            statement.setString(1, id);
            statement.setString(2, kind);
            statement.setInt(3, position++);
            statement.setString(4, value);
            add();
        }
    }

    int pending() {
        return pending;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
