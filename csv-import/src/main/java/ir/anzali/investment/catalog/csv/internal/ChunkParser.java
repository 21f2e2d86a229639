package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a chunk of whole records into cells (RFC 4180), giving each record the physical line it
 * starts on and checking the size limits and the encoding. A quote opens a quoted cell only at the
 * start of a cell; inside one, {@code ""} is a quote and line breaks are kept; white space may
 * follow the closing quote, anything else is a stray quote. CR, LF and CRLF end a record; an empty
 * line is a record of one empty cell. Stateless and thread-safe.
 *
 * <p>The tokenizer is the library's own rather than Commons CSV's: it splits the UTF-8 bytes in
 * place and decodes each cell once, straight into its string, which makes reading several times
 * cheaper than decoding the text first and reading it character by character; the two read the
 * format alike (see {@code ChunkParserTest}). Bytes that are not valid UTF-8 stop the chunk with an
 * encoding failure naming their line.
 *
 * <p>Tuned code: while it looks for the end of an unquoted cell, the tokenizer also tells whether
 * the cell is already normal text in the common case — printable ASCII and the Arabic block
 * (U+0600–U+06FF) without the letters and marks normalization replaces, single spaces and half-spaces
 * between them — so that the row need not read its characters again for
 * {@link PersianNormalizer#normalize(String)}. It only ever claims less than the normalizer's own
 * check: {@code ChunkParserNormalTest} compares the two on random text.
 */
final class ChunkParser {

    /**
     * A record and where it starts.
     *
     * @param line   the physical line the record starts on
     * @param cells  the raw cells
     * @param normal bit {@code k} set when cell {@code k} (below 64) is already normal text, which
     *               {@link PersianNormalizer#normalize(String)} would return as it is; a cell whose bit
     *               is clear may be normal or not
     */
    record Record(long line, String[] cells, long normal) {
    }

    /**
     * The records of a chunk, and the failure that stopped it, if any.
     *
     * @param records the records before the failure, in order
     * @param failure the failure, or null
     */
    record Parsed(List<Record> records, @Nullable CsvFailure failure) {
    }

    /** What precedes a byte of an unquoted cell, for the check of normal text: a space or the cell's start. */
    private static final int SPACE = 0;
    /** What precedes: a half-space (ZWNJ). */
    private static final int ZWNJ = 1;
    /** What precedes: any other character. */
    private static final int OTHER = 2;

    private final Delimiter delimiter;
    private final Limits limits;

    ChunkParser(Delimiter delimiter, Limits limits) {
        this.delimiter = delimiter;
        this.limits = limits;
    }

    /**
     * What receives the records of a chunk as they are parsed, each line with its cells: the cells of
     * a record are still in the processor's cache when it takes them.
     */
    interface Sink {

        /**
         * Takes a record.
         *
         * @param line   the line the record starts on
         * @param cells  its cells, handed over: no one else holds or changes the array
         * @param normal bit {@code k} set when cell {@code k} is known to be normal text
         *               ({@link Record#normal()})
         */
        void accept(long line, String[] cells, long normal);
    }

    /**
     * Records kept as they are parsed, handed on after the parse ({@link #handTo}): the parser's loop
     * then runs apart from what the records are handed to, and the JIT compiler compiles each on its
     * own, where a sink called from inside the loop is compiled into it, and a rare turn of either
     * (a buffer's end in a cell, a first error in a row) throws away and recompiles both. Used by
     * one thread at a time.
     */
    static final class Held implements Sink {
        private long[] lines = new long[256];
        private String[][] cells = new String[256][];
        private long[] normal = new long[256];
        private int count;

        @Override
        public void accept(long line, String[] record, long normalCells) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, 2 * count);
                cells = Arrays.copyOf(cells, 2 * count);
                normal = Arrays.copyOf(normal, 2 * count);
            }
            lines[count] = line;
            cells[count] = record;
            normal[count] = normalCells;
            count++;
        }

        /** Hands the records kept to {@code sink}, in order, and keeps none. */
        void handTo(Sink sink) {
            int n = count;
            count = 0;
            for (int k = 0; k < n; k++) {
                String[] record = cells[k];
                cells[k] = null;
                sink.accept(lines[k], record, normal[k]);
            }
        }
    }

    /** Parses a chunk into its records and the failure that stops it, if any. */
    Parsed parse(Chunker.Chunk chunk) {
        List<Record> records = new ArrayList<>();
        try {
            parse(chunk, (line, cells, normal) -> records.add(new Record(line, cells, normal)));
            return new Parsed(records, null);
        } catch (CsvFailure f) {
            return new Parsed(records, f);
        }
    }

    /**
     * Parses a chunk, handing each record to {@code sink} as soon as it is read.
     *
     * @throws CsvFailure the failure that stops the chunk, after the records before it
     */
    void parse(Chunker.Chunk chunk, Sink sink) throws CsvFailure {
        parse(chunk.bytes(), 0, chunk.bytes().length, chunk.startLine(), sink);
    }

    /**
     * Parses the records of a chunk from a record's start on, handing each to {@code sink} as soon as
     * it is read.
     *
     * @param bytes holds the chunk's bytes, whole records
     * @param from  where a record starts
     * @param to    where the chunk ends
     * @param line  the line the record starts on
     * @throws CsvFailure the failure that stops the chunk, after the records before it
     */
    void parse(byte[] bytes, int from, int to, long line, Sink sink) throws CsvFailure {
        parse(bytes, from, to, line, sink, null);
    }

    /**
     * Where a parse of a reading buffer stopped ({@link #parseInPlace}).
     *
     * @param at      where the first record not taken starts
     * @param line    the line it starts on
     * @param stopped true when that record was not taken because the bytes before {@code to} cannot
     *                tell it — it is not whole yet, it is in error, or it runs past the guard — and
     *                must be read by the chunker's own scan; false when the batch ended at a record
     *                boundary, the target reached or the input ended
     */
    record Stop(int at, long line, boolean stopped) {
    }

    /** The bounds of a parse in place: the batch's size, the chunker's guard, and whether the bytes are the input's last. */
    private record InPlace(int targetBytes, long guard, boolean last) {
    }

    /**
     * Parses whole records straight from a reading buffer, for a run on one thread, where cutting a
     * chunk first would read the bytes twice. It takes the records that the chunks of
     * {@link Chunker#next(int)} would hold, and no other: it stops after the first record that ends at
     * least {@code targetBytes} after {@code from}, as a chunk is cut there, and it stops before a
     * record it cannot take as a chunk's — one not whole before {@code to} (unless {@code last}), in
     * error, or longer than the guard — which the caller reads as the chunker does, so that every
     * record, failure and line is the chunker's.
     *
     * @param bytes       the buffer
     * @param from        where a record starts
     * @param to          the end of the bytes read
     * @param line        the line the record at {@code from} starts on
     * @param targetBytes the size a chunk reaches before it is cut
     * @param guard       how many bytes a record may run to ({@link Chunker})
     * @param last        whether the input ends at {@code to}
     * @param sink        receives the records taken
     * @return where it stopped, never null
     */
    Stop parseInPlace(byte[] bytes, int from, int to, long line, int targetBytes, long guard, boolean last,
            Sink sink) {
        try {
            return parse(bytes, from, to, line, sink, new InPlace(targetBytes, guard, last));
        } catch (CsvFailure f) {
            throw new IllegalStateException("A parse in place stops before a failure", f);
        }
    }

    /**
     * Parses records from {@code first} up to {@code n}: all of them, throwing the first failure, or
     * with {@code place} as {@link #parseInPlace} does, never throwing.
     *
     * <p>Each record is read by {@link #record}, a method of its own that the JIT compiler compiles
     * apart from this loop: the loop is compiled together with the sink, which maps the row, and a
     * rare turn of either (a buffer's end in a cell, a first error of a row) then throws away and
     * recompiles only its own code, not both.
     */
    private Stop parse(byte[] s, int first, int n, long startLine, Sink sink, @Nullable InPlace place)
            throws CsvFailure {
        boolean partial = place != null && !place.last();
        Cursor r = new Cursor(first, startLine);
        while (r.at < n) {
            int recordStart = r.at;
            long recordLine = r.line;
            try {
                if (!record(s, n, partial, r)) {
                    return new Stop(recordStart, recordLine, true);
                }
            } catch (CsvFailure f) {
                if (place == null) {
                    throw f;
                }
                return new Stop(recordStart, recordLine, true);
            }
            int i = r.at;
            if (place != null && i - recordStart > place.guard()) {
                return new Stop(recordStart, recordLine, true);
            }
            sink.accept(recordLine, r.cells(), r.normal);
            if (place != null && i - first >= place.targetBytes()) {
                // After a CR alone, the chunker cuts once it has read the byte that follows: not while
                // that byte is a CR, which ends a record of its own, nor a first byte of the delimiter
                // that it must read the rest of.
                if (!r.aloneCr || i == n) {
                    return new Stop(i, r.line, false);
                }
                if (s[i] != '\r') {
                    return new Stop(i, r.line, partial && delimiter.mayStartAt(s, i, n));
                }
            }
        }
        return new Stop(r.at, r.line, partial);
    }

    /**
     * Where a parse is, and the record it last read: the parse's own, used by one thread.
     */
    private static final class Cursor {
        /** Where the next record starts, once a record is read. */
        int at;
        /** The line of {@link #at}. */
        long line;
        /** The record's cells, the first {@link #count} of them. */
        String[] cells = new String[32];
        int count;
        /** The record's normal cells ({@link Record#normal()}). */
        long normal;
        /** The record's characters in all its cells. */
        long chars;
        /** Whether the record ends in a CR not followed by a LF. */
        boolean aloneCr;

        Cursor(int at, long line) {
            this.at = at;
            this.line = line;
        }

        void add(String cell) {
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, 2 * count);
            }
            cells[count++] = cell;
            chars += cell.length();
        }

        /** A copy of the record's cells, to hand over. */
        String[] cells() {
            String[] out = new String[count];
            System.arraycopy(cells, 0, out, 0, count);
            return out;
        }
    }

    /**
     * Reads the record at {@code r.at} into {@code r}, and moves {@code r.at} and {@code r.line} past it.
     *
     * @param partial whether more bytes may follow {@code n}
     * @return false when the bytes end inside the record and more may follow: the record is not whole
     * @throws CsvFailure the record's failure
     */
    private boolean record(byte[] s, int n, boolean partial, Cursor r) throws CsvFailure {
        long recordLine = r.line;
        r.count = 0;
        r.normal = 0;
        r.chars = 0;
        r.aloneCr = false;
        int i = r.at;
        while (true) {
            String cell;
            if (i < n && s[i] == '"') {
                r.at = i;
                cell = quoted(s, n, recordLine, r);
                i = r.at;
            } else {
                int from = i;
                int previous = SPACE;
                boolean plain = true;
                while (i < n) {
                    byte c = s[i];
                    if (delimiter.isAt(s, i, n) || c == '\r' || c == '\n') {
                        break;
                    }
                    if (c > ' ' && c < 0x7F) {
                        previous = OTHER;
                        i++;
                    } else if (!plain) {
                        i++;
                    } else if (c == ' ') {
                        plain = previous == OTHER;
                        previous = SPACE;
                        i++;
                    } else if ((c & 0xFC) == 0xD8 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
                        // A character of U+0600–U+06FF, two bytes: none of them a delimiter or line break.
                        char ch = (char) ((c & 0x1F) << 6 | s[i + 1] & 0x3F);
                        plain = !PersianNormalizer.changesInArabicBlock(ch);
                        previous = OTHER;
                        i += 2;
                    } else if (c == (byte) 0xE2 && i + 2 < n && s[i + 1] == (byte) 0x80 && s[i + 2] == (byte) 0x8C) {
                        plain = previous == OTHER;
                        previous = ZWNJ;
                        i += 3;
                    } else {
                        plain = false;
                        i++;
                    }
                }
                if (plain && (i == from || previous == OTHER) && r.count < Long.SIZE) {
                    r.normal |= 1L << r.count;
                }
                // Plain bytes are valid UTF-8 without U+FFFD: they need no check for invalid bytes.
                cell = plain ? new String(s, from, i - from, StandardCharsets.UTF_8)
                        : decode(s, from, i - from, r.line);
            }
            if (cell.length() > limits.maxCellChars()) {
                throw new CsvFailure(CsvFailure.Reason.CELL_TOO_LARGE, recordLine, String.valueOf(r.count + 1));
            }
            r.add(cell);
            if (i >= n) {
                if (partial) {
                    return false;
                }
                break;
            }
            byte c = s[i];
            if (c == '\r') {
                i++;
                r.line++;
                if (i >= n && partial) {
                    // A line feed may follow.
                    return false;
                }
                if (i < n && s[i] == '\n') {
                    i++;
                } else {
                    r.aloneCr = true;
                }
                break;
            } else if (c == '\n') {
                i++;
                r.line++;
                break;
            } else {
                i += delimiter.length();
            }
        }
        r.at = i;
        if (r.count > limits.maxColumns()) {
            throw new CsvFailure(CsvFailure.Reason.TOO_MANY_COLUMNS, recordLine, String.valueOf(r.count));
        }
        if (r.chars > limits.maxRecordChars()) {
            throw new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, recordLine, "");
        }
        return true;
    }

    /**
     * Reads the quoted cell at {@code r.at}, and moves {@code r.at} past it and any white space after
     * it, and {@code r.line} past the line breaks inside it.
     *
     * @param recordLine the line the record starts on
     * @return the cell, never null
     * @throws CsvFailure when the quote is not closed before {@code n}, or something other than
     *                    white space follows it
     */
    private String quoted(byte[] s, int n, long recordLine, Cursor r) throws CsvFailure {
        long cellLine = r.line;
        long line = cellLine;
        int i = r.at + 1;
        int from = i;
        boolean doubled = false;
        while (true) {
            if (i >= n) {
                throw new CsvFailure(CsvFailure.Reason.UNCLOSED_QUOTE, recordLine, String.valueOf(r.count + 1));
            }
            byte c = s[i++];
            if (c == '"') {
                if (i < n && s[i] == '"') {
                    doubled = true;
                    i++;
                    continue;
                }
                break;
            }
            if (c == '\r') {
                line++;
            } else if (c == '\n' && !(i >= 2 && s[i - 2] == '\r')) {
                line++;
            }
        }
        String cell = doubled ? decode(undouble(s, from, i - 1), 0, -1, cellLine)
                : decode(s, from, i - 1 - from, cellLine);
        int trailing = i;
        while (i < n && !delimiter.isAt(s, i, n) && s[i] != '\r' && s[i] != '\n') {
            i++;
        }
        if (i > trailing && !decode(s, trailing, i - trailing, line).isBlank()) {
            throw new CsvFailure(CsvFailure.Reason.STRAY_QUOTE, recordLine,
                    "invalid char between encapsulated token and delimiter");
        }
        r.at = i;
        r.line = line;
        return cell;
    }

    /**
     * Why a record that ran past the chunker's guard cannot be read, from what its bytes show: the
     * first cell longer than the limit or the first stray quote, as a whole record would be refused;
     * else a quote still open where reading stopped ({@link CsvFailure.Reason#QUOTE_PAST_LIMIT});
     * else the record's length, its cells being each within the limit.
     *
     * @param s    holds the record's valid UTF-8 bytes
     * @param from where the record starts
     * @param to   where reading stopped, inside the record
     * @param line the line the record starts on
     * @return the failure, never null
     */
    CsvFailure pastGuard(byte[] s, int from, int to, long line) {
        int end = to;
        int lead = to - 1;
        while (lead > from && (s[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead >= from) {
            int b = s[lead] & 0xFF;
            int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            if (lead + length > to) {
                // The last character is not read whole: the bytes parsed end before it.
                end = lead;
            }
        }
        try {
            parse(s, from, end, line, (at, cells, normal) -> { }, null);
        } catch (CsvFailure f) {
            return switch (f.reason()) {
                case CELL_TOO_LARGE, STRAY_QUOTE, TOO_MANY_COLUMNS -> f;
                case UNCLOSED_QUOTE -> new CsvFailure(CsvFailure.Reason.QUOTE_PAST_LIMIT, line, String.valueOf(f.number()));
                case ENCODING, RECORD_TOO_LARGE, QUOTE_PAST_LIMIT -> new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, line, "");
            };
        }
        return new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, line, "");
    }

    /** The bytes of a quoted cell with each doubled quote made single. */
    private static byte[] undouble(byte[] s, int from, int to) {
        byte[] out = new byte[to - from];
        int length = 0;
        for (int k = from; k < to; k++) {
            out[length++] = s[k];
            if (s[k] == '"') {
                k++;
            }
        }
        return Arrays.copyOf(out, length);
    }

    /**
     * Decodes the bytes of a cell. Invalid bytes decode to U+FFFD, so only a cell holding that
     * character is decoded again, strictly, to tell an invalid byte from a written U+FFFD.
     *
     * @param length the number of bytes, or -1 for all from {@code from} on
     * @param line   the line the bytes start on
     */
    private static String decode(byte[] s, int from, int length, long line) throws CsvFailure {
        int count = length < 0 ? s.length - from : length;
        String text = new String(s, from, count, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.wrap(s, from, count);
            if (strict.decode(bytes, CharBuffer.allocate(count), true).isError()) {
                long at = line;
                for (int k = from; k < bytes.position(); k++) {
                    if (s[k] == '\r' || s[k] == '\n' && !(k > from && s[k - 1] == '\r')) {
                        at++;
                    }
                }
                throw new CsvFailure(CsvFailure.Reason.ENCODING, at, StandardCharsets.UTF_8.name());
            }
        }
        return text;
    }
}
