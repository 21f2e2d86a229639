package ir.anzali.investment.catalog.csv.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A file's bytes as UTF-8, whatever its encoding, for the byte-level reading of {@link Chunker} and
 * {@link ChunkParser}. UTF-8 files are passed through untouched (without leading byte-order marks,
 * however many there are):
 * their bytes are decoded cell by cell on the workers, and invalid bytes are found there. Files in
 * other encodings are decoded strictly by {@link DecodingReader} — invalid bytes become an
 * {@link EncodingException} naming their line when they are reached — and encoded again as UTF-8.
 * Counts the bytes taken from the file. Not thread-safe.
 */
final class Utf8Input implements AutoCloseable {

    /** How many bytes of a stream that cannot be opened again are examined to detect its encoding or check the one given. */
    private static final int STREAM_DETECTION_BYTES = 1024 * 1024;

    private final Counting counted;
    private final InputStream bytes;
    private final Charset encoding;
    private final boolean guessed;
    private GivenEncoding.@Nullable Misread misread;

    private Utf8Input(Counting counted, InputStream bytes, Charset encoding, boolean guessed) {
        this.counted = counted;
        this.bytes = bytes;
        this.encoding = encoding;
        this.guessed = guessed;
    }

    /**
     * Opens a source, detecting its encoding when none is given, and examining what detection would
     * examine when a single-byte encoding is given ({@link GivenEncoding}): the whole file when the
     * source can be opened again, the first {@value #STREAM_DETECTION_BYTES} bytes of a stream.
     *
     * @param source   the file
     * @param encoding the encoding, or null to detect it
     * @return the input, to be closed
     * @throws IOException when the file cannot be opened or read
     */
    static Utf8Input open(Source source, @Nullable Charset encoding) throws IOException {
        if (encoding != null && !GivenEncoding.singleByte(encoding)) {
            return openAs(source, encoding);
        }
        if (source.reopenable()) {
            Probe probe;
            try (InputStream first = source.open()) {
                probe = Probe.of(first, encoding, Long.MAX_VALUE);
            }
            Counting in = new Counting(source.open());
            return probe.checked(wrap(in, in, probe.detected()));
        }
        Counting in = new Counting(source.open());
        InputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(STREAM_DETECTION_BYTES + 8);
        Probe probe = Probe.of(buffered, encoding, STREAM_DETECTION_BYTES);
        buffered.reset();
        return probe.checked(wrap(in, buffered, probe.detected()));
    }

    /**
     * Opens a source in an encoding known already, detected or examined by an earlier opening.
     *
     * @param source   the file
     * @param encoding the encoding
     * @return the input, to be closed
     * @throws IOException when the file cannot be opened or read
     */
    static Utf8Input openAs(Source source, Charset encoding) throws IOException {
        Counting in = new Counting(source.open());
        return wrap(in, in, new EncodingDetector.Detected(encoding, false));
    }

    /**
     * What the first bytes of a file tell before it is read.
     *
     * @param detected the encoding detected, or the one given
     * @param misread  for a single-byte encoding given, the one the file seems to be in instead; else null
     */
    private record Probe(EncodingDetector.Detected detected, GivenEncoding.@Nullable Misread misread) {

        /** Detects the encoding unless one is given, which is examined. */
        static Probe of(InputStream in, @Nullable Charset given, long limit) throws IOException {
            return given == null ? new Probe(EncodingDetector.detect(in, limit), null)
                    : new Probe(new EncodingDetector.Detected(given, false), GivenEncoding.examine(in, given, limit));
        }

        /** Notes the encoding the file seems to be in instead of the one given. */
        Utf8Input checked(Utf8Input input) {
            input.misread = misread;
            return input;
        }
    }

    private static Utf8Input wrap(Counting counted, InputStream in, EncodingDetector.Detected detected)
            throws IOException {
        Charset charset = detected.charset();
        if (!charset.equals(StandardCharsets.UTF_8)) {
            InputStream encoded = new BufferedInputStream(new Encoding(new DecodingReader(in, charset)), 64 * 1024);
            return new Utf8Input(counted, encoded, charset, detected.guessed());
        }
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        while (true) {
            buffered.mark(3);
            byte[] head = buffered.readNBytes(3);
            if (!StandardCharsets.UTF_8.equals(EncodingDetector.ofMark(head, head.length))) {
                buffered.reset();
                return new Utf8Input(counted, buffered, charset, false);
            }
        }
    }

    /** The text as UTF-8 bytes, without a byte-order mark; supports mark and reset. */
    InputStream bytes() {
        return bytes;
    }

    /** The file's own encoding. */
    Charset encoding() {
        return encoding;
    }

    /** Whether the encoding was guessed between single-byte encodings. */
    boolean guessed() {
        return guessed;
    }

    /**
     * Where a file read in the single-byte encoding given seems to be in another ({@link GivenEncoding}).
     *
     * @return the encoding it seems to be in, with the line and an example; null when it does not seem
     *         so or no single-byte encoding was given
     */
    GivenEncoding.@Nullable Misread misread() {
        return misread;
    }

    /** Bytes taken from the file so far. */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Encodes the characters of a reader as UTF-8; lets the reader's exceptions through. */
    private static final class Encoding extends InputStream {
        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8 * 1024);
        private final ByteBuffer out = ByteBuffer.allocate(32 * 1024);
        private boolean endOfInput;
        private boolean flushed;

        Encoding(Reader reader) {
            this.reader = reader;
            out.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!out.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, out.remaining());
            out.get(b, off, n);
            return n;
        }

        private void fill() throws IOException {
            out.clear();
            if (!endOfInput) {
                int n = reader.read(chars.array(), chars.position(), chars.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    chars.position(chars.position() + n);
                }
            }
            chars.flip();
            encoder.encode(chars, out, endOfInput);
            chars.compact();
            if (endOfInput && chars.position() == 0) {
                encoder.flush(out);
                flushed = true;
            }
            out.flip();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
