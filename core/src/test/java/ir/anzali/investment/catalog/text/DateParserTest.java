package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-27, 2026-11-27",
        "1405/09/06, 2026-11-27",
        "1405-09-06, 2026-11-27",
        "1405/9/6, 2026-11-27",
        "۱۴۰۵/۰۹/۰۶, 2026-11-27",
        "١٤٠٥/٠٩/٠٦, 2026-11-27",
        "2026/11/27, 2026-11-27",
        "' 1403/12/30 ', 2025-03-20"})
    void reads_every_form(String text, String expected) {
        assertThat(DateParser.parse(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1700/01/01", "1199/01/01", "0999-01-01"})
    void refuses_years_in_no_calendar(String text) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("neither Solar Hijri");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27/11/2026", "tomorrow", "1405/09", "1405/09/06/01", "2026-02-30", "1404/12/30",
        "1405/09-06", "14050/1/1"})
    void refuses_other_shapes_and_missing_days(String text) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining(text.strip());
    }
}
