package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the encoding of a file when none is given (CSV format §1): a byte-order mark first
 * (UTF-8, UTF-16 LE or BE); else UTF-8 when the bytes examined are valid UTF-8; else a single-byte
 * encoding is guessed: windows-1256, what Excel's plain "CSV" save writes on a Persian Windows,
 * unless the text then reads as Latin words with Arabic-script letters or marks inside them
 * ({@code Espaٌa}, {@code Grِke}) — the accented letters of windows-1252 read as windows-1256 —
 * in at least as many words as there are Arabic-script words: then windows-1252.
 */
final class EncodingDetector {

    /** Windows Arabic, the code page of Persian Windows. */
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Windows Latin 1, the code page of Western European Windows. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many bytes are examined to choose between the single-byte encodings. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    /**
     * The encoding chosen, and whether it was guessed between single-byte encodings.
     *
     * @param charset the encoding
     * @param guessed true for a guess between windows-1256 and windows-1252
     */
    record Detected(Charset charset, boolean guessed) {
    }

    private EncodingDetector() {
    }

    /**
     * Detects the encoding of the bytes a stream will give.
     *
     * @param in    the bytes; read to the end or to {@code limit} bytes
     * @param limit how many bytes to examine at most; {@code Long.MAX_VALUE} for all
     * @return the encoding, never null
     * @throws IOException when reading fails
     */
    static Detected detect(InputStream in, long limit) throws IOException {
        byte[] head = in.readNBytes((int) Math.max(3, Math.min(FileFormat.HEAD_BYTES, limit)));
        Charset marked = ofMark(head, head.length);
        if (marked != null) {
            return new Detected(marked, false);
        }
        Charset wide = utf16WithoutMark(head, head.length);
        if (wide != null) {
            return new Detected(wide, false);
        }
        Sample sample = new Sample(head);
        if (isUtf8(head, in, limit, sample)) {
            return new Detected(StandardCharsets.UTF_8, false);
        }
        sample.fill(in, limit);
        return new Detected(looksLatin(sample.bytes, sample.length) ? WINDOWS_1252 : WINDOWS_1256, true);
    }

    /**
     * Whether bytes are UTF-16 text, with or without a byte-order mark.
     *
     * @param bytes  a file's first bytes
     * @param length how many of them there are
     * @return true for a byte-order mark of UTF-16, or for text read as {@link #utf16WithoutMark}
     */
    static boolean isUtf16(byte[] bytes, int length) {
        Charset marked = ofMark(bytes, length);
        return marked != null ? !marked.equals(StandardCharsets.UTF_8) : utf16WithoutMark(bytes, length) != null;
    }

    /**
     * The encoding a byte-order mark at the start of bytes names.
     *
     * @param bytes  a file's first bytes
     * @param length how many of them there are
     * @return UTF-8, UTF-16LE or UTF-16BE, or null when the bytes start with no byte-order mark
     */
    static @Nullable Charset ofMark(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The UTF-16 encoding of text saved without a byte-order mark, told by its zero bytes: the high
     * byte of every ASCII character (the delimiters, line ends and digits of any CSV file), in the odd
     * places for little-endian, the even for big-endian; the bytes must then read, in that order, as
     * text of the scripts a catalog is written in — Latin, Persian and Arabic, their punctuation,
     * digits and joiners — and nothing else, so that a UTF-8 file with a stray NUL or binary data is
     * never taken for it.
     *
     * @param bytes  a file's first bytes
     * @param length how many of them there are
     * @return {@code UTF-16LE} or {@code UTF-16BE}, or null when the bytes are not such text
     */
    static @Nullable Charset utf16WithoutMark(byte[] bytes, int length) {
        int n = length & ~1;
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (n < 4 || zerosEven == zerosOdd) {
            return null;
        }
        Charset charset = zerosOdd > zerosEven ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        for (int i = 0; i < n; i += 2) {
            char c = charset == StandardCharsets.UTF_16LE
                    ? (char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8)
                    : (char) ((bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF));
            if (!isCatalogText(c)) {
                return null;
            }
        }
        return charset;
    }

    /** A character of the text a catalog holds: Latin, Persian and Arabic, with their punctuation. */
    private static boolean isCatalogText(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x250
                || c >= 0x600 && c < 0x700 || c >= 0x2000 && c < 0x2070 || c >= 0xFB50 && c < 0xFE00
                || c >= 0xFE70 && c < 0xFEFF;
    }

    /** The first bytes of the file, kept while they are examined. */
    private static final class Sample {
        private final byte[] bytes = new byte[SAMPLE_BYTES];
        private int length;
        private long examined;

        Sample(byte[] head) {
            add(head, 0, head.length);
        }

        void add(byte[] b, int from, int n) {
            int keep = Math.min(n, bytes.length - length);
            System.arraycopy(b, from, bytes, length, keep);
            length += keep;
            examined += n;
        }

        /** Reads on until the sample is full, the input ends or the limit is reached. */
        void fill(InputStream in, long limit) throws IOException {
            while (length < bytes.length && examined < limit) {
                int n = in.read(bytes, length, (int) Math.min(bytes.length - length, limit - examined));
                if (n < 0) {
                    return;
                }
                length += n;
                examined += n;
            }
        }
    }

    /**
     * Whether bytes read as windows-1256 give Latin words with Arabic-script letters inside, in at
     * least as many words as are written in Arabic script alone, and are all defined in windows-1252.
     */
    static boolean looksLatin(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
        }
        Words words = Words.of(bytes, length);
        return words.mixed > 0 && words.mixed >= words.arabic;
    }

