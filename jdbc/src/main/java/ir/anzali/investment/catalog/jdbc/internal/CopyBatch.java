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
 * {@code COPY … FROM STDIN (FORMAT binary)} through the driver's {@code CopyManager}, inside the
 * caller's transaction. Each value goes in the binary form of its column's type — text in UTF-8,
 * whole numbers as {@code INTEGER}, dates as {@code DATE}, numbers as {@code NUMERIC} — so that the
 * database parses no text of CSV, no number and no date; what it stores is what an {@code INSERT} of
 * the same values stores. Buffered, the rows are sent when flushed, in one {@code COPY} that the
 * connection's other statements may follow; streaming, they are sent as they come, a chunk at a
 * time, in a {@code COPY} that stays open until flushed, during which the connection runs nothing
 * else. The rows are encoded as they are added into one array of bytes reused from chunk to chunk.
 * Used only when the connection is PostgreSQL's driver's and the driver is readable; otherwise
 * {@link Batch#insert} sends JDBC batches.
 */
final class CopyBatch extends Batch {

    /**
     * Bytes of rows sent at once while streaming: 131,072, so that the rows go in a fourth as many
     * messages and writes to the socket as with 32,768 (docs/performance.md, the fifth round), and the
     * array, twice as large, stays under what G1 allocates apart in a 64 MiB heap (half a region).
     */
    private static final int CHUNK = 1 << 17;

    /** The array's first size when the rows are sent only when flushed: it grows with them. */
    private static final int HELD = 1 << 12;

    /** What begins the data of a binary {@code COPY}: its signature, no flags, no extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};

    /** {@code 2000-01-01}, the day PostgreSQL counts dates from, as {@link LocalDate#toEpochDay()}. */
    private static final long POSTGRES_EPOCH_DAY = 10_957;

    private final Connection connection;
    private final String sql;
    private final boolean streaming;
    /** The values of the row being set: a {@link CharSequence}, {@link Integer}, {@link LocalDate} or {@link BigDecimal}. */
    private final @Nullable Object[] row;
    private byte[] bytes;
    private int length;
    private @Nullable CopyIn open;

    CopyBatch(Connection connection, String table, String columns, boolean streaming) {
        this.connection = connection;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary)";
        this.streaming = streaming;
        this.row = new Object[columns.split(",", -1).length];
        this.bytes = new byte[streaming ? 2 * CHUNK : HELD];
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
        row[index - 1] = value;
    }

    @Override
    void date(int index, @Nullable LocalDate value) {
        row[index - 1] = value;
    }

    @Override
    void number(int index, BigDecimal value) {
        row[index - 1] = value;
    }

    @Override
    void addRow() throws SQLException {
        room(2);
        length = int16(bytes, length, row.length);
        for (Object value : row) {
            if (value == null) {
                room(4);
                length = int32(bytes, length, -1);
            } else if (value instanceof CharSequence text) {
                // a character is at most 3 bytes, a pair of surrogates 4
                room(4 + 3 * text.length());
                int end = utf8(text, bytes, length + 4);
                int32(bytes, length, end - length - 4);
                length = end;
            } else if (value instanceof Integer whole) {
                room(8);
                length = int32(bytes, length, 4);
                length = int32(bytes, length, whole);
            } else if (value instanceof LocalDate date) {
                room(8);
                length = int32(bytes, length, 4);
                length = int32(bytes, length, Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
            } else {
                String plain = ((BigDecimal) value).toPlainString();
                // at most a group of four digits for every digit, and 8 bytes of head
                room(4 + 8 + 2 * plain.length() + 8);
                int end = numeric(plain, bytes, length + 4);
                int32(bytes, length, end - length - 4);
                length = end;
            }
        }
        Arrays.fill(row, null);
        if (streaming && length >= CHUNK) {
            write();
        }
    }

    /**
     * Appends a text in UTF-8. A lone surrogate, which no text of the catalog holds, is written
     * {@code ?}, as the platform's encoder writes it; there is room for three times its length.
     *
     * @return the index after the text
     */
    static int utf8(CharSequence value, byte[] out, int start) {
        int at = start;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                out[at++] = (byte) ch;
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
        return at;
    }

    /**
     * Appends a {@code NUMERIC} in PostgreSQL's binary form: the count of its digits of base 10,000,
     * the weight of the first (the power of 10,000 it stands for), the sign, the count of decimal
     * digits after the point, then the digits, none of them zero at either end. There is room for
     * 8 bytes and two for every character of the text.
     *
     * @param plain the number as {@link BigDecimal#toPlainString()} writes it: an optional
     *              {@code -}, digits, and a point and more digits when its scale is positive
     * @return the index after the number
     */
    static int numeric(String plain, byte[] out, int start) {
        boolean negative = plain.charAt(0) == '-';
        int point = plain.indexOf('.');
        int integerStart = negative ? 1 : 0;
        int integerDigits = (point < 0 ? plain.length() : point) - integerStart;
        int scale = point < 0 ? 0 : plain.length() - point - 1;
        // the digits in groups of four either side of the point: zeros before the first, after the last
        int lead = (4 - integerDigits % 4) % 4;
        int integerGroups = (lead + integerDigits) / 4;
        int groups = integerGroups + (scale + 3) / 4;
        int at = start + 8;
        int first = -1;
        int last = -1;
        for (int g = 0; g < groups; g++) {
            int digit = 0;
            for (int k = 4 * g - lead; k < 4 * g - lead + 4; k++) {
                int d = k < 0 ? 0
                        : k < integerDigits ? plain.charAt(integerStart + k) - '0'
                        : k - integerDigits < scale ? plain.charAt(point + 1 + k - integerDigits) - '0'
                        : 0;
                digit = 10 * digit + d;
            }
            if (digit != 0) {
                first = first < 0 ? g : first;
                last = g;
            }
            if (first >= 0) {
                at = int16(out, at, digit);
            }
        }
        int digits = first < 0 ? 0 : last - first + 1;
        int head = int16(out, start, digits);
        head = int16(out, head, first < 0 ? 0 : integerGroups - 1 - first);
        head = int16(out, head, negative && digits > 0 ? 0x4000 : 0);
        int16(out, head, scale);
        return start + 8 + 2 * digits;
    }

    private static int int16(byte[] out, int at, int value) {
        out[at] = (byte) (value >> 8);
        out[at + 1] = (byte) value;
        return at + 2;
    }

    private static int int32(byte[] out, int at, int value) {
        out[at] = (byte) (value >> 24);
        out[at + 1] = (byte) (value >> 16);
        out[at + 2] = (byte) (value >> 8);
        out[at + 3] = (byte) value;
        return at + 4;
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
            copy.writeToCopy(HEADER, 0, HEADER.length);
        }
        if (length > 0) {
            copy.writeToCopy(bytes, 0, length);
        }
        length = 0;
    }

    @Override
    void send() throws SQLException {
        room(2);
        length = int16(bytes, length, -1);
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
