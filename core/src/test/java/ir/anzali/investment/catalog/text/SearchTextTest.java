package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.internal.text.NumberWords;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "هتل پنج ستاره, هتل ۵ ستاره",
        "هتل ۵ ستاره, هتل پنج ستاره",
        "سه‌شنبه بازار, ۳ شنبه بازار",
        "ده, 10",
        "خانه, خانۀ",
        "خانهٔ ساحلی, خانه ساحلی",
        "مدرسة, مدرسه",
        "اسکله, أسکله",
        "امید, إمید",
        "آبزی‌پروری, ابزی پروری",
        "ٱلف, الف",
        "مسوول, مسؤول",
        "مسائل, مسایل",
        "بِندَر, بندر",
        "بندر, بَنْدَرٌ",
        "قانونی, قانونی\u0670",
        "هتل\u200Fساحلی, هتل ساحلی",
        "Hotel\u00AD Anzali, hotel anzali",
        "كيش, کیش",
        "٥ ستاره, 5 ستاره"})
    void folds_what_persian_writers_vary(String typed, String written) {
        assertThat(SearchText.fold(typed)).isEqualTo(SearchText.fold(written));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"دهکده, 10کده", "پنجره, 5ره", "هتل, حتل", "نهال, 9ال"})
    void number_words_are_folded_only_as_whole_words(String a, String b) {
        assertThat(SearchText.fold(a)).isNotEqualTo(SearchText.fold(b));
    }

    @ParameterizedTest
    @CsvSource({"هتل پنج ستاره انزلی, پنج ستاره", "Ghazian Beach Hotel, beach hotel", "کشتی‌سازی, کشتی سازی"})
    void contains_finds_folded_needles(String text, String needle) {
        assertThat(SearchText.contains(text, SearchText.fold(needle))).isTrue();
    }

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({"صفر, 0", "یک, 1", "دو, 2", "سه, 3", "چهار, 4", "پنج, 5", "شش, 6", "هفت, 7", "هشت, 8", "نه, 9",
        "ده, 10", "چهار ستاره, 4ستاره", "چهارده, چهارده", "چهارصد, چهارصد", "هفتاد, هفتاد"})
    void each_digit_word_folds_to_its_digits_and_a_longer_word_stays_a_word(String word, String folded) {
        assertThat(SearchText.fold(word)).isEqualTo(folded);
    }

    /** Characters random text is made of: every kind the folding treats apart, and some beyond its table. */
    private static final String ALPHABET = "aZ 09۰۹٠٩\u200C\u200F\u00AD\u0640يكىۀةأإآٱؤئَُِّْٰهتلپنجسدهصفریکچاشوم"
            + "\uFB8E\uFEFB\u2009\u00A0\t\n,.-'\"\u0100\u03A3\u0130ÄßΣ\u1E9E\u2160\uD83D\uDE00\u3042";

    /** The digit words and their neighbours, so that whole words and parts of them come up often. */
    private static final String[] WORDS = {"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
        "دهکده", "پنجره", "چهارده", "هتل", "ستاره", "نهال", "يك", "دَه", "سه\u200Cشنبه", "Hotel", "ONE"};

    @Test
    void folding_through_the_table_gives_what_the_rules_of_one_character_give() {
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder text = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                if (r.nextBoolean()) {
                    text.append(WORDS[r.nextInt(WORDS.length)]);
                } else {
                    for (int k = r.nextInt(4); k >= 0; k--) {
                        text.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    }
                }
                text.append(r.nextInt(3) == 0 ? "" : " ");
            }
            String t = text.toString();
            StringBuilder after = new StringBuilder("\u001f");
            assertThat(SearchText.fold(t)).as("seed %d: %s", seed, t).isEqualTo(byRules(t));
            assertThat(SearchText.fold(t, after)).as("seed %d", seed).hasToString("\u001f" + byRules(t));
        }
    }

    @Test
    void every_character_folds_through_the_table_as_by_its_rules() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c) + 'x';
            assertThat(SearchText.fold(one)).as("U+%04X", (int) c).isEqualTo(byRules(one));
        }
    }

    /** Folding as it was written before the table: each character by its rules, each word looked up. */
    private static String byRules(String text) {
        String n = PersianNormalizer.normalize(text);
        StringBuilder out = new StringBuilder(n.length());
        int i = 0;
        while (i < n.length()) {
            int end = i;
            while (end < n.length() && SearchText.isWordChar(n.charAt(end))) {
                end++;
            }
            if (end > i) {
                int start = out.length();
                for (int k = i; k < end; k++) {
                    SearchText.fold(n.charAt(k), out);
                }
                String digits = out.length() - start > 4 ? null : NumberWords.digitsOf(out.substring(start));
                if (digits != null) {
                    out.setLength(start);
                    out.append(digits);
                }
                i = end;
            } else {
                SearchText.fold(n.charAt(i++), out);
            }
        }
        return out.toString();
    }
}