    /**
     * The words of bytes read as windows-1256, counted by the scripts of their letters. The bytes may
     * come in blocks: a word cut by the end of one block goes on in the next, so that the counts of a
     * file read in blocks are those of the file read at once. Not thread-safe.
     */
    static final class Words {
        /** Not part of a word. */
        private static final byte OTHER = 0;
        /** A carriage return. */
        private static final byte CR = 1;
        /** A line feed. */
        private static final byte LF = 2;
        /** A letter or mark neither Latin nor of the Arabic script. */
        private static final byte WORD = 3;
        /** A Latin letter or mark. */
        private static final byte LATIN = 4;
        /** An Arabic-script letter or mark. */
        private static final byte SCRIPT = 5;
        /** What each byte is, read as windows-1256. */
        private static final byte[] KINDS = kinds();
        /** The most bytes of the first word in Arabic script alone that are kept. */
        private static final int LONGEST_WORD = 40;

        /** Words of Latin letters with Arabic-script letters or marks inside. */
        int mixed;
        /** Words in Arabic script alone. */
        int arabic;
        /** The line of the first word in Arabic script alone, or 0. */
        long firstArabicLine;
        /** The bytes of the first word in Arabic script alone, its first {@value #LONGEST_WORD}; null until found. */
        byte @Nullable [] firstArabicWord;
        /** The bytes of the word under way, kept until the first word in Arabic script alone is found. */
        private final byte[] word = new byte[LONGEST_WORD];
        private int wordLength;
        private long line = 1;
        private boolean afterCr;
        private boolean inWord;
        private boolean latin;
        private boolean script;

        static Words of(byte[] bytes, int length) {
            Words words = new Words();
            words.add(bytes, 0, length);
            return words.finish();
        }

        /** Counts the words of bytes from {@code from} to {@code to}, which follow those counted before. */
        void add(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                byte kind = KINDS[bytes[i] & 0xFF];
                if (kind >= WORD) {
                    if (firstArabicWord == null && wordLength < LONGEST_WORD) {
                        word[wordLength++] = bytes[i];
                    }
                    inWord = true;
                    latin |= kind == LATIN;
                    script |= kind == SCRIPT;
                    afterCr = false;
                    continue;
                }
                if (inWord) {
                    endWord();
                }
                if (kind == CR) {
                    line++;
                    afterCr = true;
                } else {
                    if (kind == LF && !afterCr) {
                        line++;
                    }
                    afterCr = false;
                }
            }
        }

        /** Counts the word at the end of the bytes, if any; no bytes follow. */
        Words finish() {
            if (inWord) {
                endWord();
            }
            return this;
        }

        private void endWord() {
            if (latin && script) {
                mixed++;
            } else if (script && arabic++ == 0) {
                firstArabicLine = line;
                firstArabicWord = Arrays.copyOf(word, wordLength);
            }
            wordLength = 0;
            inWord = false;
            latin = false;
            script = false;
        }

        private static byte[] kinds() {
            byte[] kinds = new byte[256];
            for (int b = 0; b < 256; b++) {
                char c = new String(new byte[] {(byte) b}, WINDOWS_1256).charAt(0);
                kinds[b] = c == '\r' ? CR : c == '\n' ? LF : !isWordChar(c) ? OTHER
                        : c >= '\u0600' && c <= '\u06FF' ? SCRIPT : c < '\u0250' ? LATIN : WORD;
            }
            return kinds;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Decodes strictly as UTF-8, keeping the first bytes in the sample. */
    private static boolean isUtf8(byte[] head, InputStream in, long limit, Sample sample) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        bytes.put(head);
        boolean end = false;
        while (true) {
            if (!end && sample.examined < limit) {
                int n = in.read(bytes.array(), bytes.position(),
                        (int) Math.min(bytes.remaining(), limit - sample.examined));
                if (n < 0) {
                    end = true;
                } else {
                    sample.add(bytes.array(), bytes.position(), n);
                    bytes.position(bytes.position() + n);
                }
            }
            boolean last = end || sample.examined >= limit;
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, end);
            if (r.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
            if (last && (end || bytes.position() < 4)) {
                return true;
            }
        }
    }
}
