package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.NumberWords;
import org.jspecify.annotations.Nullable;

/**
 * Folds text for searching, so that what a person types finds what staff wrote, however Persian
 * writers vary their spelling. The folded key is compared, never stored: stored text stays as
 * written (after {@link PersianNormalizer}). Folding:
 *
 * <ol>
 *   <li>Persian normalization ({@link PersianNormalizer}): Arabic yeh and kaf, presentation forms,
 *       tatweel and invisible format characters;</li>
 *   <li>the whole words صفر یک دو سه چهار پنج شش هفت هشت نه ده become their digits, so that
 *       {@code هتل پنج ستاره} finds {@code هتل ۵ ستاره};</li>
 *   <li>{@code ۀ} and {@code ة} become {@code ه}; {@code أ} {@code إ} {@code آ} {@code ٱ} become
 *       {@code ا}; {@code ؤ} becomes {@code و}; {@code ئ} becomes {@code ی};</li>
 *   <li>harakat and other combining marks (U+064B–U+065F, U+0670) are dropped;</li>
 *   <li>Persian and Arabic-Indic digits become ASCII digits, and letters lower case;</li>
 *   <li>spaces and half-spaces (ZWNJ) are dropped, so that {@code می‌شود} finds {@code می شود}.</li>
 * </ol>
 *
 * <p>Fast code, measured (docs/performance.md, the database store's third round): the characters of
 * the Latin and Arabic blocks, nearly all there are, are folded through a table made from the rules
 * of one character at class initialization, and a folded text can be appended to a caller's buffer
 * ({@link #fold(String, StringBuilder)}); {@code SearchTextTest} checks it against the rules on random
 * text. Stateless and thread-safe.
 */
public final class SearchText {

    /** The length of the longest word of a digit, {@code چهار}: a longer word is none, and is not looked up. */
    private static final int LONGEST_DIGIT_WORD = 4;

    /**
     * Characters below this one are folded by {@link #FOLDED} and told word characters by
     * {@link #WORD}: Latin, the Arabic block and the Persian letters, nearly all the text there is.
     */
    private static final char TABLE_END = '\u0700';

    /** Each character below {@link #TABLE_END} folded by {@link #fold(char, StringBuilder)}, or -1 when dropped. */
    private static final int[] FOLDED = new int[TABLE_END];

    /** Whether each character below {@link #TABLE_END} is a word character ({@link #isWordChar(char)}). */
    private static final boolean[] WORD = new boolean[TABLE_END];

    static {
        StringBuilder one = new StringBuilder(1);
        for (char c = 0; c < TABLE_END; c++) {
            one.setLength(0);
            fold(c, one);
            FOLDED[c] = one.length() == 0 ? -1 : one.charAt(0);
            WORD[c] = isWordChar(c);
        }
    }

    private SearchText() {
    }

    /**
     * Folds text.
     *
     * @param text the text, not null
     * @return the folded text, never null
     */
    public static String fold(String text) {
        return fold(text, new StringBuilder(text.length())).toString();
    }

    /**
     * Appends text folded, as {@link #fold(String)} gives it, to a builder, without a string of its own.
     *
     * @param text the text, not null
     * @param out  where to append it, not null
     * @return {@code out}
     */
    public static StringBuilder fold(String text, StringBuilder out) {
        String n = PersianNormalizer.normalize(text);
        int length = n.length();
        int i = 0;
        while (i < length) {
            char c = n.charAt(i);
            if (!wordChar(c)) {
                folded(c, out);
                i++;
                continue;
            }
            int start = out.length();
            do {
                folded(c, out);
                i++;
            } while (i < length && wordChar(c = n.charAt(i)));
            int end = out.length();
            String digits = end - start > LONGEST_DIGIT_WORD ? null : NumberWords.digitsOf(out, start, end);
            if (digits != null) {
                out.setLength(start);
                out.append(digits);
            }
        }
        return out;
    }

    private static boolean wordChar(char c) {
        return c < TABLE_END ? WORD[c] : isWordChar(c);
    }

    /** Appends a character folded: by the table when it is in it. */
    private static void folded(char c, StringBuilder out) {
        if (c < TABLE_END) {
            int f = FOLDED[c];
            if (f >= 0) {
                out.append((char) f);
            }
        } else {
            fold(c, out);
        }
    }

    /**
     * Tells whether text contains a folded needle.
     *
     * @param text   the text
     * @param folded a needle already folded with {@link #fold(String)}, not null
     * @return true when the folded text contains the needle
     */
    public static boolean contains(@Nullable String text, String folded) {
        return text != null && fold(text).contains(folded);
    }

    /** Letters, digits and combining marks make words; anything else separates them. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    /** Appends a character folded, or nothing when folding drops it: the rules the table holds. */
    static void fold(char c, StringBuilder out) {
        if (c == ' ' || c == PersianNormalizer.ZWNJ || isMark(c)) {
            return;
        }
        int digit = Digits.value(c);
        if (digit >= 0) {
            out.append((char) ('0' + digit));
            return;
        }
        switch (c) {
            case '\u06C0':
            case '\u0629':
                out.append('\u0647');
                return;
            case '\u0623':
            case '\u0625':
            case '\u0622':
            case '\u0671':
                out.append('\u0627');
                return;
            case '\u0624':
                out.append('\u0648');
                return;
            case '\u0626':
                out.append('\u06CC');
                return;
            default:
                out.append(Character.toLowerCase(c));
        }
    }
}
