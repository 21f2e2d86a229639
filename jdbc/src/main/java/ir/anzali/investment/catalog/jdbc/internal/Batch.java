package ir.anzali.investment.catalog.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one statement sent to the database together: at most a batch's worth held at a time. The
 * caller sets a row's values by their positions from 1, then {@link #add()}s it. Rows inserted into
 * a table ({@link #insert}) go by {@code COPY} on PostgreSQL ({@link CopyBatch}), by JDBC batches
 * elsewhere; any other statement by JDBC batches.
 */
abstract class Batch implements AutoCloseable {

    private int pending;

    /**
     * A statement whose rows are sent as JDBC batches.
     *
     * @param connection the connection, not null
     * @param sql        the statement, with {@code ?} for each value
     * @return the batch, never null
     * @throws SQLException when the statement cannot be prepared
     */
    static Batch of(Connection connection, String sql) throws SQLException {
        return new Statements(connection.prepareStatement(sql));
    }

    /**
     * Rows inserted into a table: {@code COPY} on PostgreSQL with its driver, JDBC batches of an
     * {@code INSERT} elsewhere.
     *
     * @param connection the connection, not null
     * @param table      the table
     * @param columns    its columns, as a list separated by commas, in the order of the values
     * @return the batch, never null
     * @throws SQLException when the statement cannot be prepared
     */
    static Batch insert(Connection connection, String table, String columns) throws SQLException {
        return insert(connection, table, columns, false);
    }

    /**
     * Rows inserted into a table, as {@link #insert(Connection, String, String)}; streaming, on
     * PostgreSQL they are sent as they are added, in one {@code COPY} open until {@link #flush()}, during
     * which the connection must run no other statement.
     *
     * @param connection the connection, not null
     * @param table      the table
     * @param columns    its columns, as a list separated by commas, in the order of the values
     * @param streaming  whether rows are sent as they are added rather than when flushed
     * @return the batch, never null
     * @throws SQLException when the statement cannot be prepared
     */
    static Batch insert(Connection connection, String table, String columns, boolean streaming)
            throws SQLException {
        if (CopyBatch.available(connection)) {
            return new CopyBatch(connection, table, columns, streaming);
        }
        int count = columns.split(",", -1).length;
        return of(connection, "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + "?, ".repeat(count - 1) + "?)");
    }

    /**
     * Sets a text value, or SQL null. A text that is not a string is read when the row is
     * {@link #add()}ed, not before: it may be a buffer the caller reuses for the next row.
     */
    abstract void text(int index, @Nullable CharSequence value) throws SQLException;

    /** Sets a whole number, or SQL null. */
    abstract void whole(int index, @Nullable Integer value) throws SQLException;

    /** Sets a date, or SQL null. */
    abstract void date(int index, @Nullable LocalDate value) throws SQLException;

    /** Sets a number of a {@code NUMERIC} column. */
    abstract void number(int index, BigDecimal value) throws SQLException;

    /** Sets an exact decimal kept as its text ({@link BigDecimal#toString()}), or SQL null. */
    final void decimal(int index, @Nullable BigDecimal value) throws SQLException {
        text(index, value == null ? null : value.toString());
    }

    /** Queues the row whose values were set. */
    final void add() throws SQLException {
        addRow();
        pending++;
    }

    abstract void addRow() throws SQLException;

    /**
     * Queues one row per value of a list, for the tables that keep an item of a list a row
     * ({@code owner id, kind, position, item}): positions from 0 in the list's order.
     */
    final void addList(String id, String kind, Stream<String> values) throws SQLException {
        int position = 0;
        for (String value : (Iterable<String>) values::iterator) {
            text(1, id);
            text(2, kind);
            whole(3, position++);
            text(4, value);
            add();
        }
    }

    final int pending() {
        return pending;
    }

    /**
     * Whether rows are sent as they are added, so that what is pending takes no memory: a streaming
     * {@code COPY} on PostgreSQL. JDBC batches hold their rows until they are sent.
     */
    boolean streams() {
        return false;
    }

    /** Sends what is queued. */
    final void flush() throws SQLException {
        if (pending > 0) {
            send();
            pending = 0;
        }
    }

    abstract void send() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    /** JDBC batches of a prepared statement. */
    private static final class Statements extends Batch {
        private final PreparedStatement statement;

        Statements(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        void text(int index, @Nullable CharSequence value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, value.toString());
            }
        }

        @Override
        void whole(int index, @Nullable Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.INTEGER);
            } else {
                statement.setInt(index, value);
            }
        }

        @Override
        void date(int index, @Nullable LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setDate(index, Date.valueOf(value));
            }
        }

        @Override
        void number(int index, BigDecimal value) throws SQLException {
            statement.setBigDecimal(index, value);
        }

        @Override
        void addRow() throws SQLException {
            statement.addBatch();
        }

        @Override
        void send() throws SQLException {
            statement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
