package ir.anzali.investment.catalog.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Numbers written in words, in Persian and English: recognized so that a message can ask for
 * digits, and the words zero to ten folded to digits for searching. Stateless and thread-safe.
 */
final class NumberWords {

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

    private NumberWords() {
    }

    /**
     * Tells whether normalized text is a number written in words: words such as {@code ده},
     * {@code صد}, {@code twenty}, joined by spaces, {@code -} or {@code و}/{@code and}, with at least
     * one number word.
     *
     * @param normalized text after {@link PersianNormalizer#normalize(String)}
     * @return true for such text
     */
    static boolean isNumberInWords(String normalized) {
        boolean any = false;
        for (String word : normalized.split("[ \u200C-]+")) {
            String w = word.toUpperCase(Locale.ROOT);
            if (WORDS.contains(w)) {
                any = true;
            } else if (!w.equals("و") && !w.equals("AND") && !w.isEmpty()) {
                return false;
            }
        }
        return any;
    }

    /**
     * The digits a Persian word of zero to ten stands for.
     *
     * @param word the word, normalized
     * @return the digits, or null when the word is not one of them
     */
    static @Nullable String digitsOf(String word) {
        return DIGIT_WORDS.get(word);
    }
}
