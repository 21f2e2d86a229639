package ir.anzali.investment.catalog.text;

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
}
