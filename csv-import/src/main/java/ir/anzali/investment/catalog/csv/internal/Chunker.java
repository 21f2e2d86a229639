package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.FileChangedException;
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
 * reading at the line where it starts. Not thread-safe.
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

    /**
     * @param in        the UTF-8 bytes
     * @param delimiter the delimiter
     * @param guard        how many bytes a record may run to before reading stops
     * @param fingerprints each chunk is shown to them before it is returned; or null
     */
    Chunker(InputStream in, Delimiter delimiter, long guard, @Nullable Fingerprints fingerprints) {
        this.in = in;
        this.delimiter = delimiter;
        this.guard = guard;
        this.fingerprints = fingerprints;
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
                    tooLarge = new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, recordStartLine, "");
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
                return null;
            }
        }
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

    private Chunk cut(int at) throws FileChangedException {
        Chunk chunk = new Chunk(Arrays.copyOfRange(buffer, start, at), chunkStartLine);
        start = at;
        chunkStartLine = lastBoundaryLine;
        if (fingerprints != null) {
            fingerprints.see(chunk);
        }
        return chunk;
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
