package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.spi.RecordException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a file's bytes tell about the single-byte encoding given for it, before it is read, so that
 * an encoding given never garbles a file silently (CSV format §1). The bytes that detection would
 * examine — the whole file when it can be opened again, the first bytes of a stream — are read in
 * blocks, in bounded memory, and the file seems to be
 * <ul>
 * <li>in UTF-16 when they begin with its byte-order mark, or are its text without one
 *     ({@link EncodingDetector#utf16WithoutMark}): read one byte a character, every character would be
 *     garbled;</li>
 * <li>else in UTF-8 when they are valid UTF-8 (a stream's first bytes may end inside a character) and
 *     hold a character of more than one byte, which the encoding given would read as several: a
 *     file in a single-byte encoding with text outside ASCII is practically never valid UTF-8;</li>
 * <li>else in windows-1256 when a Latin encoding is given ({@link #LATIN}), which reads its
 *     Arabic-script letters as Latin ones, and read as windows-1256 they give more words in Arabic
 *     script alone than Latin words with Arabic-script letters inside — the rule by which detection
 *     chooses windows-1256 ({@link EncodingDetector.Words}). Other single-byte encodings are left
 *     out of this rule: their letters (Cyrillic, Greek…) read as Arabic ones in windows-1256.</li>
 * </ul>
 * Stateless.
 */
final class GivenEncoding {

    /** The Latin encodings that read the Arabic letters of windows-1256 as Latin ones. */
    static final Set<Charset> LATIN = Set.of(EncodingDetector.WINDOWS_1252, StandardCharsets.ISO_8859_1,
            Charset.forName("ISO-8859-15"));

    /** How many bytes are read at a time. */
    private static final int BLOCK = 64 * 1024;
    /** The most characters of a word that the example of a misreading shows. */
    private static final int LONGEST_WORD = 40;
    /** The zero-width non-joiner, the half-space inside Persian words. */
    private static final char ZWNJ = '\u200C';
    private static final char REPLACEMENT = '\uFFFD';
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char PERSIAN_YEH = '\u06CC';

    /**
     * A file that seems to be in another encoding than the one given.
     *
     * @param seems   the encoding it seems to be in
     * @param line    the 1-based physical line where text first reads wrong
     * @param word    for UTF-8, the file's first word with characters of more than one byte, as the
     *                encoding given reads it and as it is written, or its byte-order mark ({@code U+FEFF})
     *                when no word holds such characters; for windows-1256, its first word in Arabic
     *                script, as the Latin encoding given reads it and as windows-1256 does; else null
     */
    record Misread(Charset seems, long line, RecordException.@Nullable Misreading word) {
    }

    private GivenEncoding() {
    }

    /**
     * Whether an encoding writes every character it has in one byte, and so reads the bytes of any
     * other text as some text too: a file given such an encoding is examined before it is read, and
     * the column names of a file read in one may be garbled by it ({@link GarbledHeader}).
     *
     * @param encoding the encoding
     * @return true for a single-byte encoding
     */
    static boolean singleByte(Charset encoding) {
        return encoding.canEncode() && encoding.newEncoder().maxBytesPerChar() == 1.0f;
    }

    /**
     * Whether a program saving Persian text in an encoding wrote {@code ?} for its {@code ی}: a
     * single-byte encoding that has the Arabic question mark {@code ؟} but not the Persian {@code ی}
     * (U+06CC) — windows-1256, ISO-8859-6. In text of such a file a {@code ?} right after a letter is
     * a lost {@code ی} ({@link ir.anzali.investment.catalog.internal.LostLetters}); an encoding
     * without Arabic letters holds none to be followed by one.
     *
     * @param encoding the encoding the file is read in
     * @return true when it lacks the Persian {@code ی}
     */
    static boolean lacksYeh(Charset encoding) {
        if (!singleByte(encoding)) {
            return false;
        }
        CharsetEncoder encoder = encoding.newEncoder();
        return encoder.canEncode(ARABIC_QUESTION_MARK) && !encoder.canEncode(PERSIAN_YEH);
    }

    /**
     * Examines the bytes of a file given a single-byte encoding.
     *
     * @param in    the bytes; read to the end, to {@code limit} bytes or until the answer is known
     * @param given the encoding given, single-byte ({@link #singleByte})
     * @param limit how many bytes to examine at most; {@code Long.MAX_VALUE} for all
     * @return the encoding the file seems to be in instead, or null when it does not seem in another
     * @throws IOException when reading fails
     */
    static @Nullable Misread examine(InputStream in, Charset given, long limit) throws IOException {
        PushbackInputStream head = new PushbackInputStream(in, FileFormat.HEAD_BYTES);
        byte[] first = head.readNBytes((int) Math.min(FileFormat.HEAD_BYTES, limit));
        head.unread(first);
        Charset wide = EncodingDetector.ofMark(first, first.length);
        if (wide == null) {
            wide = EncodingDetector.utf16WithoutMark(first, first.length);
        }
        if (wide != null && !wide.equals(StandardCharsets.UTF_8)) {
            return new Misread(wide, 1, null);
        }
        return examineBytes(head, given, limit);
    }

    /** Examines the bytes of a file that is not UTF-16 text, as {@link #examine} says. */
    private static @Nullable Misread examineBytes(InputStream in, Charset given, long limit) throws IOException {
        Utf8 utf8 = new Utf8();
        EncodingDetector.Words words = LATIN.contains(given) ? new EncodingDetector.Words() : null;
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        long examined = 0;
        boolean end = false;
        while (!end && examined < limit && (utf8.valid || words != null)) {
            int at = bytes.position();
            int n = in.read(bytes.array(), at, (int) Math.min(bytes.remaining(), limit - examined));
            if (n < 0) {
                end = true;
            } else {
                examined += n;
                bytes.position(at + n);
                if (words != null) {
                    words.add(bytes.array(), at, at + n);
                }
            }
            if (utf8.valid) {
                utf8.decode(bytes, end);
            } else {
                bytes.clear();
            }
        }
        if (utf8.valid && utf8.line > 0) {
            String written = utf8.example();
            return new Misread(StandardCharsets.UTF_8, utf8.line,
                    new RecordException.Misreading(asRead(written, given), written));
        }
        if (words != null && words.finish().arabic > words.mixed) {
            byte[] word = words.firstArabicWord;
            return new Misread(EncodingDetector.WINDOWS_1256, words.firstArabicLine, word == null ? null
                    : new RecordException.Misreading(asRead(word, given),
                            new String(word, EncodingDetector.WINDOWS_1256)));
        }
        return null;
    }

    /**
     * Text of UTF-8 as an encoding reads its bytes; the control characters and undefined bytes of that
     * reading shown as {@code U+FFFD}, so that a message quoting it shows every character it stands for.
     */
    static String asRead(String text, Charset given) {
        return asRead(text.getBytes(StandardCharsets.UTF_8), given);
    }

    /**
     * Bytes as an encoding reads them; its control characters and undefined bytes shown as
     * {@code U+FFFD}, as {@link #asRead(String, Charset)} shows them.
     */
    private static String asRead(byte[] bytes, Charset given) {
        char[] read = new String(bytes, given).toCharArray();
        for (int i = 0; i < read.length; i++) {
            if (Character.isISOControl(read[i])) {
                read[i] = REPLACEMENT;
            }
        }
        return new String(read);
    }

    /**
     * Decodes bytes strictly as UTF-8 block by block, keeping the line of the first character of more
     * than one byte and the first word that holds such characters.
     */
    private static final class Utf8 {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(BLOCK);
        private final StringBuilder word = new StringBuilder();
        /** False once bytes are invalid UTF-8. */
        private boolean valid = true;
        /** The line of the first character of more than one byte, or 0. */
        private long line;
        /** The first such character, shown when no word holds one. */
        private String first = "";
        /** The first word that holds one, or null until it is complete. */
        private @Nullable String example;
        private boolean wide;
        /** The lines counted up to the first character of more than one byte. */
        private long lines = 1;
        private boolean afterCr;

        /** Decodes the bytes read into the buffer, leaving in it those of a character not complete yet. */
        void decode(ByteBuffer bytes, boolean end) {
            bytes.flip();
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    valid = false;
                    bytes.clear();
                    return;
                }
                chars.flip();
                scan(chars);
                chars.clear();
                if (result.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
        }

        /**
         * Counts lines up to the first character of more than one byte and collects the first word
         * that holds one; characters after that word are decoded only to be checked.
         */
        private void scan(CharBuffer text) {
            if (example != null) {
                return;
            }
            char[] a = text.array();
            int to = text.arrayOffset() + text.limit();
            int i = text.arrayOffset() + text.position();
            if (line == 0) {
                i = toFirstWide(a, i, to);
            }
            for (; i < to; i++) {
                char c = a[i];
                if (isWordChar(c)) {
                    if (word.length() == LONGEST_WORD) {
                        if (wide) {
                            continue;
                        }
                        // A long run of ASCII letters: the word shown is its end.
                        word.setLength(0);
                    }
                    word.append(c);
                    wide |= c >= 0x80;
                } else if (wide) {
                    example = word.toString();
                    return;
                } else {
                    word.setLength(0);
                }
            }
        }

        /**
         * Counts the lines of ASCII characters up to the first character of more than one byte, keeping
         * the end of the word under way, which may go on in the next characters: the one loop over
         * every character of a file that has none, so it does no more than that.
         *
         * @return the index of the first character of more than one byte, whose line is noted; or {@code to}
         */
        private int toFirstWide(char[] a, int from, int to) {
            int lastCr = afterCr ? from - 1 : from - 2;
            int i = from;
            for (; i < to; i++) {
                char c = a[i];
                if (c >= 0x80) {
                    break;
                }
                if (c == '\r') {
                    lines++;
                    lastCr = i;
                } else if (c == '\n' && lastCr != i - 1) {
                    lines++;
                }
            }
            if (i > from) {
                afterCr = lastCr == i - 1;
            }
            // The word under way, back to where it starts or to as much of it as is shown with one more character.
            int floor = Math.max(from, i - (LONGEST_WORD - 1));
            int wordStart = i;
            while (wordStart > floor && isWordChar(a[wordStart - 1])) {
                wordStart--;
            }
            if (wordStart > from) {
                word.setLength(0);
            }
            word.append(a, wordStart, i - wordStart);
            if (word.length() > LONGEST_WORD - 1) {
                word.delete(0, word.length() - (LONGEST_WORD - 1));
            }
            if (i < to) {
                line = lines;
                first = Character.isHighSurrogate(a[i]) && i + 1 < to ? new String(a, i, 2) : String.valueOf(a[i]);
            }
            return i;
        }

        /** The first word that holds a character of more than one byte, else the first such character. */
        String example() {
            String found = example;
            return found != null ? found : wide ? word.toString() : first;
        }

        private static boolean isWordChar(char c) {
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            }
            int type = Character.getType(c);
            return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK || c == ZWNJ;
        }
    }
}
