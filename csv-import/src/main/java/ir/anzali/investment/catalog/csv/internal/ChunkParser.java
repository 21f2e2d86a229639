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

    private static final String[] NO_CELLS = new String[0];
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
     */
    private Stop parse(byte[] s, int first, int n, long startLine, Sink sink, @Nullable InPlace place)
            throws CsvFailure {
        boolean partial = place != null && !place.last();
        List<String> cells = new ArrayList<>();
        long line = startLine;
        int i = first;
        while (i < n) {
            int recordStart = i;
            long recordLine = line;
            cells.clear();
            long normal = 0;
            long chars = 0;
            boolean endOfRecord = false;
            boolean aloneCr = false;
            try {
                while (!endOfRecord) {
                    long cellLine = line;
                    String cell;
                    if (i < n && s[i] == '"') {
                        i++;
                        int from = i;
                        boolean doubled = false;
                        while (true) {
                            if (i >= n) {
                                throw new CsvFailure(CsvFailure.Reason.UNCLOSED_QUOTE, recordLine,
                                        String.valueOf(cells.size() + 1));
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
                        cell = doubled ? decode(undouble(s, from, i - 1), 0, -1, cellLine)
                                : decode(s, from, i - 1 - from, cellLine);
                        int trailing = i;
                        while (i < n && !delimiter.isAt(s, i, n) && s[i] != '\r' && s[i] != '\n') {
                            i++;
                        }
                        if (i > trailing && !decode(s, trailing, i - trailing, line).isBlank()) {
                            throw new CsvFailure(CsvFailure.Reason.STRAY_QUOTE, recordLine,
                                    "invalid char between encapsulated token and delimiter");
                        }
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
                        if (plain && (i == from || previous == OTHER) && cells.size() < Long.SIZE) {
                            normal |= 1L << cells.size();
                        }
                        // Plain bytes are valid UTF-8 without U+FFFD: they need no check for invalid bytes.
                        cell = plain ? new String(s, from, i - from, StandardCharsets.UTF_8)
                                : decode(s, from, i - from, cellLine);
                    }
                    if (cell.length() > limits.maxCellChars()) {
                        throw new CsvFailure(CsvFailure.Reason.CELL_TOO_LARGE, recordLine, String.valueOf(cells.size() + 1));
                    }
                    chars += cell.length();
                    cells.add(cell);
                    if (i >= n) {
                        if (partial) {
                            return new Stop(recordStart, recordLine, true);
                        }
                        endOfRecord = true;
                    } else {
                        byte c = s[i];
                        if (c == '\r') {
                            i++;
                            line++;
                            if (i >= n && partial) {
                                // A line feed may follow.
                                return new Stop(recordStart, recordLine, true);
                            }
                            if (i < n && s[i] == '\n') {
                                i++;
                            } else {
                                aloneCr = true;
                            }
                            endOfRecord = true;
                        } else if (c == '\n') {
                            i++;
                            line++;
                            endOfRecord = true;
                        } else {
                            i += delimiter.length();
                        }
                    }
                }
                if (cells.size() > limits.maxColumns()) {
                    throw new CsvFailure(CsvFailure.Reason.TOO_MANY_COLUMNS, recordLine, String.valueOf(cells.size()));
                }
                if (chars > limits.maxRecordChars()) {
                    throw new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, recordLine, "");
                }
            } catch (CsvFailure f) {
                if (place == null) {
                    throw f;
                }
                return new Stop(recordStart, recordLine, true);
            }
            if (place != null && i - recordStart > place.guard()) {
                return new Stop(recordStart, recordLine, true);
            }
            sink.accept(recordLine, cells.toArray(NO_CELLS), normal);
            if (place != null && i - first >= place.targetBytes()) {
                // After a CR alone, the chunker cuts once it has read the byte that follows: not while
                // that byte is a CR, which ends a record of its own, nor a first byte of the delimiter
                // that it must read the rest of.
                if (!aloneCr || i == n) {
                    return new Stop(i, line, false);
                }
                if (s[i] != '\r') {
                    return new Stop(i, line, partial && delimiter.mayStartAt(s, i, n));
                }
            }
        }
        return new Stop(i, line, partial);
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
