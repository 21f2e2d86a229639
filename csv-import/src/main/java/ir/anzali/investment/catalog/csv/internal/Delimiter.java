package ir.anzali.investment.catalog.csv.internal;

import java.nio.charset.StandardCharsets;

/**
 * A delimiter as the bytes that stand for it in UTF-8: one byte for {@code ,} {@code ;} and tab, two
 * for {@code ؛} (U+061B). UTF-8 never uses a delimiter's single byte inside another character, and
 * the two bytes of {@code ؛} only for it, so finding the bytes is finding the delimiter. Immutable.
 *
 * @param first  the first byte
 * @param second the second byte as an unsigned value, or -1 for a one-byte delimiter
 */
record Delimiter(byte first, int second) {

    /**
     * The bytes of a delimiter character.
     *
     * @param c a character of one or two bytes in UTF-8
     * @return the delimiter
     */
    static Delimiter of(char c) {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 2) {
            throw new IllegalArgumentException("Delimiter of more than two bytes: " + c);
        }
        return new Delimiter(bytes[0], bytes.length == 2 ? bytes[1] & 0xFF : -1);
    }

    /** How many bytes the delimiter takes. */
    int length() {
        return second < 0 ? 1 : 2;
    }

    /** Whether the delimiter starts at {@code i} in the bytes before {@code end}. */
    boolean isAt(byte[] bytes, int i, int end) {
        return bytes[i] == first && (second < 0 || i + 1 < end && (bytes[i + 1] & 0xFF) == second);
    }

    /** Whether the byte at {@code i}, the last before {@code end}, may start the delimiter: its second byte is still to come. */
    boolean mayStartAt(byte[] bytes, int i, int end) {
        return second >= 0 && i + 1 == end && bytes[i] == first;
    }
}
