package ir.anzali.investment.catalog.internal.text;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Numbers written in words, in Persian and English: recognized so that a message can ask for
 * digits, and the words zero to ten folded to digits for searching. Besides the numbers themselves,
 * their ordinals ({@code پنجم}, {@code بیستمین}, {@code اول}, {@code fifth}) and the words of a sign
 * ({@code منفی}, {@code minus}) count as number words. Stateless and thread-safe.
 */
public final class NumberWords {

    /** The Persian words of zero to ten, each at the index of the number it stands for. */
    private static final String[] DIGIT_WORDS = {"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"};

    /** The digits of zero to ten, at the same indexes. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

    private static final Set<String> WORDS = Set.of(
            "صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
            "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "شصت",
            "هفتاد", "هشتاد", "نود", "صد", "یکصد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد",
            "هشتصد", "نهصد", "هزار", "میلیون", "میلیارد", "تریلیون", "نیم",
            "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN",
            "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN",
            "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY", "HUNDRED",
            "THOUSAND", "MILLION", "BILLION", "TRILLION", "HALF");

    /** Ordinals and signs that are not a number word followed by a regular ending. */
    private static final Set<String> OTHER_WORDS = Set.of(
            "اول", "اولین", "نخست", "نخستین", "سوم", "سومین", "ام", "امین", "منفی",
            "FIRST", "SECOND", "THIRD", "FIFTH", "EIGHTH", "NINTH", "TWELFTH", "MINUS", "NEGATIVE");

    private NumberWords() {
    }

    /**
     * Tells whether normalized text is a number written in words, perhaps with digits among them:
     * words such as {@code ده}, {@code صد}, {@code بیستم}, {@code twenty}, numerals, joined by
     * spaces, {@code -} or {@code و}/{@code and}, with at least one number word
     * ({@code چهارصد و ٥٠}, {@code منفی ۵}).
     *
     * @param normalized text after {@code PersianNormalizer.normalize}, not null
     * @return true for such text
     */
    public static boolean isNumberInWords(String normalized) {
        boolean any = false;
        for (String word : normalized.split("[ \u200C-]+")) {
            if (isNumberWord(word)) {
                any = true;
            } else if (!word.equals("و") && !word.equalsIgnoreCase("AND") && !word.isEmpty() && !isNumeral(word)) {
                return false;
            }
        }
        return any;
    }

    /**
     * Tells whether one normalized word is a number word: a number ({@code پنج}, {@code twenty}), its
     * ordinal ({@code پنجم}, {@code پنجمین}, {@code اول}, {@code fifth}, {@code twentieth}) or a sign
     * ({@code منفی}, {@code minus}).
     *
     * @param word the word, not null
     * @return true for such a word
     */
    public static boolean isNumberWord(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        if (WORDS.contains(w) || OTHER_WORDS.contains(w)) {
            return true;
        }
        if (w.endsWith("مین") || w.endsWith("ام")) {
            return WORDS.contains(w.substring(0, w.length() - (w.endsWith("مین") ? 3 : 2)));
        }
        if (w.endsWith("م")) {
            return WORDS.contains(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("IETH")) {
            return WORDS.contains(w.substring(0, w.length() - 4) + "Y");
        }
        return w.endsWith("TH") && WORDS.contains(w.substring(0, w.length() - 2));
    }

    /** Whether a word is digits, in any script, perhaps with separators between them. */
    private static boolean isNumeral(String word) {
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Digits.value(c) >= 0) {
                digit = true;
            } else if (",.٫٬،/".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /**
     * The digits a Persian word of zero to ten stands for.
     *
     * @param word the word, normalized, not null
     * @return the digits, or null when the word is not one of them
     */
    public static @Nullable String digitsOf(String word) {
        return digitsOf(word, 0, word.length());
    }

    /**
     * The digits a Persian word of zero to ten stands for, the word being part of a text: what
     * {@link #digitsOf(String)} gives for {@code text.subSequence(start, end)}, without making it.
     *
     * @param text  the text, normalized, not null
     * @param start the index of the word's first character
     * @param end   the index after its last character
     * @return the digits, or null when the word is not one of them
     */
    public static @Nullable String digitsOf(CharSequence text, int start, int end) {
        int length = end - start;
        for (int n = 0; n < DIGIT_WORDS.length; n++) {
            String word = DIGIT_WORDS[n];
            if (word.length() == length && matches(text, start, word)) {
                return DIGITS[n];
            }
        }
        return null;
    }

    private static boolean matches(CharSequence text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(start + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
