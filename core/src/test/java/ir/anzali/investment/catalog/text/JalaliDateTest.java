package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conversions checked against the published Iranian calendar (Nowruz dates announced by the
 * calendar authority, and well-known historical dates).
 */
class JalaliDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "1300/01/01, 1921-03-21",
        "1354/01/01, 1975-03-21",
        "1357/11/22, 1979-02-11",
        "1358/01/01, 1979-03-21",
        "1375/01/01, 1996-03-20",
        "1391/12/30, 2013-03-20",
        "1392/01/01, 2013-03-21",
        "1395/12/30, 2017-03-20",
        "1396/01/01, 2017-03-21",
        "1399/01/01, 2020-03-20",
        "1399/12/30, 2021-03-20",
        "1400/01/01, 2021-03-21",
        "1402/01/01, 2023-03-21",
        "1403/01/01, 2024-03-20",
        "1403/12/30, 2025-03-20",
        "1404/01/01, 2025-03-21",
        "1404/12/29, 2026-03-20",
        "1405/01/01, 2026-03-21",
        "1405/06/31, 2026-09-22",
        "1405/07/01, 2026-09-23",
        "1405/09/06, 2026-11-27",
        "1408/12/30, 2030-03-20"})
    void converts_both_ways(String jalali, String gregorian) {
        JalaliDate j = JalaliDate.parse(jalali);
        LocalDate g = LocalDate.parse(gregorian);
        assertThat(j.toLocalDate()).isEqualTo(g);
        assertThat(JalaliDate.from(g)).isEqualTo(j);
        assertThat(j.toString()).isEqualTo(jalali);
    }

    @ParameterizedTest
    @ValueSource(ints = {1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420})
    void official_leap_years_are_leap(int year) {
        assertThat(JalaliDate.isLeapYear(year)).isTrue();
        assertThat(JalaliDate.lengthOfMonth(year, 12)).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 1401, 1402, 1404, 1405, 1406, 1407})
    void other_years_are_common(int year) {
        assertThat(JalaliDate.isLeapYear(year)).isFalse();
        assertThat(JalaliDate.lengthOfMonth(year, 12)).isEqualTo(29);
    }

    @Test
    void year_1404_is_not_leap_although_the_2820_year_rule_says_so() {
        assertThatThrownBy(() -> JalaliDate.of(1404, 12, 30)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("29 days");
        assertThat(JalaliDate.nowruz(1404)).isEqualTo(LocalDate.of(2025, 3, 21));
    }

    @Test
    void month_lengths_follow_the_calendar() {
        for (int m = 1; m <= 6; m++) {
            assertThat(JalaliDate.lengthOfMonth(1405, m)).isEqualTo(31);
        }
        for (int m = 7; m <= 11; m++) {
            assertThat(JalaliDate.lengthOfMonth(1405, m)).isEqualTo(30);
        }
    }

    @Test
    void every_day_of_a_leap_cycle_round_trips() {
        LocalDate start = LocalDate.of(2016, 3, 20);
        for (int i = 0; i < 366 * 34; i++) {
            LocalDate g = start.plusDays(i);
            assertThat(JalaliDate.from(g).toLocalDate()).isEqualTo(g);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1405/13/01", "1405/07/31", "1405/00/10", "1405/01/00", "1405/01/32"})
    void refuses_days_that_do_not_exist(String text) {
        assertThatThrownBy(() -> JalaliDate.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void parse_accepts_persian_digits_and_dashes_and_short_forms() {
        assertThat(JalaliDate.parse("۱۴۰۵/۹/۶")).isEqualTo(JalaliDate.of(1405, 9, 6));
        assertThat(JalaliDate.parse("1405-09-06")).isEqualTo(JalaliDate.of(1405, 9, 6));
    }

    @Test
    void dates_compare_in_calendar_order() {
        assertThat(JalaliDate.of(1404, 12, 29)).isLessThan(JalaliDate.of(1405, 1, 1));
    }

    @Test
    void every_entry_point_checks_the_documented_ranges() {
        assertThatThrownBy(() -> JalaliDate.isLeapYear(0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.isLeapYear(3177)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.lengthOfMonth(1404, 13)).isInstanceOf(DateTimeException.class)
                .hasMessageContaining("1–12");
        assertThatThrownBy(() -> JalaliDate.lengthOfMonth(1404, 0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.nowruz(0)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.nowruz(-5)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.of(1405, 13, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.of(0, 1, 1)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.from(LocalDate.of(5000, 1, 1))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> JalaliDate.from(LocalDate.of(600, 1, 1))).isInstanceOf(DateTimeException.class);
        assertThat(JalaliDate.of(3176, 1, 1).toLocalDate()).isEqualTo(JalaliDate.nowruz(3176));
        assertThat(JalaliDate.from(JalaliDate.of(1, 1, 1).toLocalDate())).isEqualTo(JalaliDate.of(1, 1, 1));
        assertThat(JalaliDate.lengthOfMonth(3176, 12)).isBetween(29, 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa-IR", "ar-EG", "ar-SA", "hi-IN-u-nu-deva"})
    void to_string_is_ascii_under_any_default_locale(String tag) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertThat(JalaliDate.of(1405, 9, 6).toString()).isEqualTo("1405/09/06");
            assertThat(JalaliDate.parse(JalaliDate.of(1405, 9, 6).toString())).isEqualTo(JalaliDate.of(1405, 9, 6));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void every_day_of_every_year_converts_as_nowruz_worked_out_from_the_break_table_gives_it() {
        for (int year = JalaliDate.MIN_YEAR; year <= JalaliDate.MAX_YEAR; year++) {
            LocalDate nowruz = JalaliDate.nowruzByBreaks(year);
            long days = JalaliDate.nowruzByBreaks(year + 1).toEpochDay() - nowruz.toEpochDay();
            assertThat(JalaliDate.nowruz(year)).as("year %d", year).isEqualTo(nowruz);
            assertThat(JalaliDate.isLeapYear(year)).as("year %d", year).isEqualTo(days == 366);
            for (int month = 1; month <= 12; month++) {
                int first = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
                for (int day = 1; day <= JalaliDate.lengthOfMonth(year, month); day++) {
                    LocalDate expected = nowruz.plusDays(first + day - 1L);
                    assertThat(new JalaliDate(year, month, day).toLocalDate()).as("%d/%d/%d", year, month, day)
                            .isEqualTo(expected);
                }
            }
            assertThat(lastDay(year, days)).as("year %d", year).isEqualTo(new JalaliDate(year, 12, (int) days - 336));
        }
    }

    /** The last day of a year of so many days, read back from its Gregorian date. */
    private static JalaliDate lastDay(int year, long days) {
        return JalaliDate.from(JalaliDate.nowruzByBreaks(year).plusDays(days - 1));
    }
}
