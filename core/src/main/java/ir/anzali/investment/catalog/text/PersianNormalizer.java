package ir.anzali.investment.catalog.text;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The Persian text normalization of the catalog CSV format (§4), applied to every text value and
 * header before it is matched or stored.
 *
 * <ul>
 *   <li>Arabic yeh {@code ي} (U+064A) and alef maksura {@code ى} (U+0649) become Persian yeh
 *       {@code ی} (U+06CC); Arabic kaf {@code ك} (U+0643) becomes keheh {@code ک} (U+06A9);</li>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) become their base letters;</li>
 *   <li>tatweel (U+0640) is removed;</li>
 *   <li>runs of ZWNJ (U+200C) collapse to one, and a ZWNJ next to a space or at either end of the
 *       text is removed;</li>
 *   <li>runs of white space, no-break spaces and line breaks included, collapse to one space, and
 *       the text is trimmed;</li>
 *   <li>invisible format characters are removed: zero-width space U+200B, zero-width joiner
 *       U+200D, the marks LRM U+200E, RLM U+200F and ALM U+061C, the bidi embeddings, overrides
 *       and isolates U+202A–U+202E and U+2066–U+2069, U+FEFF (a stray byte-order mark) and the soft
 *       hyphen U+00AD ({@link #isInvisible(char)}).</li>
 * </ul>
 *
 * <p>Digits are kept as written. Other control characters, lone surrogates and noncharacters are
 * kept: they are not text, and the callers refuse them ({@link #findNonText(CharSequence)}). The normalization is idempotent:
 * normalizing its own result changes nothing. Stateless and thread-safe.
 */
public final class PersianNormalizer {

    /** Zero-width non-joiner, the Persian half-space. */
    public static final char ZWNJ = '\u200C';

    private PersianNormalizer() {
    }

    /**
     * Normalizes text.
     *
     * @param text the text, not null
     * @return the normalized text, never null; empty when the text held only white space. The very
     *         same string when nothing changes; then the text holds nothing that
     *         {@link #findNonText(CharSequence)} would find
     */
    public static String normalize(String text) {
        if (isAlreadyNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingZwnj = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB50' && c <= '\uFEFE' && !(c >= '\uFE00' && c <= '\uFE6F')) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int j = 0; j < base.length(); j++) {
                    char b = base.charAt(j);
                    if (b == '\u0640') {
                        continue;
                    }
                    if (b == ' ') {
                        pendingSpace = true;
                        pendingZwnj = false;
                    } else {
                        appendLetter(out, mapLetter(b), pendingSpace, pendingZwnj);
                        pendingSpace = false;
                        pendingZwnj = false;
                    }
                }
                continue;
            }
            if (c == '\u0640' || isInvisible(c)) {
                continue;
            }
            if (c == ZWNJ) {
                pendingZwnj = !pendingSpace;
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                pendingZwnj = false;
                continue;
            }
            appendLetter(out, mapLetter(c), pendingSpace, pendingZwnj);
            pendingSpace = false;
            pendingZwnj = false;
        }
        return out.toString();
    }

    /**
     * Normalizes optional text, taking blank text as absent.
     *
     * @param text the text
     * @return the normalized text, or null when the text was null or blank
     */
    public static @Nullable String normalizeToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String n = normalize(text);
        return n.isEmpty() ? null : n;
    }

    private static void appendLetter(StringBuilder out, char c, boolean space, boolean zwnj) {
        if (out.length() > 0) {
            if (space) {
                out.append(' ');
            } else if (zwnj) {
                out.append(ZWNJ);
            }
        }
        out.append(c);
    }

    /** Maps the Arabic letter variants to their Persian forms; other characters are returned as they are. */
    static char mapLetter(char c) {
        switch (c) {
            case '\u064A':
            case '\u0649':
                return '\u06CC';
            case '\u0643':
                return '\u06A9';
            default:
                return c;
        }
    }

    /**
     * Tells whether a character is white space for normalization: space, tab, line feed, carriage
     * return, the other Unicode space separators, the no-break spaces and the line and paragraph
     * separators. The control characters that Java also calls white space (U+000B, U+000C,
     * U+001C–U+001F) are not: text may not hold them ({@link #isControl(char)}).
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }
        if (c < '\u0085' || c >= '\u0600' && c <= '\u06FF') {
            return false;
        }
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2028' || c == '\u2029'
                || Character.isWhitespace(c);
    }

    /**
     * Tells whether a character is an invisible format character that normalization removes: U+200B,
     * U+200D, U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF or U+00AD.
     *
     * @param c the character
     * @return true for such a character
     */
    public static boolean isInvisible(char c) {
        if (c < '\u00AD') {
            return false;
        }
        return c == '\u00AD' || c == '\u061C' || c == '\uFEFF' || c >= '\u200B' && c <= '\u200F' && c != ZWNJ
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * Tells whether normalization changes a character of the Arabic block (U+0600–U+06FF): Arabic yeh
     * and alef maksura (to Persian yeh), Arabic kaf (to Persian kaf), tatweel and the Arabic letter
     * mark (removed). Every other character of the block is kept as it is.
     *
     * @param c a character of the Arabic block
     * @return true when normalization replaces or removes it
     */
    public static boolean changesInArabicBlock(char c) {
        return c == '\u064A' || c == '\u0649' || c == '\u0643' || c == '\u0640' || c == '\u061C';
    }

    /**
     * Tells whether a character is a control character that text may not hold (CSV format §4):
     * U+0000–U+001F except tab, line feed and carriage return, and U+007F–U+009F.
     *
     * @param c the character
     * @return true for such a character
     */
    public static boolean isControl(char c) {
        return c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c >= '\u007F' && c <= '\u009F';
    }

    /**
     * Tells whether a code point is a Unicode noncharacter: U+FDD0–U+FDEF, and the last two code
     * points of every plane (U+FFFE, U+FFFF, U+1FFFE, U+1FFFF … U+10FFFF). Such a code point is
     * not text: files may not carry it (a CSV export would write {@code ?}, a workbook drops it).
     *
     * @param codePoint the code point
     * @return true for a noncharacter
     */
    public static boolean isNoncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * Finds the first code point that text may not hold (CSV format §4): a control character
     * ({@link #isControl(char)}), a lone surrogate (half of a character written with two UTF-16
     * units, whose other half is missing) or a noncharacter ({@link #isNoncharacter(int)}). None of
     * them can be written to a file and read back. Read the code point at the index with
     * {@link Character#codePointAt(CharSequence, int)}: it is the lone surrogate itself when that is
     * what was found.
     *
     * @param text the text, not null
     * @return its index, or -1 when there is none
     */
    public static int findNonText(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (isControl(c) || Character.isSurrogate(c) || isNoncharacter(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A fast path for the common case: text that normalization would leave alone. Text holding a
     * control character, a surrogate or a noncharacter never takes it, so that callers that get the
     * same string back know it holds nothing that {@link #findNonText(CharSequence)} would find.
     */
    private static boolean isAlreadyNormal(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        char previous = ' ';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > '~') {
                if (c >= '\u0600' && c <= '\u06FF') {
                    if (changesInArabicBlock(c)) {
                        return false;
                    }
                } else if (c == ZWNJ) {
                    if (previous == ' ' || previous == ZWNJ || i + 1 == n || text.charAt(i + 1) == ' ') {
                        return false;
                    }
                } else if (c >= '\uFB50' && c <= '\uFEFE' || c <= '\u009F' || c >= '\uD800' && c <= '\uDFFF'
                        || c >= '\uFFFE' || isSpace(c) || isInvisible(c)) {
                    return false;
                }
            } else if (c == ' ') {
                if (previous == ' ' || previous == ZWNJ) {
                    return false;
                }
            } else if (c < ' ') {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }
}
