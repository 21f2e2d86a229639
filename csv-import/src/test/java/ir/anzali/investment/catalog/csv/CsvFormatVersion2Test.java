package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;


/** The changes of CSV format version 2, each read through the importer, and the silent misreadings they end. */
class CsvFormatVersion2Test {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @TempDir
    Path dir;

    private final CatalogImporter importer = CatalogImporter.builder().build();

    private ImportReport validate(String content) throws Exception {
        return checked(importer.validate(write(dir, "opportunities.csv", content), Kind.OPPORTUNITIES));
    }

    private List<Opportunity> read(Path file) throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = checked(importer.forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()),
                out::add));
        assertThat(report.errors()).as("errors").isEmpty();
        return out;
    }

    private Opportunity one(String investment, String currency) throws Exception {
        return read(write(dir, "one.csv", HEADER + "\nAFZ-1,هتل,TOURISM," + investment + "," + currency + ",AFZO\n"))
                .get(0);
    }

    @ParameterizedTest(name = "{0} with currency {1}")
    @CsvSource(delimiter = '|', value = {
        "250 میلیون ریال|تومان|IRR|toman",
        "250 میلیون تومان|ریال|toman|IRR",
        "250 میلیون تومان|IRR|toman|IRR",
        "۱ همت|ریال|toman|IRR",
        "5 USD|IRR|USD|IRR",
        "5 یورو|دلار|EUR|USD"})
    void rial_against_toman_is_a_cross_field_error(String amount, String currency, String unit, String column)
            throws Exception {
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل,TOURISM," + amount + "," + currency + ",AFZO\n");
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("currency");
            assertThat(p.message()).isEqualTo("The amount says " + unit + " but the currency column says " + column
                    + ". Make them agree.");
        });
    }

    @ParameterizedTest(name = "{0} with currency {1}")
    @CsvSource(delimiter = '|', value = {
        "250 میلیون ریال|تومان|ریال|تومان",
        "250 میلیون تومان|IRR|تومان|ریال",
        "5 USD|ریال|دلار|ریال",
        "5 یورو|دلار|یورو|دلار"})
    void a_persian_message_names_the_currencies_in_persian(String amount, String currency, String unit, String column)
            throws Exception {
        ImportReport report = checked(CatalogImporter.builder().persian().build().validate(write(dir, "fa.csv",
                HEADER + "\nAFZ-1,هتل,TOURISM," + amount + "," + currency + ",AFZO\n"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("مبلغ واحد " + unit + " دارد ولی ستون واحد پول " + column + " است. این دو را یکسان کنید."));
    }

    @Test
    void rial_against_toman_is_a_cross_field_error_for_the_minimum_investment_too() throws Exception {
        ImportReport report = checked(importer.validate(write(dir, "incentives.csv",
                "id,type,title_fa,authority,min_investment,min_investment_currency\n"
                        + "INC-1,VAT_EXEMPTION,معافیت,AFZO,100 میلیون ریال,تومان\n"), Kind.INCENTIVES));
        assertThat(report.errors()).extracting(Problem::column, Problem::code)
                .containsExactly(tuple("min_investment_currency", ErrorCode.CROSS_FIELD));
    }

    @Test
    void units_that_agree_with_the_currency_column_are_read() throws Exception {
        assertThat(one("250 میلیون تومان", "تومان").investment().parts()).containsExactly(money("2500000000", "IRR"));
        assertThat(one("2500 میلیون ریال", "IRR").investment().parts()).containsExactly(money("2500000000", "IRR"));
        assertThat(one("۱ همت", "تومان").investment().parts()).containsExactly(money("10000000000000", "IRR"));
        assertThat(one("250 میلیون", "تومان").investment().parts()).containsExactly(money("2500000000", "IRR"));
        assertThat(one("$1.5M", "دلار").investment().parts()).containsExactly(money("1500000", "USD"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۱٫۲۰۰ میلیارد ریال|1.2|1200|1.2|1,200",
        "2.000|2|2000|2|2,000",
        "1.250 USD|1.25|1250|1.25|1,250",
        "۳/۵۰۰ میلیون تومان|3.5|3500|3.5|3,500",
        "1.234|1.234|1234|1.2340|1,234"})
    void ambiguous_separators_in_amounts_are_an_ambiguous_number_error(String amount, String decimal,
            String thousands, String decimalForm, String thousandsForm) throws Exception {
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل,TOURISM,\"" + amount + "\",IRR,AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.AMBIGUOUS_NUMBER);
            assertThat(p.code().code()).isEqualTo("ambiguous-number");
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.value()).isEqualTo(amount);
            assertThat(p.message()).contains("could mean " + decimal + " or " + thousands)
                    .contains("For " + decimal + " write " + decimalForm)
                    .contains("for " + thousands + " write " + thousandsForm);
        });
    }

    @Test
    void ambiguous_separators_in_land_areas_are_an_ambiguous_number_error_and_coordinates_keep_their_decimals()
            throws Exception {
        String header = HEADER + ",land_area_m2,latitude,longitude,irr_percent";
        ImportReport bad = validate(header + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,1.500,37.472,49.462,18.125\n");
        assertThat(bad.errors()).extracting(Problem::column, Problem::code)
                .containsExactly(tuple("land_area_m2", ErrorCode.AMBIGUOUS_NUMBER));
        Opportunity ok = read(write(dir, "ok.csv", header + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,\"1,500\",37.472,49.462,18.125\n"))
                .get(0);
        assertThat(ok.location().landAreaM2()).isEqualByComparingTo("1500");
        assertThat(ok.location().latitude()).isEqualByComparingTo("37.472");
        assertThat(ok.location().longitude()).isEqualByComparingTo("49.462");
        assertThat(ok.irrPercent()).isEqualByComparingTo("18.125");
    }

    @Test
    void a_windows_1252_file_is_read_as_windows_1252_with_an_encoding_guess_warning() throws Exception {
        Path file = write(dir, "latin.csv", HEADER + "\nAFZ-1,España Größe,TOURISM,5000000000,IRR,AFZO\n", WINDOWS_1252, false);
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.encoding()).isEqualTo("windows-1252");
        assertThat(report.warnings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.ENCODING_GUESS);
            assertThat(p.message()).contains("read as windows-1252").contains("another encoding, such as windows-1256");
        });
        assertThat(read(file).get(0).title().fa()).isEqualTo("España Größe");
    }

    @Test
    void a_windows_1256_file_is_read_as_windows_1256_with_an_encoding_guess_warning() throws Exception {
        // Persian Windows saves Persian yeh as the Arabic yeh of its code page; normalization makes it Persian again.
        Path file = write(dir, "persian.csv", HEADER + "\nAFZ-1,هتل ساحلي پارسيان,TOURISM,5000000000,IRR,AFZO\n",
                WINDOWS_1256, false);
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.encoding()).isEqualTo("windows-1256");
        assertThat(report.warnings()).extracting(Problem::code).containsExactly(ErrorCode.ENCODING_GUESS);
        assertThat(report.warnings().get(0).message()).contains("read as windows-1256")
                .contains("another encoding, such as windows-1252");
        assertThat(read(file).get(0).title().fa()).isEqualTo("هتل ساحلی پارسیان");
    }

    @Test
    void an_encoding_given_or_marked_is_no_guess() throws Exception {
        Path file = write(dir, "latin.csv", HEADER + "\nAFZ-1,España,TOURISM,5000000000,IRR,AFZO\n", WINDOWS_1252, false);
        ImportReport given = checked(CatalogImporter.builder().encoding(WINDOWS_1252).build()
                .validate(file, Kind.OPPORTUNITIES));
        assertThat(given.warnings()).isEmpty();
        ImportReport marked = checked(importer.validate(write(dir, "utf16.csv", HEADER + "\nAFZ-1,España,TOURISM,5000000000,IRR,AFZO\n",
                StandardCharsets.UTF_16LE, true), Kind.OPPORTUNITIES));
        assertThat(marked.warnings()).isEmpty();
        assertThat(marked.valid()).isTrue();
    }

    @Test
    void two_byte_order_marks_do_not_lose_the_id_column() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\n").getBytes(StandardCharsets.UTF_8);
        for (int marks = 1; marks <= 3; marks++) {
            byte[] all = new byte[marks * 3 + body.length];
            for (int m = 0; m < marks; m++) {
                System.arraycopy(bom, 0, all, m * 3, 3);
            }
            System.arraycopy(body, 0, all, marks * 3, body.length);
            Path file = Files.write(dir.resolve("boms" + marks + ".csv"), all);
            ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
            assertThat(report.columns()).as("%d marks", marks).startsWith("id");
            assertThat(report.valid()).isTrue();
        }
        Path utf16 = write(dir, "utf16.csv", "\uFEFF\"id\",title_fa,sector,investment,currency,lead_agency\n"
                + "AFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\n", StandardCharsets.UTF_16BE, true);
        assertThat(checked(importer.validate(utf16, Kind.OPPORTUNITIES)).valid()).isTrue();
    }

    @Test
    void invisible_characters_are_removed_from_titles_and_search_finds_them() throws Exception {
        Opportunity o = read(write(dir, "rlm.csv", HEADER + ",summary_fa,tags\n"
                + "AFZ-1,\u200Fهتل\u200B ساحلی\u00AD\u202C,TOURISM,5000000000,IRR,AFZO,\u2067خلاصه\u2069,\uFEFFبرچسب\n")).get(0);
        assertThat(o.title().fa()).isEqualTo("هتل ساحلی");
        assertThat(o.summary().fa()).isEqualTo("خلاصه");
        assertThat(o.tags()).containsExactly("برچسب");
        Catalog catalog = Catalog.builder(ReferenceData.defaults()).opportunity(o).build();
        assertThat(OpportunityQuery.all().text("هتل ساحلی").run(catalog).total()).isEqualTo(1);
    }

    @Test
    void a_title_made_only_of_invisible_characters_is_required() throws Exception {
        ImportReport report = validate(HEADER + "\nAFZ-1,\u200F\u200E\u200B,TOURISM,5000000000,IRR,AFZO\n");
        assertThat(report.errors()).extracting(Problem::column, Problem::code)
                .containsExactly(tuple("title_fa", ErrorCode.REQUIRED));
    }

    @Test
    void a_row_made_only_of_invisible_characters_is_blank() throws Exception {
        ImportReport report = validate(HEADER + "\n\u200F,\u200E,,\uFEFF,,\n");
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.valid()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"0000, U+0000", "0007, U+0007", "001B, U+001B", "001F, U+001F", "0085, U+0085"})
    void control_characters_are_a_type_error_and_never_stored(String hex, String name) throws Exception {
        char control = (char) Integer.parseInt(hex, 16);
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل" + control + "[31m,TOURISM,5000000000,IRR,AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("title_fa");
            assertThat(p.message()).contains(name).contains("Remove it");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FFFE, U+FFFE", "FFFF, U+FFFF", "FDD0, U+FDD0", "FDEF, U+FDEF", "1FFFF, U+1FFFF", "10FFFE, U+10FFFE"})
    void noncharacters_in_a_cell_are_a_type_error_naming_the_code_point(String hex, String name) throws Exception {
        String nonchar = new String(Character.toChars(Integer.parseInt(hex, 16)));
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل" + nonchar + "ساحلی,TOURISM,5000000000,IRR,AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("title_fa");
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.message()).contains(name).contains("not a character of text").contains("Remove it");
        });
    }

    @Test
    void tabs_and_line_breaks_in_a_cell_are_white_space() throws Exception {
        Opportunity o = read(write(dir, "multi.csv", HEADER + "\nAFZ-1,\"هتل\tساحلی\r\nانزلی\",TOURISM,5000000000,IRR,AFZO\n"))
                .get(0);
        assertThat(o.title().fa()).isEqualTo("هتل ساحلی انزلی");
    }

    /** The common forms of CSV format version 2, read as they should be. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۲/۵ میلیارد ریال||2500000000|IRR",
        "۱۰ هزار میلیارد ریال||10000000000000|IRR",
        "۱ همت||10000000000000|IRR",
        "$1.5M||1500000|USD",
        "EUR 2,000,000||2000000|EUR",
        "250 میلیون|تومان|2500000000|IRR",
        "۲۵۰ میلیارد ریال||250000000000|IRR"})
    void the_common_forms_are_read(String amount, String currency, String expected, String code) throws Exception {
        Path file = write(dir, "forms.csv", HEADER + "\nAFZ-1,هتل,TOURISM,\"" + amount + "\","
                + (currency == null ? "" : currency) + ",AFZO\n");
        assertThat(read(file).get(0).investment().parts()).containsExactly(money(expected, code));
    }

    @Test
    void dates_with_persian_month_names_or_an_rlm_inside_are_read() throws Exception {
        Opportunity o = read(write(dir, "dates.csv", HEADER + ",published_on,deadline\n"
                + "AFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,۶ آذر ۱۴۰۵,\u200F۱۴۰۶/\u200F۰۳/۳۱\n")).get(0);
        assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(o.deadline()).isEqualTo(LocalDate.of(2027, 6, 21));
    }

    /** Forms that are refused, each with a message that says what to write. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1000000000.5 ریال|IRR|investment|out-of-range|whole number of rials",
        "5|XAU|currency|unknown-code|not a known currency",
        "5|XXX|currency|unknown-code|ISO code such as IRR",
        "ده میلیارد تومان||investment|type-error|Write it in digits",
        "1e3|IRR|investment|type-error|Write all the digits",
        "1234567890123456789012345678901|IRR|investment|type-error|more than 30 significant digits"})
    void the_refused_forms_say_what_to_write(String amount, String currency, String column, String code,
            String advice) throws Exception {
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل,TOURISM," + amount + ","
                + (currency == null ? "" : currency) + ",AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.code().code()).isEqualTo(code);
            assertThat(p.message()).contains(advice);
        });
    }

    @Test
    void a_reported_value_keeps_at_most_200_characters_and_messages_quote_no_more() throws Exception {
        String digits = "9".repeat(60_000);
        ImportReport report = validate(HEADER + "\nAFZ-1,هتل,TOURISM," + digits + ",IRR,AFZO\n");
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.value()).hasSize(201).endsWith("…");
            assertThat(p.message().length()).isLessThan(500);
        });
    }

    @Test
    void persian_messages_use_persian_digits_and_column_names() throws Exception {
        ImportReport report = checked(CatalogImporter.builder().persian().build().validate(write(dir, "fa.csv",
                HEADER + "\nAFZ-1,هتل,TOURISM,,IRR,AFZO\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\n"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::message).containsExactly(
                "پر کردن مبلغ سرمایه‌گذاری (investment) الزامی است.",
                "شناسه AFZ-1 پیش‌تر در سطر ۲ به کار رفته است. به هر سطر شناسه جداگانه بدهید.");
    }

    @Test
    void an_incentive_with_persian_digits_and_month_names_is_read() throws Exception {
        List<Incentive> rows = new ArrayList<>();
        ImportReport report = checked(importer.forEachIncentive(write(dir, "inc.csv",
                "id,type,title_fa,authority,valid_from,min_investment\n"
                        + "INC-1,VAT_EXEMPTION,معافیت,AFZO,۱ فروردین ۱۴۰۵,۵۰ میلیارد ریال\n"), rows::add));
        assertThat(report.valid()).isTrue();
        assertThat(rows.get(0).validFrom()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(rows.get(0).minInvestment()).isEqualTo(money("50000000000", "IRR"));
        assertThat(rows.get(0).title().in(LocalizedText.PERSIAN)).isEqualTo("معافیت");
    }

    private static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }
}
