package ir.anzali.investment.catalog.jdbc.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Fast code, measured (docs/performance.md): rows inserted into a PostgreSQL table by
 * {@code COPY … FROM STDIN} through the driver's {@code CopyManager}, a batch's rows at a time as CSV
 * text, inside the caller's transaction. A null value is an unquoted empty field, any other value a
 * quoted one, so that an empty text stays empty. Used only when the connection is PostgreSQL's
 * driver's and the driver is readable; otherwise {@link Batch#insert} sends JDBC batches.
 */
final class CopyBatch extends Batch {

    private final Connection connection;
    private final String sql;
    private final @Nullable String[] row;
    private final StringBuilder rows = new StringBuilder();

    CopyBatch(Connection connection, String table, String columns) {
        this.connection = connection;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
        this.row = new String[columns.split(",", -1).length];
    }

    /** Whether the connection is one of PostgreSQL's driver, whose {@code COPY} this module can reach. */
    static boolean available(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false;
        }
    }

    @Override
    void text(int index, @Nullable String value) {
        row[index - 1] = value;
    }

    @Override
    void whole(int index, @Nullable Integer value) {
        row[index - 1] = value == null ? null : value.toString();
    }

    @Override
    void date(int index, @Nullable LocalDate value) {
        row[index - 1] = value == null ? null : value.toString();
    }

    @Override
    void number(int index, BigDecimal value) {
        row[index - 1] = value.toPlainString();
    }

    @Override
    void addRow() {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                rows.append(',');
            }
            String value = row[i];
            if (value != null) {
                rows.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        rows.append('\n');
        Arrays.fill(row, null);
    }

    @Override
    void send() throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("The rows could not be sent to the database: " + e.getMessage(), e);
        } finally {
            rows.setLength(0);
        }
    }

    @Override
    public void close() {
        rows.setLength(0);
    }
}
