package ir.anzali.investment.catalog.xlsx.internal;

import java.nio.CharBuffer;
import java.util.Arrays;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Characters the XML parser hands over, held without making a string of them: a reusable buffer
 * for a cell's text ({@link #append}), or, as a decoder, a view of an attribute's value in the
 * parser's own buffer, good until the parser moves on. What they hold is read as the numbers and
 * words a sheet's markup uses; a string is made only of what a row keeps. Not thread-safe.
 */
final class Chars extends TypedValueDecoder {

    private static final char[] NONE = {};

    private char[] chars = new char[64];
    private int start;
    /** Whether {@link #chars} is the parser's buffer, never to be written. */
    private boolean view;
    /** How many characters there are, from {@link #start}. */
    int length;
    /**
     * Whether the attribute's value decoded last may have had white space at its ends: the parser
     * takes it off before handing the characters over, so a white space just outside them says so.
     * Never false when it had; sometimes true when it had not (a neighbouring value's white space).
     */
    boolean trimmed;

    /** Empties the buffer. */
    void clear() {
        if (view) {
            chars = new char[64];
            view = false;
        }
        start = 0;
        length = 0;
    }

    /** Appends characters to the buffer. */
    void append(char[] from, int offset, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + count));
        }
        System.arraycopy(from, offset, chars, start + length, count);
        length += count;
    }

    @Override
    public void decode(String value) {
        decode(value.toCharArray(), 0, value.length());
    }

    @Override
    public void decode(char[] buffer, int from, int end) {
        // A view, not a copy: the buffer is the parser's, and a decoder's is only read at once.
        chars = buffer;
        view = true;
        start = from;
        length = end - from;
        trimmed = from > 0 && space(buffer[from - 1]) || end < buffer.length && space(buffer[end]);
        // The parser strips XML's white space; String.strip, which the markup was read with, strips all.
        while (length > 0 && space(chars[start])) {
            start++;
            length--;
        }
        while (length > 0 && space(chars[start + length - 1])) {
            length--;
        }
        trimmed |= length != end - from;
    }

    /**
     * {@link Character#isWhitespace}, asked only of a character that could be white space: each one
     * above the space is U+1680 or higher.
     */
    private static boolean space(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && Character.isWhitespace(c);
    }

    @Override
    public void handleEmptyValue() {
        chars = NONE;
        view = true;
        start = 0;
        length = 0;
        trimmed = true;
    }

    /** The character at an index below {@link #length}. */
    char charAt(int index) {
        return chars[start + index];
    }

    /** Tells whether the characters are those of a text. */
    boolean is(String text) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters from an index on read as a whole number of decimal digits.
     *
     * @param from     the first index
     * @param most     the most digits there may be
     * @return the number, or -1 when they are not 1 to {@code most} digits
     */
    long digits(int from, int most) {
        int n = length - from;
        if (n < 1 || n > most) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < length; i++) {
            char c = chars[start + i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** Copies the characters into an array from an index, where they must fit. */
    void copyTo(char[] to, int at) {
        System.arraycopy(chars, start, to, at, length);
    }

    /** The characters, as a buffer over them that is good until they change. */
    CharBuffer buffer() {
        return CharBuffer.wrap(chars, start, length);
    }

    @Override
    public String toString() {
        return new String(chars, start, length);
    }
}
