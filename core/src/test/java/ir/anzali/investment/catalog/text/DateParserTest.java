package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
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

    @ParameterizedTest
    @CsvSource({
        "۶ آذر ۱۴۰۵, 2026-11-27",
        "6 آذرماه 1405, 2026-11-27",
        "'۶ آذر\u200Cماه ۱۴۰۵', 2026-11-27",
        "۶ آذر ماه ۱۴۰۵, 2026-11-27",
        "1 فروردین 1404, 2025-03-21",
        "30 اسفند 1403, 2025-03-20",
        "'۱۴۰۵/\u200F۰۹/۰۶', 2026-11-27",
        "'\u202B1405/09/06\u202C', 2026-11-27",
        "'2026-11-27\uFEFF', 2026-11-27"})
    void reads_persian_month_names_and_ignores_invisible_marks(String text, String expected) {
        assertThat(DateParser.parse(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30 اسفند 1404", "6 آذر 2026", "6 آذرر 1405", "آذر 6 1405", "32 فروردین 1405"})
    void refuses_month_names_with_a_wrong_day_year_or_spelling(String text) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1405.09.06|2026-11-27",
        "۱۴۰۵.۹.۶|2026-11-27",
        "۱۰ امرداد ۱۴۰۵|2026-08-01",
        "10 مرداد 1405|2026-08-01",
        "27 November 2026|2026-11-27",
        "27 november 2026|2026-11-27",
        "27 Nov 2026|2026-11-27",
        "۲۷ November ۲۰۲۶|2026-11-27",
        "جمعه ۶ آذر ۱۴۰۵|2026-11-27",
        "جمعه، ۶ آذر ۱۴۰۵|2026-11-27",
        "Friday 27 November 2026|2026-11-27",
        "Friday, 27 November 2026|2026-11-27",
        "Fri 2026-11-27|2026-11-27",
        "سه‌شنبه ۱۴۰۵/۰۹/۰۳|2026-11-24",
        "سه شنبه ۳ آذر ۱۴۰۵|2026-11-24",
        "پنج‌شنبه ۵ آذر ۱۴۰۵|2026-11-26",
        "شنبه ۷ آذر ۱۴۰۵|2026-11-28"})
    void reads_the_forms_of_version_3(String text, String expected) {
        assertThat(DateParser.parse(text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "پنجشنبه ۶ آذر ۱۴۰۵|پنجشنبه|THURSDAY|FRIDAY",
        "Saturday 27 November 2026|Saturday|SATURDAY|FRIDAY",
        "شنبه، 1405/09/06|شنبه|SATURDAY|FRIDAY"})
    void a_weekday_that_is_not_the_dates_names_both(String text, String word, DayOfWeek written, DayOfWeek actual) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOfSatisfying(WeekdayMismatchException.class, e -> {
            assertThat(e.weekday()).isEqualTo(word);
            assertThat(e.written()).isEqualTo(written);
            assertThat(e.actual()).isEqualTo(actual);
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(e.getMessage()).contains(text, "2026-11-27 is a Friday");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"27 November 1405", "6 آذر 2026", "27 Novembre 2026", "Funday 27 November 2026"})
    void a_month_name_needs_its_calendars_year_and_a_real_spelling(String text) {
        assertThatThrownBy(() -> DateParser.parse(text)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining(text);
    }
}
