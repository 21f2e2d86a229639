package ir.anzali.investment.catalog.internal.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Numbers written in words, in Persian and English: recognized so that a message can ask for
 * digits, and the words zero to ten folded to digits for searching. Besides the numbers themselves,
 * their ordinals ({@code پنجم}, {@code بیستمین}, {@code اول}, {@code fifth}) and the words of a sign
 * ({@code منفی}, {@code minus}) count as number words. Stateless and thread-safe.
 */
public final class NumberWords {

    /** The Persian words of zero to ten, with the digits they stand for. */
    private static final Map<String, String> DIGIT_WORDS = Map.ofEntries(
            Map.entry("صفر", "0"), Map.entry("یک", "1"), Map.entry("دو", "2"), Map.entry("سه", "3"),
            Map.entry("چهار", "4"), Map.entry("پنج", "5"), Map.entry("شش", "6"), Map.entry("هفت", "7"),
            Map.entry("هشت", "8"), Map.entry("نه", "9"), Map.entry("ده", "10"));

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
        return DIGIT_WORDS.get(word);
    }
}
