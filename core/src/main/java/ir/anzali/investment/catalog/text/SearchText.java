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
 * <p>Stateless and thread-safe.
 */
public final class SearchText {

    /** The length of the longest word of a digit, {@code چهار}: a longer word is none, and is not looked up. */
    private static final int LONGEST_DIGIT_WORD = 4;

    private SearchText() {
    }

    /**
     * Folds text.
     *
     * @param text the text, not null
     * @return the folded text, never null
     */
    public static String fold(String text) {
        String n = PersianNormalizer.normalize(text);
        StringBuilder out = new StringBuilder(n.length());
        int i = 0;
        while (i < n.length()) {
            int end = i;
            while (end < n.length() && isWordChar(n.charAt(end))) {
                end++;
            }
            if (end > i) {
                int start = out.length();
                for (int k = i; k < end; k++) {
                    fold(n.charAt(k), out);
                }
                String digits = out.length() - start > LONGEST_DIGIT_WORD ? null : NumberWords.digitsOf(out.substring(start));
                if (digits != null) {
                    out.setLength(start);
                    out.append(digits);
                }
                i = end;
            } else {
                fold(n.charAt(i++), out);
            }
        }
        return out.toString();
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
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    private static void fold(char c, StringBuilder out) {
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
