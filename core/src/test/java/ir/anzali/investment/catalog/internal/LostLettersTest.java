package ir.anzali.investment.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LostLettersTest {

    private static final String PERSIAN_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";
    private static final String YEH = "ی";
    private static final Pattern YEH_BEFORE_A_LETTER = Pattern.compile("ی[\\p{IsArabic}&&\\p{L}&&[^ی]]");
    /** A ی after another letter (or its ZWNJ), or before one: lost, it is a {@code ?} after or before a letter. */
    private static final Pattern YEH_NEXT_TO_A_LETTER =
            Pattern.compile("[\\p{IsArabic}&&\\p{L}&&[^ی]]\u200C?ی|ی[\\p{IsArabic}&&\\p{L}&&[^ی]]");
    private static final String[] ENDINGS = {"", "", "", ".", "،", ",", ":", "؛", "?", "???", "؟", "!", "?!"};

    @ParameterizedTest
    @ValueSource(strings = {"?????? ???? ????????", "ب?مه", "کارگاه ساخت شناورها? کامپوز?ت?", "?ا", "???", "??.",
        "«????»", "??،??", "?\u200C???", "(??) hotel", "تالاب ??? هزار TEU", "line one\n?????"})
    void letters_lost_to_question_marks_are_found(String text) {
        assertThat(LostLetters.in(text, false, false)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "هتل ساحلی", "?", "؟", "چرا?", "what?", "why???", "چرا???", "Is it open? Yes.",
        "? ?", "a??b", "??1", "Room 2?", "چرا؟ چون", "what?!", "https://anzali.ir/a?b=1"})
    void question_marks_that_end_a_sentence_are_text(String text) {
        assertThat(LostLetters.in(text, false, false)).as(text).isFalse();
    }

    @Test
    void each_item_of_a_list_is_a_word_of_its_own() {
        assertThat(LostLetters.in("hotel;??????", true, false)).isTrue();
        assertThat(LostLetters.in("hotel|?? ???", true, false)).isTrue();
        assertThat(LostLetters.in("hotel;??????", false, false)).as("one word with letters, as text").isFalse();
        assertThat(LostLetters.in("what?;why?", true, false)).isFalse();
    }

    @Test
    void a_yeh_lost_at_a_words_end_reads_as_a_question_mark_and_is_not_found_in_utf_8_text() {
        assertThat(LostLetters.in("هتل ساحل? بزرگ", false, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"هتل ساحل? بزرگ", "مسافرت?", "خدمات گردشگر?.", "چرا?", "ساحلِ?", "خانه\u200C? من", "hotel;ساحل?"})
    void a_yeh_lost_at_a_words_end_is_found_in_text_of_an_encoding_that_lacks_it(String text) {
        assertThat(LostLetters.in(text, true, true)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"چرا؟", "هتل ساحلی؟ بله", "what?", "Room 2?", "? ?", "ساحل ?", "https://anzali.ir/a?b=1",
        "hotel;?"})
    void a_question_mark_after_no_arabic_letter_is_text_in_an_encoding_that_lacks_the_yeh(String text) {
        assertThat(LostLetters.in(text, true, true)).as(text).isFalse();
    }

    @Test
    void a_long_word_of_question_marks_before_a_letter_is_read_once() {
        String text = "?".repeat(1 << 16) + "x";
        assertThat(LostLetters.in(text, false, true)).isFalse();
        assertThat(LostLetters.in(text + " ??", false, false)).isTrue();
    }

    @Test
    void random_texts_are_never_found_and_are_found_once_their_persian_letters_are_lost() {
        for (long seed = 20261127L; seed < 20261127L + 2000; seed++) {
            try {
                random(seed);
            } catch (AssertionError e) {
                throw new AssertionError("Property failed for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** One random text of a seed, checked as the property says. */
    private static void random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        boolean persianWord = false;
        int words = r.nextInt(1, 12);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(r.nextInt(10) == 0 ? "\n" : " ");
            }
            switch (r.nextInt(5)) {
                case 0, 1 -> {
                    String word = persianWord(r);
                    persianWord |= word.replace("\u200C", "").length() >= 2;
                    text.append(word);
                }
                case 2 -> text.append(latinWord(r));
                case 3 -> text.append(r.nextInt(0, 100000));
                default -> {
                    text.append(r.nextBoolean() ? "?" : "؟");
                    continue;
                }
            }
            text.append(ENDINGS[r.nextInt(ENDINGS.length)]);
        }
        String original = text.toString();
        assertThat(LostLetters.in(original, false, false)).as("original %s", original).isFalse();
        String in1256 = original.replace('?', '؟');
        assertThat(LostLetters.in(in1256, false, true)).as("windows-1256 original %s", in1256).isFalse();

        if (persianWord) {
            String allLost = original.replaceAll("[" + PERSIAN_LETTERS + "]", "?");
            assertThat(LostLetters.in(allLost, false, false)).as("every Persian letter lost: %s", allLost).isTrue();
        }
        if (YEH_BEFORE_A_LETTER.matcher(original).find()) {
            String yehLost = original.replace(YEH, "?");
            assertThat(LostLetters.in(yehLost, false, false)).as("ی lost: %s", yehLost).isTrue();
        }
        if (YEH_NEXT_TO_A_LETTER.matcher(original).find()) {
            String yehLost = in1256.replace(YEH, "?");
            assertThat(LostLetters.in(yehLost, false, true)).as("ی lost in windows-1256: %s", yehLost).isTrue();
        }
    }

    /** A word of one to eight Persian letters, at times two parts joined by a ZWNJ, as in می‌شود. */
    private static String persianWord(SplittableRandom r) {
        StringBuilder word = new StringBuilder();
        int letters = r.nextInt(1, 9);
        int joint = letters > 2 && r.nextInt(4) == 0 ? r.nextInt(1, letters) : -1;
        for (int i = 0; i < letters; i++) {
            if (i == joint) {
                word.append('\u200C');
            }
            word.append(r.nextInt(4) == 0 ? YEH.charAt(0) : PERSIAN_LETTERS.charAt(r.nextInt(PERSIAN_LETTERS.length())));
        }
        return word.toString();
    }

    private static String latinWord(SplittableRandom r) {
        StringBuilder word = new StringBuilder();
        int letters = r.nextInt(1, 9);
        for (int i = 0; i < letters; i++) {
            char c = (char) ('a' + r.nextInt(26));
            word.append(i == 0 && r.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return word.toString();
    }
}
