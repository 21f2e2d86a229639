package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.text.PersianNormalizer;

/**
 * Text whose letters a program lost to {@code ?} when it saved the file in an encoding that lacks them
 * (CSV format §1: a file is never garbled silently): every Persian letter in a Western encoding such
 * as windows-1252 ({@code ?????? ????}), the Persian {@code ی} in windows-1256 ({@code ب?مه}). Text
 * holds lost letters when it has
 * <ul>
 * <li>a {@code ?} directly followed by a letter of the Arabic script — a letter lost at the start or
 *     inside a word, since a question mark ends a sentence and is never directly followed by a
 *     letter; or</li>
 * <li>a word (a run of characters between white space, a ZWNJ part of the word; in a list, between
 *     its separators {@code ;} {@code |} {@code ،} too, so that each item is a word or more) of two or more
 *     {@code ?} and nothing else but punctuation of ASCII or of the Arabic block, the quotes
 *     {@code «»} and ZWNJ: a word whose every letter was lost.</li>
 * </ul>
 * A {@code ?} alone, the Arabic question mark {@code ؟}, and a {@code ?} that ends a word
 * ({@code چرا?}, {@code what?}, {@code why???}) are not lost letters; so a {@code ی} lost at the end
 * of a word ({@code ساحل?}) is not told from a question mark. Stateless.
 */
final class LostLetters {

    private LostLetters() {
    }

    /**
     * Whether text holds letters lost to {@code ?}; text without {@code ?} is passed over at the cost of
     * one {@link String#indexOf(int)}.
     *
     * @param text normalized text, not null
     * @param list whether the text is a list, whose separators also end a word
     * @return true when the text holds lost letters
     */
    static boolean in(String text, boolean list) {
        int q = text.indexOf('?');
        while (q >= 0) {
            int start = q;
            while (start > 0 && !boundary(text.charAt(start - 1), list)) {
                start--;
            }
            int marks = 0;
            boolean onlyPunctuation = true;
            int i = start;
            for (; i < text.length() && !boundary(text.charAt(i), list); i++) {
                char c = text.charAt(i);
                if (c == '?') {
                    if (i + 1 < text.length() && arabicLetter(text.codePointAt(i + 1))) {
                        return true;
                    }
                    marks++;
                } else if (!punctuation(c)) {
                    onlyPunctuation = false;
                }
            }
            if (onlyPunctuation && marks >= 2) {
                return true;
            }
            q = text.indexOf('?', i);
        }
        return false;
    }

    private static boolean boundary(char c, boolean list) {
        return PersianNormalizer.isSpace(c) || list && (c == ';' || c == '|' || c == '،');
    }

    private static boolean arabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /**
     * Punctuation that a word whose letters were all lost may keep: ASCII punctuation and symbols,
     * the punctuation of the Arabic block ({@code ، ؛ ٪ ٫}), the quotes {@code «»} and ZWNJ.
     */
    private static boolean punctuation(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
        }
        if (c == '«' || c == '»' || c == PersianNormalizer.ZWNJ) {
            return true;
        }
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.OTHER_SYMBOL, Character.CURRENCY_SYMBOL -> true;
            default -> false;
        };
    }
}
