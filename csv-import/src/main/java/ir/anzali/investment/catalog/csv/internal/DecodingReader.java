package ir.anzali.investment.catalog.csv.internal;

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
 * replaced), drops leading byte-order marks, however many, and counts lines. Not thread-safe.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(32 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private boolean endOfInput;
    private boolean flushed;
    private boolean first = true;
    private long line = 1;
    private boolean afterCr;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
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
        return n;
    }

    /** Decodes more characters; false at the end of input. */
    private boolean fill() throws IOException {
        while (true) {
            chars.clear();
            try {
                decodeSome();
            } finally {
                chars.flip();
            }
            if (first) {
                while (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
                first = !chars.hasRemaining() && !flushed;
            }
            if (chars.hasRemaining()) {
                return true;
            }
            if (flushed) {
                return false;
            }
        }
    }

    /** Decodes into the empty character buffer until it holds something or the input is done. */
    private void decodeSome() throws IOException {
        while (chars.position() == 0 && !flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                if (chars.position() > 0) {
                    return;
                }
                throw new EncodingException(line, decoder.charset().name());
            }
            if (result.isOverflow()) {
                return;
            }
            if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
                return;
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
