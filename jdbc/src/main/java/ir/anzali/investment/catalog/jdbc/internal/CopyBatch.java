package ir.anzali.investment.catalog.jdbc.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * nothing else. The rows' text is kept in one array of characters and encoded into one of bytes,
 * both reused. Used only when the connection is PostgreSQL's driver's and the driver is readable;
 * otherwise {@link Batch#insert} sends JDBC batches.
 */
final class CopyBatch extends Batch {

    /** Characters of rows sent at once while streaming: a round 32,768 that keeps both arrays small. */
    private static final int CHUNK = 1 << 15;

    private final Connection connection;
    private final String sql;
    private final boolean streaming;
    private final @Nullable CharSequence[] row;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(4 * CHUNK);
    private char[] chars = new char[2 * CHUNK];
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
            room((value == null ? 0 : 2 * value.length() + 2) + 1);
            if (i > 0) {
                chars[length++] = ',';
            }
            if (value != null) {
                quoted(value);
            }
        }
        room(1);
        chars[length++] = '\n';
        Arrays.fill(row, null);
        if (streaming && length >= CHUNK) {
            write();
        }
    }

    /** Appends a value as a quoted CSV field, its quotes doubled; there is room for twice its length and two. */
    private void quoted(CharSequence value) {
        chars[length++] = '"';
        if (value instanceof String s && s.indexOf('"') < 0) {
            s.getChars(0, s.length(), chars, length);
            length += s.length();
        } else if (value instanceof StringBuilder b && b.indexOf("\"") < 0) {
            b.getChars(0, b.length(), chars, length);
            length += b.length();
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                chars[length++] = ch;
                if (ch == '"') {
                    chars[length++] = '"';
                }
            }
        }
        chars[length++] = '"';
    }

    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
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
        CharBuffer in = CharBuffer.wrap(chars, 0, length);
        CoderResult result;
        do {
            result = encoder.encode(in, bytes, true);
            copy.writeToCopy(bytes.array(), 0, bytes.position());
            bytes.clear();
        } while (result.isOverflow());
        encoder.reset();
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
