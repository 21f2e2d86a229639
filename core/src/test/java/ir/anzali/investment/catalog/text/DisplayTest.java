package ir.anzali.investment.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

    private static final Display FA = Display.of(LocalizedText.PERSIAN);
    private static final Display EN = Display.of(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12500|۱۲٬۵۰۰|12,500", "12500.750|۱۲٬۵۰۰٫۷۵|12,500.75", "0|۰|0",
        "-1234567|-۱٬۲۳۴٬۵۶۷|-1,234,567", "0.000001|۰٫۰۰۰۰۰۱|0.000001"})
    void numbers_are_grouped_in_the_languages_digits(String value, String persian, String english) {
        assertThat(FA.number(new BigDecimal(value))).isEqualTo(persian);
        assertThat(EN.number(new BigDecimal(value))).isEqualTo(english);
    }

    @Test
    void counts_are_written_once_here_with_the_form_their_number_takes_and_grouped_digits() {
        assertThat(EN.count(Counted.ROWS, 1)).isEqualTo("1 row");
        assertThat(EN.count(Counted.ROWS, 1500)).isEqualTo("1,500 rows");
        assertThat(EN.count(Counted.ERRORS, 0)).isEqualTo("0 errors");
        assertThat(EN.count(Counted.OPPORTUNITIES, 1)).isEqualTo("1 opportunity");
        assertThat(EN.count(Counted.INCENTIVES, 2)).isEqualTo("2 incentives");
        assertThat(FA.count(Counted.ROWS, 1500)).isEqualTo("۱٬۵۰۰ ردیف");
        assertThat(FA.count(Counted.ERRORS, 1)).isEqualTo("۱ خطا");
        assertThat(FA.count(Counted.OPPORTUNITIES, 15)).isEqualTo("۱۵ فرصت");
        assertThat(FA.count(Counted.INCENTIVES, 8)).isEqualTo("۸ مشوق");
    }

    @Test
    void dates_are_solar_hijri_beside_the_gregorian_in_both_languages_the_languages_own_first() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(FA.date(day)).isEqualTo("۱۴۰۵/۰۹/۰۶");
        assertThat(FA.dates(day)).isEqualTo("۱۴۰۵/۰۹/۰۶ (۲۰۲۶-۱۱-۲۷ میلادی)");
        assertThat(EN.dates(day)).isEqualTo("2026-11-27 (Solar Hijri 1405/09/06)");
        assertThat(FA.date(LocalDate.of(9999, 1, 1))).isEqualTo("۹۹۹۹-۰۱-۰۱");
        assertThat(FA.dates(LocalDate.of(9999, 1, 1))).isEqualTo("۹۹۹۹-۰۱-۰۱");
        assertThat(EN.dates(LocalDate.of(9999, 1, 1))).isEqualTo("9999-01-01");
    }

    @Test
    void dates_in_english_keep_ascii_digits_under_a_persian_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(LocalizedText.PERSIAN);
            assertThat(EN.dates(LocalDate.of(2026, 11, 29))).isEqualTo("2026-11-29 (Solar Hijri 1405/09/08)");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void places_of_a_csv_line_and_a_workbook_cell_are_said_in_one_way_in_both_languages() {
        assertThat(EN.place(new Place(1234L, 1233L, null, null, "deadline"))).isEqualTo("line 1,234, row 1,233, column deadline");
        assertThat(FA.place(new Place(7L, 6L, null, null, "مهلت"))).isEqualTo("سطر ۷، ردیف ۶، ستون مهلت");
        assertThat(EN.place(new Place(7L, 6L, "Opportunities", "C7", "deadline")))
                .isEqualTo("cell Opportunities!C7, row 6, column deadline");
        assertThat(FA.place(new Place(7L, null, "فرصت‌ها", null, null))).isEqualTo("برگهٔ فرصت‌ها، سطر ۷");
        assertThat(EN.place(Place.cell(null, "G2", null))).isEqualTo("cell G2");
        assertThat(EN.place(new Place(null, null, null, null, null))).isEmpty();
    }

    @Test
    void names_and_money_read_in_the_language() {
        assertThat(FA.name(Status.NEGOTIATION)).isEqualTo("در حال مذاکره");
        assertThat(EN.name(Status.NEGOTIATION)).isEqualTo("Negotiation");
        Money money = Money.of(new BigDecimal("650000000000"), Money.IRR);
        assertThat(money.format(LocalizedText.PERSIAN)).isEqualTo("۶۵۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال");
        assertThat(money.format(Locale.ENGLISH)).isEqualTo("650,000,000,000 IRR");
        assertThat(Money.of(new BigDecimal("42000000"), "USD").format(LocalizedText.PERSIAN)).isEqualTo("۴۲٬۰۰۰٬۰۰۰ دلار");
        assertThat(Money.of(new BigDecimal("8000000"), "EUR").format(LocalizedText.PERSIAN)).isEqualTo("۸٬۰۰۰٬۰۰۰ یورو");
        assertThat(Money.of(new BigDecimal("5"), "AED").format(LocalizedText.PERSIAN)).isEqualTo("۵ درهم");
    }

    @Test
    void delimiters_are_named_from_the_one_list_of_the_format_comma_semicolon_tab_and_persian_semicolon() {
        assertThat(List.of(",", ";", "\t", "\u061B", "|").stream().map(EN::delimiter))
                .containsExactly("comma ( , )", "semicolon ( ; )", "tab", "Persian semicolon ( \u061B )", "|");
        assertThat(List.of(",", ";", "\t", "\u061B").stream().map(FA::delimiter))
                .containsExactly("ویرگول انگلیسی ( , )", "نقطه‌ویرگول ( ; )", "تب", "نقطه‌ویرگول فارسی ( \u061B )");
    }

    @Test
    void delimiter_names_come_from_one_list() {
        assertThat(Delimiter.characters()).isEqualTo(",;\t\u061B");
        for (Delimiter d : Delimiter.values()) {
            String text = String.valueOf(d.character());
            assertThat(EN.delimiter(text)).startsWith(d.nameEn());
            assertThat(FA.delimiter(text)).startsWith(d.nameFa());
            assertThat(Delimiter.of(d.character())).contains(d);
        }
        assertThat(Delimiter.of('|')).isEmpty();
        assertThat(Delimiter.of('\u060C')).isEmpty();
    }
}
