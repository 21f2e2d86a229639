package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,200,000,000|1200000000",
        "۱۲۰۰|1200",
        "۱۲٫۵|12.5",
        "١٢٫٥|12.5",
        "١٬٢٠٠٬٠٠٠|1200000",
        "1 200 000|1200000",
        "-5|-5",
        "−7.25|-7.25",
        "0.5|0.5",
        "  42  |42",
        "۱,۲۳۴.۵|1234.5"})
    void parses_every_digit_script_and_separator(String text, String expected) {
        assertThat(NumberParser.parseDecimal(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void grouped_number_is_never_read_as_its_first_group() {
        assertThat(NumberParser.parseDecimal("1,200,000,000")).isEqualTo(new BigDecimal("1200000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", "12,34,567", "1.2.3", "1,000.5.0", "12.", "1,00", "1, 000", "+5", "5-",
        "1e5", "۱۲ab"})
    void rejects_what_is_not_a_number(String text) {
        assertThatThrownBy(() -> NumberParser.parseDecimal(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void integer_refuses_a_fraction() {
        assertThat(NumberParser.parseInteger("۱۲۰")).isEqualTo(120);
        assertThatThrownBy(() -> NumberParser.parseInteger("12.5")).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("whole number");
    }

    @Test
    void digits_converts_persian_and_arabic_indic_to_ascii() {
        assertThat(Digits.toAscii("۱۴۰۵/٠٩/06")).isEqualTo("1405/09/06");
        assertThat(Digits.value('x')).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"۲/۵|2.5", "2/5|2.5", "۱۲/۷۵|12.75", "49.462|49.462", "1.500|1.500",
        "۱۲۳\u200F|123", "\u200E-5|-5"})
    void slash_is_a_decimal_point_and_invisible_marks_are_ignored(String text, String expected) {
        assertThat(NumberParser.parseDecimal(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.500|1.5|1500", "۱٫۲۰۰|1.2|1200", "2.000|2|2000", "۱/۵۰۰|1.5|1500",
        "-1.250|-1.25|-1250", "999.999|999.999|999999"})
    void ambiguous_separators_are_refused_with_both_readings(String text, String asDecimal, String asThousands) {
        assertThatThrownBy(() -> NumberParser.parseUnambiguous(text))
                .isInstanceOfSatisfying(NumberParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(NumberParseException.Reason.AMBIGUOUS);
                    assertThat(e.readings()).hasSize(2);
                    assertThat(e.readings().get(0)).isEqualByComparingTo(asDecimal);
                    assertThat(e.readings().get(1)).isEqualByComparingTo(asThousands);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5|1.5", "1.50|1.5", "1.5000|1.5", "1,200.500|1200.5", "0.500|0.5",
        "1234.567|1234.567", "1,500|1500", "۱۲۰۰|1200", "10.25|10.25"})
    void unambiguous_numbers_are_read(String text, String expected) {
        assertThat(NumberParser.parseUnambiguous(text)).isEqualByComparingTo(expected);
    }

    @Test
    void thirty_significant_digits_are_read_and_thirty_one_refused() {
        String thirty = "123456789012345678901234567890";
        assertThat(NumberParser.parseDecimal(thirty)).isEqualTo(new BigDecimal(thirty));
        assertThat(NumberParser.parseDecimal("000" + thirty)).isEqualTo(new BigDecimal(thirty));
        assertThat(NumberParser.parseDecimal("0." + "0".repeat(29) + "1")).isEqualByComparingTo("1E-30");
        assertThatThrownBy(() -> NumberParser.parseDecimal(thirty + "1"))
                .isInstanceOfSatisfying(NumberParseException.class,
                        e -> assertThat(e.reason()).isEqualTo(NumberParseException.Reason.TOO_MANY_DIGITS));
        assertThatThrownBy(() -> NumberParser.parseDecimal("0." + "0".repeat(30) + "1"))
                .isInstanceOfSatisfying(NumberParseException.class,
                        e -> assertThat(e.reason()).isEqualTo(NumberParseException.Reason.TOO_MANY_DIGITS));
    }

    @Test
    void sixty_thousand_digits_are_refused_and_quoted_at_most_two_hundred_characters() {
        String huge = "9".repeat(60_000);
        assertThatThrownBy(() -> NumberParser.parseDecimal(huge))
                .isInstanceOfSatisfying(NumberParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(NumberParseException.Reason.TOO_MANY_DIGITS);
                    assertThat(e.text()).hasSize(201).endsWith("…");
                    assertThat(e.getMessage().length()).isLessThan(400);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1e3|EXPONENT", "1.5E+6|EXPONENT", "2e-3|EXPONENT", "ده|WORDS",
        "twenty five|WORDS", "صد و بیست|WORDS", "1,5|GROUPING", "abc|NOT_A_NUMBER", "12 apples|NOT_A_NUMBER"})
    void each_refusal_says_why(String text, NumberParseException.Reason reason) {
        assertThatThrownBy(() -> NumberParser.parseDecimal(text))
                .isInstanceOfSatisfying(NumberParseException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void the_plain_form_is_ascii_digits_and_one_point_only() {
        assertThat(NumberParser.parsePlain("-12.50")).isEqualTo(new BigDecimal("-12.50"));
        for (String bad : new String[] {"۱۲", " 12", "1,000", "1e3", "12.", ".5", "+1", "−1", "1/2"}) {
            assertThatThrownBy(() -> NumberParser.parsePlain(bad)).as(bad).isInstanceOf(NumberParseException.class);
        }
    }

    @Test
    void digits_can_be_written_in_persian() {
        assertThat(Digits.toPersian("1405/09/06 - 12")).isEqualTo("۱۴۰۵/۰۹/۰۶ - ۱۲");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"منفی ۵", "چهارصد و ٥٠", "پنجم", "بیستمین", "سوم", "صد و بیستم", "twentieth", "minus 5",
        "fifth", "سی ام"})
    void number_words_with_digits_signs_and_ordinals_ask_for_digits(String text) {
        assertThatThrownBy(() -> NumberParser.parseDecimal(text)).isInstanceOfSatisfying(NumberParseException.class, e -> {
            assertThat(e.reason()).isEqualTo(NumberParseException.Reason.WORDS);
            assertThat(e.getMessage()).contains("write it in digits").doesNotContain("is not a digit");
        });
    }

    /**
     * A number is read as written when it reads so, and normalized only when it does not: on seeded
     * texts of digits, separators, spaces of every kind, invisible marks, letters and number words,
     * each reading gives what reading the normalized text gives — the same value and scale, or the
     * same refusal — which is what normalizing first gave.
     */
    @Test
    void reading_as_written_gives_what_reading_the_normalized_text_gives() {
        String[] pieces = {"0", "1", "5", "9", "۰", "۳", "۹", "٠", "٧", ",", "٬", "،", ".", "٫", "/", "-", "\u2212", " ",
            "  ", "\u00A0", "\u202F", "\u2009", "\u200C", "\u200F", "\u0640", "\uFEFF", "e", "E", "+", "a", "ي", "\t",
            "\n", "\u0007", "ده", "و", "twenty", "123", "۱۲۳", "000", "1,200", "%"};
        for (long seed = 1; seed <= 50_000; seed++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String written = text.toString();
            String normal = PersianNormalizer.normalize(written);
            assertThat(outcome(() -> NumberParser.parseDecimal(written), written))
                    .as("seed %d, decimal '%s'", seed, written)
                    .isEqualTo(outcome(() -> NumberParser.parseDecimal(normal), normal));
            assertThat(outcome(() -> NumberParser.parseUnambiguous(written), written))
                    .as("seed %d, quantity '%s'", seed, written)
                    .isEqualTo(outcome(() -> NumberParser.parseUnambiguous(normal), normal));
        }
    }

    /** A reading's value with its scale, or its refusal: the reason, the readings and why, without the text quoted. */
    private static String outcome(java.util.function.Supplier<BigDecimal> reading, String text) {
        try {
            BigDecimal value = reading.get();
            return value.unscaledValue() + " scale " + value.scale();
        } catch (NumberParseException e) {
            String quoted = "Not a number: '" + text + "': ";
            assertThat(e.getMessage()).startsWith(quoted);
            return e.reason() + " " + e.readings() + " " + e.getMessage().substring(quoted.length());
        }
    }
}
