package ir.anzali.investment.catalog.csv.read;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts decoded text into chunks of whole records, so that chunks can be parsed independently, in
 * order or on several threads. It follows the record structure of the format as Commons CSV reads
 * it: a quote opens a quoted field only at the start of a field; inside one, {@code ""} is a quote;
 * CR, LF and CRLF outside quotes end a record. It also guards memory: a record longer than the
 * guard — such as one opened by a quote that never closes — stops the reading at the line where it
 * starts. Not thread-safe.
 */
final class Chunker {

    /**
     * Whole records of the text and the physical line the first of them starts on.
     *
     * @param text      the records' text, line ends included
     * @param startLine the line the first record starts on
     */
    record Chunk(String text, long startLine) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN }

    private final Reader in;
    private final char delimiter;
    private final long guard;
    private char[] buffer = new char[64 * 1024];
    private int start;
    private int end;
    private int scanned;
    private boolean endOfInput;
    private EncodingException pending;
    private CsvFailure tooLarge;

    private State state = State.FIELD_START;
    private boolean afterCr;
    private long line = 1;
    private long recordStartLine = 1;
    private int recordStart;
    private int lastBoundary;
    private long lastBoundaryLine = 1;
    private long chunkStartLine = 1;

    Chunker(Reader in, char delimiter, long guard) {
        this.in = in;
        this.delimiter = delimiter;
        this.guard = guard;
    }

    /**
     * The next chunk: whole records of at least {@code targetChars} characters where the file has
     * them, or a single record when {@code targetChars} is 1.
     *
     * @return the chunk, or null at the end of the text
     * @throws CsvFailure when bytes are invalid in the encoding (after the records before them have
     *                    been returned) or a record runs past the guard
     */
    Chunk next(int targetChars) throws CsvFailure, IOException {
        if (tooLarge != null) {
            throw tooLarge;
        }
        while (true) {
            if (scanned == end && !endOfInput && pending == null) {
                fill();
            }
            while (scanned < end) {
                if (!afterCr && (state == State.UNQUOTED || state == State.QUOTED)) {
                    skip(state == State.QUOTED ? '"' : delimiter);
                    if (scanned == end) {
                        break;
                    }
                }
                scan(buffer[scanned++]);
                if (lastBoundary > start && lastBoundary - start >= targetChars && !afterCr) {
                    return cut(lastBoundary);
                }
                if (scanned - recordStart > guard) {
                    // The records before this one are whole: hand them out first, then stop.
                    tooLarge = new CsvFailure(CsvFailure.Reason.RECORD_TOO_LARGE, recordStartLine, "");
                    if (lastBoundary > start) {
                        return cut(lastBoundary);
                    }
                    throw tooLarge;
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
                return null;
            }
        }
    }

    /**
     * Skips the ordinary characters of a field, up to a line break or a character that may change
     * the state ({@code stop}: the delimiter outside quotes, the quote inside): the common case,
     * kept to a tight loop.
     */
    private void skip(char stop) {
        char[] b = buffer;
        int i = scanned;
        int limit = end;
        while (i < limit) {
            char c = b[i];
            if (c == stop || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        scanned = i;
    }

    private void scan(char c) {
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
        if (c == delimiter) {
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
    private void lineBreak(char c) {
        if (c == '\r') {
            line++;
            afterCr = true;
        } else if (!(scanned >= 2 && buffer[scanned - 2] == '\r')) {
            line++;
        }
    }

    private Chunk cut(int at) {
        Chunk chunk = new Chunk(new String(buffer, start, at - start), chunkStartLine);
        start = at;
        chunkStartLine = lastBoundaryLine;
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
