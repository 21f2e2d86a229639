package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
