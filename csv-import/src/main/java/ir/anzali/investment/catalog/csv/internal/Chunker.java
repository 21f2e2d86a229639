package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts UTF-8 text into chunks of whole records, so that chunks can be parsed independently, in
 * order or on several threads. It works on the bytes, without decoding them: in UTF-8 the bytes of
 * quotes and line breaks never occur inside another character, nor those of a {@link Delimiter}.
 * It follows the record structure of the format as
 * Commons CSV reads it: a quote opens a quoted field only at the start of a field; inside one,
 * {@code ""} is a quote; CR, LF and CRLF outside quotes end a record. It also guards memory: a
 * record longer than the guard — such as one opened by a quote that never closes — stops the
 * reading at the line where it starts. On one thread, where a chunk would be parsed as soon as it is
 * cut, {@link #parseNext} lets the {@link ChunkParser} find the records' ends itself, in the buffer,
 * with the same result. Not thread-safe.
 */
final class Chunker {

    /**
     * Whole records of the text and the physical line the first of them starts on.
     *
     * @param bytes     the records' UTF-8 bytes, line ends included
     * @param startLine the line the first record starts on
     */
    record Chunk(byte[] bytes, long startLine) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN }

    private final InputStream in;
    private final Delimiter delimiter;
    private final long guard;
    private final @Nullable Fingerprints fingerprints;
    private final ChunkParser parser;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private int scanned;
    private boolean endOfInput;
    private @Nullable EncodingException pending;
    private @Nullable CsvFailure tooLarge;

    private State state = State.FIELD_START;
    private boolean afterCr;
    private long line = 1;
    private long recordStartLine = 1;
    private int recordStart;
    private int lastBoundary;
    private long lastBoundaryLine = 1;
    private long chunkStartLine = 1;
    /** Where the last chunk cut starts in the buffer, until the next reading. */
    private int cutFrom;
    /** Where it ends. */
    private int cutTo;
    /** The line it starts on. */
    private long cutLine;

    /**
     * @param in        the UTF-8 bytes
     * @param delimiter the delimiter
     * @param guard        how many bytes a record may run to before reading stops
     * @param fingerprints each chunk is shown to them before it is returned; or null
     * @param parser       parses the chunks, and tells why a record past the guard cannot be read
     */
    Chunker(InputStream in, Delimiter delimiter, long guard, @Nullable Fingerprints fingerprints, ChunkParser parser) {
        this.in = in;
        this.delimiter = delimiter;
        this.guard = guard;
        this.fingerprints = fingerprints;
        this.parser = parser;
    }

    /**
     * The next chunk: whole records of at least {@code targetBytes} bytes where the file has them,
     * or a single record when {@code targetBytes} is 1.
     *
     * @return the chunk, or null at the end of the text
     * @throws CsvFailure when bytes are invalid in the encoding (after the records before them have
     *                    been returned) or a record runs past the guard
     */
    @Nullable Chunk next(int targetBytes) throws CsvFailure, IOException {
        if (!advance(targetBytes)) {
            return null;
        }
        Chunk chunk = new Chunk(Arrays.copyOfRange(buffer, cutFrom, cutTo), cutLine);
        if (fingerprints != null) {
            fingerprints.see(chunk);
        }
        return chunk;
    }

    /**
     * Finds the end of the next chunk, as {@link #next(int)} does, and leaves its bytes in the buffer
     * from {@code cutFrom} to {@code cutTo} until the next reading.
     *
     * @return false at the end of the text
     */
    private boolean advance(int targetBytes) throws CsvFailure, IOException {
        if (tooLarge != null) {
            throw tooLarge;
        }
        while (true) {
            if ((scanned == end || awaitsDelimiterEnd()) && !endOfInput && pending == null) {
                fill();
            }
            while (scanned < end) {
                if (!afterCr && (state == State.UNQUOTED || state == State.QUOTED)) {
                    skip(state == State.QUOTED ? (byte) '"' : delimiter.first());
                }
                if (scanned - recordStart > guard) {
                    // The records before this one are whole: hand them out first, then stop.
                    tooLarge = parser.pastGuard(buffer, recordStart, scanned, recordStartLine);
                    if (lastBoundary > start) {
                        return cut(lastBoundary);
                    }
                    throw tooLarge;
                }
                if (scanned == end || awaitsDelimiterEnd() && !endOfInput && pending == null) {
                    break;
                }
                scan(buffer[scanned++]);
                if (lastBoundary > start && lastBoundary - start >= targetBytes && !afterCr) {
                    return cut(lastBoundary);
                }
            }
            if (pending != null) {
                if (lastBoundary > start) {
                    return cut(lastBoundary);
                }
                EncodingException e = pending;
                throw new CsvFailure(CsvFailure.Reason.ENCODING, e.line(), e.encoding());
            }
            if (endOfInput) {
                if (end > start) {
                    lastBoundaryLine = line;
                    return cut(end);
                }
                if (fingerprints != null) {
                    fingerprints.checkComplete();
                }
                return false;
            }
        }
    }

    /**
     * Whether {@link #parseNext} may be used: chunks are not shown to fingerprints, which need each
     * chunk's bytes.
     */
    boolean parsesInPlace() {
        return fingerprints == null;
    }

    /**
     * Parses the records of the next chunk straight from the reading buffer, for a run on one thread:
     * the records that {@link #next(int)} would cut, handed to {@code sink} as {@code parser} reads
     * them, without scanning the bytes for the chunk's end first and copying them. Records that the
     * parser cannot take from the buffer alone (one not read whole yet, in error, or longer than the
     * guard) are read by the scan of {@link #next(int)}, from that record on: the same bytes are read from
     * the input at the same moments, and every record, failure and line is as with {@code next}.
     *
     * @return false at the end of the text, when there is no record left
     * @throws CsvFailure as {@link #next(int)}, or the parser's failure, after the records before it
     */
    boolean parseNext(int targetBytes, ChunkParser.Sink sink) throws CsvFailure, IOException {
        if (fingerprints != null) {
            throw new IllegalStateException("Chunks are shown to fingerprints: read them with next");
        }
        if (tooLarge != null) {
            throw tooLarge;
        }
        restart(start, chunkStartLine);
        if ((scanned == end || awaitsDelimiterEnd()) && !endOfInput && pending == null) {
            fill();
        }
        if (start == end && (endOfInput || pending != null)) {
            if (pending != null) {
                throw new CsvFailure(CsvFailure.Reason.ENCODING, pending.line(), pending.encoding());
            }
            return false;
        }
        ChunkParser.Stop stop = parser.parseInPlace(buffer, start, end, chunkStartLine, targetBytes, guard,
                endOfInput && pending == null, sink);
        if (!stop.stopped()) {
            start = stop.at();
            chunkStartLine = stop.line();
            restart(start, chunkStartLine);
            return true;
        }
        // The chunker reads on from the record the parser stopped before, as if it had scanned up to it.
        int from = stop.at() - start;
        restart(stop.at(), stop.line());
        if (!advance(targetBytes)) {
            return from > 0;
        }
        // A chunk that ends at that record is cut there, or before a record past the guard or invalid
        // bytes, which the next call throws, as the next cut does.
        if (cutTo - cutFrom > from) {
            parser.parse(buffer, cutFrom + from, cutTo, stop.line(), sink);
        }
        return true;
    }

    /** Sets the scan to a record's start, after a record boundary. */
    private void restart(int at, long atLine) {
        scanned = at;
        recordStart = at;
        lastBoundary = at;
        line = atLine;
        recordStartLine = atLine;
        lastBoundaryLine = atLine;
        state = State.FIELD_START;
        afterCr = false;
    }

    /** Whether the last byte read may start a two-byte delimiter whose second byte is still to be read. */
    private boolean awaitsDelimiterEnd() {
        return scanned < end && delimiter.mayStartAt(buffer, scanned, end);
    }

    /**
     * Skips the ordinary characters of a field, up to a line break or a character that may change
     * the state ({@code stop}: the delimiter outside quotes, the quote inside): the common case,
     * kept to a tight loop.
     */
    private void skip(byte stop) {
        byte[] b = buffer;
        int i = scanned;
        int limit = end;
        while (i < limit) {
            byte c = b[i];
            if (c == stop || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        scanned = i;
    }

    private void scan(byte c) {
        if (afterCr) {
            afterCr = false;
            if (c == '\n' && state == State.FIELD_START && recordStart == scanned - 1) {
                // The LF of a CRLF that ended the record: part of that record's line end.
                recordStart = scanned;
                lastBoundary = scanned;
                return;
            }
        }
        switch (state) {
            case QUOTED:
                if (c == '"') {
                    state = State.QUOTE_SEEN;
                } else if (c == '\n' || c == '\r') {
                    lineBreak(c);
                }
                return;
            case QUOTE_SEEN:
                if (c == '"') {
                    state = State.QUOTED;
                    return;
                }
                state = State.UNQUOTED;
                break;
            default:
                break;
        }
        if (delimiter.isAt(buffer, scanned - 1, end)) {
            scanned += delimiter.length() - 1;
            state = State.FIELD_START;
        } else if (c == '\n' || c == '\r') {
            lineBreak(c);
            state = State.FIELD_START;
            recordStart = scanned;
            recordStartLine = line;
            lastBoundary = scanned;
            lastBoundaryLine = line;
        } else if (state == State.FIELD_START && c == '"') {
            state = State.QUOTED;
        } else {
            state = State.UNQUOTED;
        }
    }

    /** Counts a line break; a CR followed by LF is one. */
    private void lineBreak(byte c) {
        if (c == '\r') {
            line++;
            afterCr = true;
        } else if (!(scanned >= 2 && buffer[scanned - 2] == '\r')) {
            line++;
        }
    }

    /** Ends the chunk at a record boundary. */
    private boolean cut(int at) {
        cutFrom = start;
        cutTo = at;
        cutLine = chunkStartLine;
        start = at;
        chunkStartLine = lastBoundaryLine;
        return true;
    }

    private void fill() throws IOException {
        if (start > 0) {
            int keep = end - start;
            System.arraycopy(buffer, start, buffer, 0, keep);
            scanned -= start;
            recordStart -= start;
            lastBoundary -= start;
            end = keep;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        Interrupts.check();
        try {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                endOfInput = true;
            } else {
                end += n;
            }
        } catch (EncodingException e) {
            pending = e;
        }
    }
}
