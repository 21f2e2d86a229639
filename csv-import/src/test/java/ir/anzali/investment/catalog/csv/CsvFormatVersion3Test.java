package ir.anzali.investment.catalog.csv;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of CSV format version 3 (§4), each read through the importer, and the messages of their refusals. */
class CsvFormatVersion3Test {

    @TempDir
    Path dir;

    /** An importer as built by default, with the format's floors of plausible amounts. */
    private final CatalogImporter importer = CatalogImporter.builder().build();

    private ImportReport validate(CatalogImporter with, String content) throws Exception {
        return checked(with.validate(write(dir, "opportunities.csv", content), Kind.OPPORTUNITIES));
    }

    private List<Opportunity> read(String content) throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = checked(importer.forEachOpportunity(write(dir, "read.csv", content),
                Catalog.empty(ReferenceData.defaults()), out::add));
        assertThat(report.errors()).as("errors").isEmpty();
        return out;
    }

    private static String row(String investment, String currency) {
        return HEADER + "\nAFZ-1,هتل,TOURISM,\"" + investment + "\"," + currency + ",AFZO\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۲ هزار و ۵۰۰ میلیارد ریال||2500000000000|IRR",
        "۵۰۰۰ میلیارد ریالی||5000000000000|IRR",
        "۲۵۰ میلیارد تومانی||2500000000000|IRR",
        "۱۰ میلیون دلاری||10000000|USD",
        "۲۰ میلیون یورویی||20000000|EUR",
        "۵۰ میلیارد تومن||500000000000|IRR",
        "۲،۰۹۵ میلیارد ریال||2095000000000|IRR",
        "7.26 trillion rials||7260000000000|IRR",
        "US$ 40 million||40000000|USD",
        "1.5 M|USD|1500000|USD",
        "2 B USD||2000000000|USD",
        "۵۰ میلیارد|تومن|500000000000|IRR"})
    void the_amount_forms_of_version_3_are_read(String amount, String currency, String expected, String code)
            throws Exception {
        assertThat(read(row(amount, currency == null ? "" : currency)).get(0).investment().first())
                .isEqualTo(Money.of(new BigDecimal(expected), code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1500 xyz|\"1500 xyz\" is not an amount: \"xyz\" is neither a scale word",
        "۵۰۰ میلیارد ریال نقدی|\"نقدی\" is neither a scale word",
        "چهارصد و ٥٠ میلیارد|is written in words. Write it in digits",
        "منفی ۵ میلیارد|is written in words. Write it in digits"})
    void a_refused_amount_names_the_unknown_word_or_asks_for_digits(String amount, String message) throws Exception {
        ImportReport report = validate(importer, row(amount, "IRR"));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.message()).contains(message).doesNotContain("grouped");
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "250 ریال||did you mean 250 billion IRR (250 میلیارد ریال)?",
        "250|IRR|did you mean 250 billion IRR (250 میلیارد ریال)?",
        "25 میلیون تومان||did you mean 25 billion toman (25 میلیارد تومان)?",
        "500|USD|did you mean 500 thousand USD?",
        "120 یورو||did you mean 120 thousand EUR?"})
    void an_implausibly_small_investment_is_out_of_range_proposing_the_scale_word(String amount, String currency,
            String proposal) throws Exception {
        ImportReport report = validate(importer, row(amount, currency == null ? "" : currency));
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.message()).contains("is implausibly small for investment", proposal);
        });
    }

    @Test
    void the_persian_message_of_a_small_amount_proposes_the_scale_word_in_persian() throws Exception {
        ImportReport report = validate(CatalogImporter.builder().persian().build(), row("500", "USD"));
        assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("«500»", "کمتر از ۱٬۰۰۰ دلار", "آیا منظورتان ۵۰۰ هزار دلار بود؟"));
    }

    @Test
    void floor_is_on_by_default() throws Exception {
        ImportReport report = validate(CatalogImporter.builder().build(), row("5", "IRR"));
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).extracting(p -> p.code()).containsExactly(ErrorCode.OUT_OF_RANGE);
        assertThat(validate(CatalogImporter.builder().build(), row("5 USD", "")).errors())
                .extracting(p -> p.code()).containsExactly(ErrorCode.OUT_OF_RANGE);
        assertThat(validate(CatalogImporter.builder().build(), row("5 میلیارد", "IRR")).valid()).isTrue();
    }

    @Test
    void bare_250_in_investment_is_out_of_range_with_scale_advice() throws Exception {
        ImportReport report = validate(importer, row("250", "IRR"));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.value()).isEqualTo("250");
            assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(p.message()).isEqualTo("\"250\" is implausibly small for investment, below 1,000,000,000 IRR:"
                    + " did you mean 250 billion IRR (250 میلیارد ریال)? Write the amount with its scale word.");
        });
        ImportReport persian = validate(CatalogImporter.builder().persian().build(), row("250", "IRR"));
        assertThat(persian.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("«250»", "کمتر از ۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال", "آیا منظورتان ۲۵۰ میلیارد ریال بود؟")
                .doesNotContain("IRR"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"999 USD|did you mean 999 thousand USD?", "1 EUR|did you mean 1 thousand EUR?",
        "0.5 دلار|did you mean 0.5 million USD?"})
    void foreign_amount_below_1000_units_is_out_of_range(String amount, String proposal) throws Exception {
        assertThat(validate(importer, row(amount, "")).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(p.message()).contains("below 1,000 ", proposal);
        });
        assertThat(validate(importer, row("1000 USD", "")).valid()).isTrue();
    }

    @Test
    void header_unit_scales_before_the_floor() throws Exception {
        assertThat(validate(importer, headed("مبلغ سرمایه‌گذاری (میلیارد ریال)", "250", null)).valid()).isTrue();
        assertThat(validate(importer, headed("investment (EUR thousand)", "5", null)).valid()).isTrue();
        assertThat(validate(importer, headed("مبلغ سرمایه‌گذاری (میلیون ریال)", "250", null)).errors())
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                    assertThat(p.value()).isEqualTo("250");
                    assertThat(p.message()).contains("below 1,000,000,000 IRR");
                });
    }

    @Test
    void a_small_number_under_a_header_scale_names_the_header_instead_of_proposing_a_scale_word() throws Exception {
        assertThat(validate(importer, headed("مبلغ سرمایه‌گذاری (میلیون ریال)", "250", null)).errors())
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                    assertThat(p.message()).isEqualTo("\"250\" under the header \"مبلغ سرمایه‌گذاری (میلیون ریال)\" is"
                            + " 250,000,000 IRR, implausibly small for investment, below 1,000,000,000 IRR: check the"
                            + " number, or the scale the header gives the whole column.");
                });
        assertThat(validate(CatalogImporter.builder().persian().build(),
                headed("مبلغ سرمایه‌گذاری (میلیون ریال)", "250", null)).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("۲۵۰٬۰۰۰٬۰۰۰ ریال", "کمتر از ۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال")
                        .doesNotContain("منظورتان"));
    }

    @Test
    void each_part_of_a_two_currency_investment_meets_its_own_floor() throws Exception {
        assertThat(validate(importer, row("۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو", "")).valid()).isTrue();
        assertThat(validate(importer, row("۱۵۰ هزار میلیارد ریال + ۵۰ یورو", "")).errors()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                    assertThat(p.message()).contains("below 1,000 EUR", "did you mean 50 thousand EUR?");
                });
    }

    @Test
    void the_floors_are_importer_options() throws Exception {
        CatalogImporter lenient = CatalogImporter.builder().smallestRials(BigDecimal.ZERO)
                .smallestOtherAmount(BigDecimal.valueOf(100)).build();
        assertThat(validate(lenient, row("250 ریال", "")).valid()).isTrue();
        assertThat(validate(lenient, row("500 USD", "")).valid()).isTrue();
        assertThat(validate(lenient, row("50 USD", "")).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("below 100 USD", "did you mean 50 thousand USD?"));
        assertThat(validate(importer, row("1000 USD", "")).valid()).isTrue();
        assertThat(validate(importer, row("1 میلیارد ریال", "")).valid()).isTrue();
        assertThatThrownBy(() -> CatalogImporter.builder().smallestRials(BigDecimal.ONE.negate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void an_implausibly_small_minimum_investment_is_out_of_range_too() throws Exception {
        List<Incentive> rows = new ArrayList<>();
        ImportReport report = checked(importer.forEachIncentive(write(dir, "inc.csv",
                "id,type,title_fa,authority,min_investment,min_investment_currency\n"
                        + "INC-1,VAT_EXEMPTION,معافیت,AFZO,50,ریال\n"
                        + "INC-2,VAT_EXEMPTION,معافیت,AFZO,50 میلیارد,ریال\n"), rows::add));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("min_investment");
            assertThat(p.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
            assertThat(p.message()).contains("did you mean 50 billion IRR (50 میلیارد ریال)?");
        });
    }

    /** A file whose investment column has a header of its own and, when given, a currency column. */
    private static String headed(String investmentHeader, String investment, String currency) {
        return "id,title_fa,sector,\"" + investmentHeader + "\"," + (currency == null ? "" : "currency,")
                + "lead_agency\nAFZ-1,هتل,TOURISM,\"" + investment + "\"," + (currency == null ? "" : currency + ",")
                + "AFZO\n";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|250||250000000000|IRR",
        "مبلغ سرمایه گذاری (میلیارد ریال)|۲٬۵۰۰||2500000000000|IRR",
        "Investment (USD million)|1.5||1500000|USD",
        "investment, million toman|25000||250000000000|IRR",
        "مبلغ سرمایه‌گذاری، میلیون تومان|25000||250000000000|IRR",
        "investment (همت)|5||50000000000000|IRR",
        "investment (billion)|250|IRR|250000000000|IRR",
        "investment (EUR)|2 million||2000000|EUR",
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|250 میلیارد||250000000000|IRR",
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|250 ریال||250000000000|IRR",
        "Investment (USD million)|40|USD|40000000|USD"})
    void a_unit_in_the_header_applies_to_the_bare_numbers_of_its_column(String header, String cell, String currency,
            String expected, String code) throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = checked(importer.forEachOpportunity(write(dir, "headed.csv", headed(header, cell, currency)),
                Catalog.empty(ReferenceData.defaults()), out::add));
        assertThat(report.errors()).as("errors").isEmpty();
        assertThat(report.warnings()).as("warnings").isEmpty();
        assertThat(report.columns()).contains("investment");
        assertThat(out).singleElement().satisfies(o -> assertThat(o.investment().first())
                .isEqualTo(Money.of(new BigDecimal(expected), code)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|250 میلیون ریال",
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|40 USD",
        "Investment (USD million)|1.5 billion",
        "Investment (USD million)|€2 million",
        "investment (همت)|5 هزار میلیارد ریال"})
    void a_cells_own_scale_or_unit_at_odds_with_the_header_is_cross_field_naming_both(String header, String cell)
            throws Exception {
        ImportReport report = validate(importer, headed(header, cell, null));
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.value()).isEqualTo(cell);
            assertThat(p.message()).isEqualTo("\"" + cell + "\" disagrees with the header \"" + header + "\", which gives"
                    + " the scale and unit of the column's bare numbers. Write the bare number, or make the cell and"
                    + " the header agree.");
        });
    }

    @Test
    void a_unit_in_the_header_at_odds_with_the_currency_column_is_cross_field_naming_both() throws Exception {
        ImportReport report = validate(importer, headed("Investment (USD million)", "40", "IRR"));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("currency");
            assertThat(p.message()).isEqualTo("The amount says USD but the currency column says IRR. Make them agree.");
        });
    }

    @Test
    void without_a_currency_column_a_bare_number_needs_a_unit_in_the_header_or_the_cell() throws Exception {
        ImportReport report = validate(importer, headed("investment (billion)", "250", null));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.REQUIRED);
            assertThat(p.column()).isEqualTo("currency");
            assertThat(p.message()).contains("or name it in the amount column's header (e.g. مبلغ سرمایه‌گذاری (میلیارد ریال))");
        });
        assertThat(validate(importer, headed("investment (billion)", "250 ریال", null)).valid()).isTrue();
    }

    @Test
    void a_unit_in_the_header_of_the_minimum_investment_applies_to_its_bare_numbers() throws Exception {
        List<Incentive> rows = new ArrayList<>();
        ImportReport report = checked(importer.forEachIncentive(write(dir, "inc.csv",
                "id,type,title_fa,authority,\"حداقل سرمایه‌گذاری، میلیون تومان\"\n"
                        + "INC-1,VAT_EXEMPTION,معافیت,AFZO,۵۰۰\n"), rows::add));
        assertThat(report.errors()).isEmpty();
        assertThat(rows).singleElement().satisfies(i -> assertThat(i.minInvestment())
                .isEqualTo(Money.of(new BigDecimal("5000000000"), "IRR")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1405.09.06|2026-11-27",
        "۱۰ امرداد ۱۴۰۵|2026-08-01",
        "27 November 2026|2026-11-27",
        "جمعه ۶ آذر ۱۴۰۵|2026-11-27",
        "Friday 27 November 2026|2026-11-27"})
    void the_date_forms_of_version_3_are_read(String date, String expected) throws Exception {
        Opportunity o = read(HEADER + ",published_on\nAFZ-1,هتل,TOURISM,5 میلیارد,IRR,AFZO," + date + "\n").get(0);
        assertThat(o.publishedOn()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void a_weekday_that_is_not_the_dates_is_a_type_error_naming_both() throws Exception {
        String content = HEADER + ",published_on\nAFZ-1,هتل,TOURISM,5 میلیارد,IRR,AFZO,پنجشنبه ۶ آذر ۱۴۰۵\n";
        assertThat(validate(importer, content).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("published_on");
            assertThat(p.message()).isEqualTo("\"پنجشنبه ۶ آذر ۱۴۰۵\" names the weekday پنجشنبه, but that date is a"
                    + " Friday. Correct the day or the weekday, or leave the weekday out.");
        });
        assertThat(validate(CatalogImporter.builder().persian().build(), content).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("پنجشنبه", "آن تاریخ جمعه است"));
    }

    @Test
    void an_id_with_a_letter_outside_ascii_is_refused_not_turned_into_another_id() throws Exception {
        ImportReport report = validate(importer, HEADER + "\nß-tou-019,هتل,TOURISM,5 میلیارد,IRR,AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.PATTERN);
            assertThat(p.column()).isEqualTo("id");
            assertThat(p.message()).doesNotContain("SS-TOU-019");
        });
    }
}
