package ir.anzali.investment.catalog.internal;

import ir.anzali.investment.catalog.text.PersianNormalizer;

/**
 * Text whose letters a program lost to {@code ?} when it saved it in an encoding that lacks them
 * (CSV format §1: a file is never garbled silently): every Persian letter in a Western encoding such
 * as windows-1252 ({@code ?????? ????}), the Persian {@code ی} in windows-1256 ({@code ب?مه}). The
 * one rule of it, for the free text of CSV files, workbooks and catalog JSON. Text holds lost
 * letters when it has
 * <ul>
 * <li>a {@code ?} directly followed by a letter of the Arabic script — a letter lost at the start or
 *     inside a word, since a question mark ends a sentence and is never directly followed by a
 *     letter; or</li>
 * <li>a word (a run of characters between white space, a ZWNJ part of the word; in a list, between
 *     its separators {@code ;} {@code |} {@code ،} too, so that each item is a word or more) of two or more
 *     {@code ?} and nothing else but punctuation of ASCII or of the Arabic block, the quotes
 *     {@code «»} and ZWNJ: a word whose every letter was lost; or</li>
 * <li>in text decoded from a single-byte encoding that has Arabic letters but not the Persian
 *     {@code ی} (windows-1256), a {@code ?} directly after a letter of the Arabic script (or after
 *     the marks written over it, or a ZWNJ): the {@code ی} lost at the end of a word ({@code ساحل?},
 *     {@code خانه‌?}). A question mark in Persian text of such a file is written {@code ؟}, which the
 *     encoding has.</li>
 * </ul>
 * A {@code ?} alone, the Arabic question mark {@code ؟}, and, in text of UTF-8, of workbooks and of
 * JSON, a {@code ?} that ends a word ({@code چرا?}, {@code what?}, {@code why???}) are not lost
 * letters. Stateless.
 */
public final class LostLetters {

    private LostLetters() {
    }

    /**
     * Whether text holds letters lost to {@code ?}; text without {@code ?} is passed over at the cost of
     * one {@link String#indexOf(int)}.
     *
     * @param text        normalized text, not null
     * @param list        whether the text is a list, whose separators also end a word
     * @param afterLetter whether a {@code ?} directly after a letter of the Arabic script is a lost
     *                    {@code ی} too: text of a file in an encoding that lacks it
     * @return true when the text holds lost letters
     */
    public static boolean in(String text, boolean list, boolean afterLetter) {
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
                    if (i + 1 < text.length() && arabicLetter(text.codePointAt(i + 1))
                            || afterLetter && afterArabicLetter(text, i)) {
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

    /**
     * Whether the character before {@code at}, past the marks written over it and a ZWNJ (the
     * {@code ی} of {@code خانه‌ی}), is a letter of the Arabic script.
     */
    private static boolean afterArabicLetter(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == PersianNormalizer.ZWNJ
                || Character.getType(text.charAt(i - 1)) == Character.NON_SPACING_MARK)) {
            i--;
        }
        return i > 0 && arabicLetter(text.codePointBefore(i));
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
