package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PersianNormalizerTest {

    @Test
    void arabic_yeh_becomes_persian_yeh() {
        assertThat(PersianNormalizer.normalize("علي")).isEqualTo("علی");
    }

    @Test
    void alef_maksura_becomes_persian_yeh() {
        assertThat(PersianNormalizer.normalize("موسى")).isEqualTo("موسی");
    }

    @Test
    void arabic_kaf_becomes_keheh() {
        assertThat(PersianNormalizer.normalize("كشتي")).isEqualTo("کشتی");
    }

    @Test
    void presentation_forms_become_base_letters() {
        // ﻛﺸﺘﻰ: kaf initial, sheen medial, teh medial, alef maksura final
        assertThat(PersianNormalizer.normalize("\uFEDB\uFEB8\uFE98\uFEF0")).isEqualTo("کشتی");
        // Farsi yeh and keheh presentation forms
        assertThat(PersianNormalizer.normalize("\uFB90\uFBFE")).isEqualTo("کی");
    }

    @Test
    void tatweel_is_removed() {
        assertThat(PersianNormalizer.normalize("بنـــدر")).isEqualTo("بندر");
    }

    @Test
    void zwnj_runs_collapse_to_one() {
        assertThat(PersianNormalizer.normalize("می\u200C\u200C\u200Cشود")).isEqualTo("می\u200Cشود");
    }

    @ParameterizedTest
    @CsvSource({"'می\u200C شود', 'می شود'", "'می \u200Cشود', 'می شود'", "'\u200Cبندر\u200C', 'بندر'"})
    void zwnj_next_to_space_or_at_an_end_is_removed(String in, String out) {
        assertThat(PersianNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void white_space_runs_collapse_and_the_text_is_trimmed() {
        assertThat(PersianNormalizer.normalize("  هتل\u00A0\u00A0 ساحلی\t\r\nانزلی  ")).isEqualTo("هتل ساحلی انزلی");
    }

    @Test
    void digits_are_kept_as_written() {
        assertThat(PersianNormalizer.normalize("هتل ۵ ستاره و 4 ستاره ٣")).isEqualTo("هتل ۵ ستاره و 4 ستاره ٣");
    }

    @Test
    void blank_text_becomes_empty_and_normalize_to_null_gives_null() {
        assertThat(PersianNormalizer.normalize(" \u00A0\u200C ")).isEmpty();
        assertThat(PersianNormalizer.normalizeToNull(" \t ")).isNull();
        assertThat(PersianNormalizer.normalizeToNull(null)).isNull();
    }

    @Test
    void normalization_is_idempotent() {
        String once = PersianNormalizer.normalize(" كيش\u200C \u0640 ي  \uFEDB ");
        assertThat(PersianNormalizer.normalize(once)).isEqualTo(once);
    }

    @Test
    void plain_ascii_is_returned_unchanged() {
        String text = "Anzali Port Logistics Hub";
        assertThat(PersianNormalizer.normalize(text)).isSameAs(text);
    }

    @Test
    void presentation_forms_of_vowel_marks_leave_no_tatweel() {
        // U+FE79, the medial form of damma, decomposes to tatweel and damma; found by the round-trip property
        assertThat(PersianNormalizer.normalize("ب\uFE79")).isEqualTo("ب\u064F");
        assertThat(PersianNormalizer.normalize(PersianNormalizer.normalize("x\uFE79y"))).isEqualTo("x\u064Fy");
    }

    @Test
    void normalizing_twice_changes_nothing_for_any_text() {
        String alphabet = " \t\r\n\u00A0\u200C\u200B\u200D\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\u00AD\u0640يكىیک ab-=۱١1\uFE79\uFEDB\uFB90\uFDFA";
        for (long seed = 1; seed <= 2000; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(0, 30); i > 0; i--) {
                b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x20, 0xFFFD) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String once = PersianNormalizer.normalize(b.toString());
            assertThat(PersianNormalizer.normalize(once)).as("seed %d", seed).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @CsvSource({"'هتل\u200Fساحلی', 'هتلساحلی'", "'\u202Bهتل ساحلی\u202C', 'هتل ساحلی'", "'هتل\u200B', 'هتل'",
        "'Ho\u00ADtel', 'Hotel'", "'\uFEFF\uFEFFid', 'id'", "'می\u200D\u200Cشود', 'می\u200Cشود'",
        "'\u2066a\u2069 \u061Cb', 'a b'", "'هتل \u200E ساحلی', 'هتل ساحلی'"})
    void invisible_format_characters_are_removed(String in, String out) {
        assertThat(PersianNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void text_made_only_of_invisible_characters_is_empty() {
        assertThat(PersianNormalizer.normalizeToNull("\u200E\u200F\u200B\uFEFF\u00AD\u202A")).isNull();
    }

    @Test
    void control_characters_are_kept_for_the_caller_to_refuse() {
        assertThat(PersianNormalizer.normalize("a\u0000b\u0007c\u001B")).isEqualTo("a\u0000b\u0007c\u001B");
        assertThat(PersianNormalizer.normalize("a\u001Cb\u000Bc")).isEqualTo("a\u001Cb\u000Bc");
        assertThat(PersianNormalizer.findNonText("ok\tline\nbreak\r")).isEqualTo(-1);
        assertThat(PersianNormalizer.findNonText("bell\u0007")).isEqualTo(4);
        assertThat(PersianNormalizer.findNonText("c1\u0085")).isEqualTo(2);
        assertThat(PersianNormalizer.findNonText("del\u007F")).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "lone high surrogate, 'ab\uD800', 2, D800",
        "lone low surrogate, '\uDC00ab', 0, DC00",
        "high surrogate before a letter, 'a\uD83Db', 1, D83D",
        "U+FFFE, 'x\uFFFE', 1, FFFE",
        "U+FFFF, '\uFFFF', 0, FFFF",
        "U+FDD0, 'هتل\uFDD0', 3, FDD0",
        "U+FDEF, '\uFDEF', 0, FDEF",
        "U+1FFFE, 'a\uD83F\uDFFE', 1, 1FFFE",
        "U+10FFFF, '\uDBFF\uDFFF', 0, 10FFFF"})
    void lone_surrogates_and_noncharacters_are_not_text(String name, String text, int index, String codePoint) {
        assertThat(PersianNormalizer.findNonText(text)).isEqualTo(index);
        assertThat(Integer.toHexString(Character.codePointAt(text, index)).toUpperCase()).isEqualTo(codePoint);
        assertThat(PersianNormalizer.normalize(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"'هتل \uD83C\uDF0A ساحلی'", "'\uFDCF\uFDF0'", "'\uD83E\uDFFD'"})
    void characters_beyond_the_basic_plane_and_next_to_noncharacters_are_text(String text) {
        assertThat(PersianNormalizer.findNonText(text)).isEqualTo(-1);
    }
}
