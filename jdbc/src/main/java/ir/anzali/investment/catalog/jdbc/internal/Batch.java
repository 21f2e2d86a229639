package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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
