package ir.anzali.investment.catalog.text;

import java.util.Locale;

/**
 * Folds text for searching, so that what a person types finds what staff wrote: Persian
 * normalization (see {@link PersianNormalizer}), lower case, ASCII digits, and no spaces or ZWNJ,
 * so that {@code هتل ۵ ستاره} finds {@code هتل 5 ستاره} and {@code می‌شود} finds {@code می شود}.
 * Stateless and thread-safe.
 */
public final class SearchText {

    private SearchText() {
    }

    /**
     * Folds text.
     *
     * @param text the text, not null
     * @return the folded text, never null
     */
    public static String fold(String text) {
        String n = Digits.toAscii(PersianNormalizer.normalize(text)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ' && c != PersianNormalizer.ZWNJ) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Tells whether text contains a folded needle.
     *
     * @param text   the text, or null
     * @param folded a needle already folded with {@link #fold(String)}, not null
     * @return true when the folded text contains the needle
     */
    public static boolean contains(String text, String folded) {
        return text != null && fold(text).contains(folded);
    }
}
