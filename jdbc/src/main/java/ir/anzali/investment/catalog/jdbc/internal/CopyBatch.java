package ir.anzali.investment.catalog.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fast code, measured (docs/performance.md): rows inserted into a PostgreSQL table by
 * {@code COPY … FROM STDIN} through the driver's {@code CopyManager}, as CSV text, inside the
 * caller's transaction. A null value is an unquoted empty field, any other value a quoted one, so
 * that an empty text stays empty. Buffered, the rows are sent when flushed, in one {@code COPY}
 * that the connection's other statements may follow; streaming, they are sent as they come, a
 * chunk at a time, in a {@code COPY} that stays open until flushed, during which the connection runs
 * nothing else. The rows' text is encoded in UTF-8 as it is quoted, into one array of bytes reused
 * from chunk to chunk. Used only when the connection is PostgreSQL's driver's and the driver is readable;
 * otherwise {@link Batch#insert} sends JDBC batches.
 */
final class CopyBatch extends Batch {

    /** Bytes of rows sent at once while streaming: a round 32,768 that keeps the array small. */
    private static final int CHUNK = 1 << 15;

    private final Connection connection;
    private final String sql;
    private final boolean streaming;
    private final @Nullable CharSequence[] row;
    private byte[] bytes = new byte[2 * CHUNK];
    private int length;
    private @Nullable CopyIn open;

    CopyBatch(Connection connection, String table, String columns, boolean streaming) {
        this.connection = connection;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
        this.streaming = streaming;
        this.row = new CharSequence[columns.split(",", -1).length];
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
    void text(int index, @Nullable CharSequence value) {
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
    void addRow() throws SQLException {
        for (int i = 0; i < row.length; i++) {
            CharSequence value = row[i];
            // a character is at most 3 bytes, a quote 2, a pair of surrogates 4
            room((value == null ? 0 : 3 * value.length() + 2) + 1);
            if (i > 0) {
                bytes[length++] = ',';
            }
            if (value != null) {
                length = quoted(value, bytes, length);
            }
        }
        room(1);
        bytes[length++] = '\n';
        Arrays.fill(row, null);
        if (streaming && length >= CHUNK) {
            write();
        }
    }

    /**
     * Appends a value as a quoted CSV field in UTF-8, its quotes doubled; there is room for three times
     * its length and two. A lone surrogate, which no text of the catalog holds, is written {@code ?}, as
     * the platform's encoder writes it.
     *
     * @return the index after the field
     */
    static int quoted(CharSequence value, byte[] out, int start) {
        int at = start;
        out[at++] = '"';
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                out[at++] = (byte) ch;
                if (ch == '"') {
                    out[at++] = '"';
                }
            } else if (ch < 0x800) {
                out[at++] = (byte) (0xC0 | ch >> 6);
                out[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                out[at++] = (byte) (0xE0 | ch >> 12);
                out[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, value.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        out[at++] = '"';
        return at;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }

    @Override
    boolean streams() {
        return streaming;
    }

    /** Sends the rows held, opening the {@code COPY} when none is open. */
    private void write() throws SQLException {
        CopyIn copy = open;
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            open = copy;
        }
        if (length > 0) {
            copy.writeToCopy(bytes, 0, length);
        }
        length = 0;
    }

    @Override
    void send() throws SQLException {
        write();
        CopyIn copy = open;
        open = null;
        if (copy != null) {
            copy.endCopy();
        }
    }

    /** Ends a {@code COPY} left open by a failure, so that the connection can roll back. */
    @Override
    public void close() throws SQLException {
        length = 0;
        CopyIn copy = open;
        open = null;
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
