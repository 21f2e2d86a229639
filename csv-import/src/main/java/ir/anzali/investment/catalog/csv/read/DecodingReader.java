package ir.anzali.investment.catalog.csv.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly (invalid bytes are an {@link EncodingException} naming their line, never
 * replaced), drops a leading byte-order mark, counts bytes and lines, and refuses to hand out more
 * than a set number of characters between two record boundaries ({@link RecordTooLargeException}),
 * so that an unclosed quote cannot exhaust memory. Not thread-safe.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private final long maxCharsPerRecord;
    private boolean endOfInput;
    private boolean flushed;
    private boolean first = true;
    private long bytesRead;
    private long line = 1;
    private boolean afterCr;
    private long charsSinceBoundary;
    private long boundaryLine = 1;

    DecodingReader(InputStream in, Charset charset, long maxCharsPerRecord) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxCharsPerRecord = maxCharsPerRecord;
        bytes.flip();
        chars.flip();
    }

    /** Bytes taken from the input so far. */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * Marks the start of a record at a physical line: the size guard counts from here.
     *
     * @param startLine the line where the next record starts
     */
    void recordBoundary(long startLine) {
        charsSinceBoundary = 0;
        boundaryLine = startLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c > '\r') {
                afterCr = false;
            } else if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else if (c == '\r') {
                line++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
        charsSinceBoundary += n;
        if (charsSinceBoundary > maxCharsPerRecord) {
            throw new RecordTooLargeException(boundaryLine);
        }
        return n;
    }

    /** Decodes more characters; false at the end of input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) {
                    return false;
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    if (chars.position() > 0) {
                        break;
                    }
                    throw new EncodingException(line, decoder.charset().name());
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfInput = true;
                } else {
                    bytesRead += read;
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        } finally {
            chars.flip();
        }
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        if (!chars.hasRemaining()) {
            return !flushed && fill();
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
