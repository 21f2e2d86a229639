package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.grouped;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;


/** Each code of the error table of CSV format §5, with its line, row and column. */
class ErrorCodesTest {

    private static final String OK_ROW = "AFZ-001,هتل,TOURISM,5000000000,IRR,AFZO";

    @TempDir
    Path dir;

    static Arguments c(String code, String content, Long line, Long row, String column) {
        return Arguments.of(code, content, line, row, column);
    }

    static Stream<Arguments> cases() {
        String wide = "id,title_fa,sector,investment,currency,lead_agency,";
        return Stream.of(
                c("empty-file", "\n \n", null, null, null),
                c("malformed-csv", HEADER + "\n" + OK_ROW + "\nAFZ-002,\"هتل,TOURISM,5000000000,IRR,AFZO\nAFZ-003,x,TOURISM,5000000000,IRR,AFZO\n",
                        3L, null, null),
                c("malformed-csv", HEADER + "\nAFZ-002,\"هتل\"x,TOURISM,5000000000,IRR,AFZO\n", 2L, null, null),
                c("blank-header", "id,title_fa,,sector,investment,currency,lead_agency\n" + OK_ROW + "\n", 1L, null, null),
                c("duplicate-header", "id,title_fa,عنوان,sector,investment,currency,lead_agency\n", 1L, null, "title_fa"),
                c("missing-column", "id,title_fa,sector,investment,currency\n" + "AFZ-001,x,TOURISM,5000000000,IRR\n", 1L, null,
                        "lead_agency"),
                c("missing-cell", HEADER + "\nAFZ-001,هتل,TOURISM,5000000000,IRR\n", 2L, 1L, null),
                c("extra-cell", HEADER + "\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,x\n", 2L, 1L, null),
                c("required", HEADER + "\nAFZ-001,هتل,TOURISM,,IRR,AFZO\n", 2L, 1L, "investment"),
                c("required", HEADER + "\n" + OK_ROW + "\n  -  ,هتل,TOURISM,5000000000,IRR,AFZO\n", 3L, 2L, "id"),
                c("type-error", HEADER + "\nAFZ-001,هتل,TOURISM,five,IRR,AFZO\n", 2L, 1L, "investment"),
                c("type-error", wide + "published_on\n" + OK_ROW + ",1405/13\n", 2L, 1L, "published_on"),
                c("type-error", wide + "contact_email\n" + OK_ROW + ",invest.anzali.ir\n", 2L, 1L, "contact_email"),
                c("type-error", wide + "contact_phone\n" + OK_ROW + ",call us\n", 2L, 1L, "contact_phone"),
                c("type-error", wide + "feasibility_url\n" + OK_ROW + ",anzali.ir/a.pdf\n", 2L, 1L, "feasibility_url"),
                c("unknown-code", HEADER + "\nAFZ-001,هتل,MINING,5000000000,IRR,AFZO\n", 2L, 1L, "sector"),
                c("unknown-code", HEADER + "\nAFZ-001,هتل,TOURISM,5,QQQ,AFZO\n", 2L, 1L, "currency"),
                c("out-of-range", HEADER + "\nAFZ-001,هتل,TOURISM,-5,IRR,AFZO\n", 2L, 1L, "investment"),
                c("out-of-range", wide + "latitude,longitude\n" + OK_ROW + ",95,49\n", 2L, 1L, "latitude"),
                c("out-of-range", wide + "deadline\n" + OK_ROW + ",1404/12/30\n", 2L, 1L, "deadline"),
                c("too-long", HEADER + "\nAFZ-001," + "ب".repeat(201) + ",TOURISM,5000000000,IRR,AFZO\n", 2L, 1L, "title_fa"),
                c("pattern", HEADER + "\n1AB,هتل,TOURISM,5000000000,IRR,AFZO\n", 2L, 1L, "id"),
                c("ambiguous-number", HEADER + "\nAFZ-001,هتل,TOURISM,2.500,IRR,AFZO\n", 2L, 1L, "investment"),
                c("ambiguous-number", wide + "land_area_m2\n" + OK_ROW + ",۱٫۲۰۰\n", 2L, 1L, "land_area_m2"),
                c("cross-field", wide + "direct_jobs,youth_jobs\n" + OK_ROW + ",10,11\n", 2L, 1L, "youth_jobs"),
                c("cross-field", wide + "published_on,deadline\n" + OK_ROW + ",1405/09/06,1405/09/05\n", 2L, 1L,
                        "deadline"),
                c("cross-field", wide + "latitude\n" + OK_ROW + ",37.4\n", 2L, 1L, "latitude"),
                c("cross-field", wide + "subsector\n" + OK_ROW + ",WAREHOUSING\n", 2L, 1L, "subsector"),
                c("cross-field", HEADER + "\nAFZ-001,هتل,TOURISM,5 USD,IRR,AFZO\n", 2L, 1L, "currency"),
                c("cross-field", wide + "partner_agencies\n" + OK_ROW + ",MUNICIPALITY;AFZO\n", 2L, 1L,
                        "partner_agencies"),
                c("duplicate-id", HEADER + "\n" + OK_ROW + "\nafz-001,هتل,TOURISM,5000000000,IRR,AFZO\n", 3L, 2L, "id"),
                c("unknown-reference", wide + "incentives\n" + OK_ROW + ",INC-TAX-20;INC-NONE\n", 2L, 1L, "incentives"),
                c("lost-letters", HEADER + "\nAFZ-001,ب?مه,TOURISM,5000000000,IRR,AFZO\n", 2L, 1L, "title_fa"),
                c("lost-letters", wide + "tags\n" + OK_ROW + ",hotel;??????\n", 2L, 1L, "tags"));
    }

    @ParameterizedTest(name = "{0} at line {2}, row {3}, column {4}")
    @MethodSource("cases")
    void each_error_code_names_its_line_row_and_column(String code, String content, Long line, Long row,
            String column) throws Exception {
        Catalog withIncentive = Catalog.builder(ReferenceData.defaults())
                .incentive(Incentive.builder(new IncentiveId("INC-TAX-20")).type(IncentiveType.VAT_EXEMPTION)
                        .title("معافیت", null).authority(ReferenceData.defaults().agency("AFZO").orElseThrow()).build())
                .build();
        ImportReport report = checked(CatalogImporter.builder().build()
                .validate(write(dir, "o.csv", content), Kind.OPPORTUNITIES, withIncentive));
        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).filteredOn(p -> p.code().code().equals(code)).first().satisfies(p -> {
            assertThat(p.line()).as("line").isEqualTo(line);
            assertThat(p.row()).as("row").isEqualTo(row);
            assertThat(p.column()).as("column").isEqualTo(column);
            assertThat(p.message()).isNotBlank();
        });
    }

    @Test
    void encoding_error_names_the_line_of_the_bad_bytes() throws Exception {
        byte[] good = (HEADER + "\n" + OK_ROW + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'A', 'F', 'Z', '-', '2', ',', (byte) 0xC3, (byte) 0x28};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Path file = dir.resolve("bad.csv");
        Files.write(file, all);
        ImportReport report = checked(CatalogImporter.builder().encoding(StandardCharsets.UTF_8).build()
                .validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("encoding-error");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void a_record_past_the_size_limit_is_malformed_at_its_first_line() throws Exception {
        CatalogImporter small = CatalogImporter.builder().limits(new Limits(100, 10, 5000)).build();
        String longCell = HEADER + "\n" + OK_ROW + "\nAFZ-002," + "x".repeat(101) + ",TOURISM,5000000000,IRR,AFZO\n";
        ImportReport report = checked(small.validate(write(dir, "long.csv", longCell), Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::line, p -> p.code().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "malformed-csv"));
        String wide = HEADER + "\n" + OK_ROW + ",x".repeat(20) + "\n";
        assertThat(checked(small.validate(write(dir, "wide.csv", wide), Kind.OPPORTUNITIES)).errors())
                .extracting(Problem::line).containsExactly(2L);
        String unclosed = HEADER + "\n" + OK_ROW + "\nAFZ-002,\"" + "y".repeat(20_000) + "\n";
        assertThat(checked(small.validate(write(dir, "open.csv", unclosed), Kind.OPPORTUNITIES)).errors())
                .extracting(Problem::line, p -> p.code().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "malformed-csv"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void an_unquoted_cell_past_the_record_limit_is_told_as_that_cell_too_long_not_as_a_quote(int parallelism)
            throws Exception {
        Limits limits = Limits.DEFAULT;
        String longText = HEADER + "\n" + OK_ROW + "\nAFZ-002," + "x".repeat(5 * limits.maxRecordChars())
                + ",TOURISM,5000000000,IRR,AFZO\n";
        Path file = write(dir, "long-text.csv", longText);
        assertThat(onlyError(CatalogImporter.builder().parallelism(parallelism).build(), file))
                .isEqualTo("3 malformed-csv: Cell 2 of the record starting on line 3 is longer than "
                        + grouped(limits.maxCellChars()) + " characters. Shorten it.")
                .doesNotContain("quote");
        assertThat(onlyError(CatalogImporter.builder().parallelism(parallelism).persian().build(), file))
                .isEqualTo("3 malformed-csv: خانه ۲ رکوردی که از سطر ۳ شروع می‌شود بیش از ۶۵٬۵۳۶ نویسه است. آن را کوتاه کنید.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void a_quote_still_open_at_the_record_limit_is_told_as_the_quote_of_its_cell(int parallelism) throws Exception {
        Limits limits = Limits.DEFAULT;
        String open = HEADER + "\n" + OK_ROW + "\nAFZ-002,\"هتل\n" + "x,y\n".repeat(2 * limits.maxRecordChars());
        Path file = write(dir, "open-quote.csv", open);
        assertThat(onlyError(CatalogImporter.builder().parallelism(parallelism).build(), file))
                .isEqualTo("3 malformed-csv: Cell 2 of the record starting on line 3 opens a quote (\") that does not "
                        + "close within " + grouped(limits.maxRecordChars()) + " characters, the most a record may hold. "
                        + "Close the quote where the cell's text ends, or remove it.");
        assertThat(onlyError(CatalogImporter.builder().parallelism(parallelism).persian().build(), file))
                .startsWith("3 malformed-csv: خانه ۲ رکوردی که از سطر ۳ شروع می‌شود یک گیومه (\") باز می‌کند")
                .contains("۱٬۰۴۸٬۵۷۶ نویسه");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void a_record_of_cells_each_within_the_limit_but_too_long_together_is_told_so_without_a_quote(int parallelism)
            throws Exception {
        Limits limits = new Limits(100, 50, 1000);
        String cells = ("," + "x".repeat(90)).repeat(40);
        String wide = HEADER + "\n" + OK_ROW + "\nAFZ-002,\"quoted, closed\"" + cells + "\n";
        Path file = write(dir, "many-cells.csv", wide);
        assertThat(onlyError(CatalogImporter.builder().limits(limits).parallelism(parallelism).build(), file))
                .isEqualTo("3 malformed-csv: The record starting on line 3 is longer than 1,000 characters, though none "
                        + "of its cells is longer than 100. Shorten its text.");
        // Past the reading's guard, three bytes a character of the limit and 64 KiB, too.
        String farWide = HEADER + "\n" + OK_ROW + "\nAFZ-002" + cells.repeat(20) + "\n";
        assertThat(onlyError(CatalogImporter.builder().limits(new Limits(100, 1000, 1000)).parallelism(parallelism)
                .build(), write(dir, "far-too-many-cells.csv", farWide)))
                .startsWith("3 malformed-csv: The record starting on line 3 is longer than 1,000 characters, though none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"هتل ساحلی", "گزارش پروژه‌ها"})
    void a_windows_1256_file_given_windows_1252_is_one_encoding_error_naming_windows_1256_and_a_word_of_the_file(
            String title) throws Exception {
        Charset windows1252 = Charset.forName("windows-1252");
        Charset windows1256 = Charset.forName("windows-1256");
        String text = HEADER + "\r\nAFZ-001,Hotel,TOURISM,5000000000,IRR,AFZO\r\nAFZ-002," + title
                + ",TOURISM,5000000000,IRR,AFZO\r\n";
        Path file = write(dir, "ansi.csv", text.replace('ی', 'ي'), windows1256, false);
        String word = title.split(" ")[0].replace('ی', 'ي');
        String garbled = new String(word.getBytes(windows1256), windows1252).chars()
                .map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(onlyError(CatalogImporter.builder().encoding(windows1252).build(), file))
                .isEqualTo("3 encoding-error: The file seems to be in windows-1256, but it was read as windows-1252: "
                        + "from line 3 on, its Persian and Arabic letters read as Latin ones, such as \"" + garbled
                        + "\" for \"" + word + "\", and every cell that holds them would be garbled. Read it as"
                        + " windows-1256, or save it as \"CSV UTF-8\".");
        assertThat(garbled).doesNotContain("ÔäÇÓå");
        assertThat(onlyError(CatalogImporter.builder().encoding(StandardCharsets.ISO_8859_1).persian().build(), file))
                .startsWith("3 encoding-error: پرونده به نظر با رمزگذاری windows-1256 است، اما با ISO-8859-1 خوانده شد");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "windows-1252", "ISO-8859-1", "ISO-8859-15", "windows-1251"})
    void a_utf8_file_with_an_english_header_given_windows_1256_is_an_encoding_error_naming_utf8(String given)
            throws Exception {
        Charset encoding = Charset.forName(given);
        String text = HEADER + "\r\nAFZ-001,Hotel,TOURISM,5000000000,IRR,AFZO\r\nAFZ-002,شناسه هتل,TOURISM,5000000000,IRR,AFZO\r\n";
        Path file = write(dir, "utf8.csv", text);
        String garbled = new String("شناسه".getBytes(StandardCharsets.UTF_8), encoding);
        String shown = garbled.chars().map(c -> Character.isISOControl(c) ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertThat(onlyError(CatalogImporter.builder().encoding(encoding).build(), file))
                .isEqualTo("3 encoding-error: The file seems to be in UTF-8, but it was read as " + given + ": from line 3 "
                        + "on, its letters outside plain English (ASCII) read as other ones, such as \"" + shown
                        + "\" for \"شناسه\", and every cell that holds them would be garbled. Leave the encoding out so "
                        + "that it is detected, or read it as UTF-8.");
        assertThat(onlyError(CatalogImporter.builder().encoding(encoding).persian().build(), file))
                .isEqualTo("3 encoding-error: پرونده به نظر با رمزگذاری UTF-8 است، اما با " + given + " خوانده شد: از "
                        + "سطر ۳ به بعد حروف غیرانگلیسی آن (بیرون از ASCII) حروف دیگری خوانده می‌شوند، مانند «" + shown
                        + "» به جای «شناسه»، و هر خانه‌ای که آن‌ها را دارد درهم‌ریخته می‌شود. رمزگذاری را ندهید تا خودکار "
                        + "تشخیص داده شود، یا پرونده را با UTF-8 بخوانید.");
    }

    @Test
    void a_utf8_file_with_an_english_header_given_windows_1256_shows_the_words_as_read() throws Exception {
        String text = HEADER + "\nAFZ-001,شناسه,TOURISM,5000000000,IRR,AFZO\n";
        assertThat(onlyError(CatalogImporter.builder().encoding(Charset.forName("windows-1256")).build(),
                write(dir, "utf8.csv", text))).contains("such as \"ط´ظ†ط§ط³ظ‡\" for \"شناسه\"");
    }

    @Test
    void a_windows_1256_file_given_iso_8859_15_is_an_encoding_error_naming_windows_1256() throws Exception {
        String text = HEADER + "\r\nAFZ-001,Hotel,TOURISM,5000000000,IRR,AFZO\r\nAFZ-002,گزارش پروژه‌ها,TOURISM,"
                + "5000000000,IRR,AFZO\r\n";
        Path file = write(dir, "ansi.csv", text, Charset.forName("windows-1256"), false);
        assertThat(onlyError(CatalogImporter.builder().encoding(Charset.forName("ISO-8859-15")).build(),
                file)).startsWith("3 encoding-error: The file seems to be in windows-1256, but it was read as ISO-8859-15: "
                        + "from line 3 on, its Persian and Arabic letters read as Latin ones");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_file_whose_persian_text_starts_after_64_kib_is_an_encoding_error_whether_a_file_or_a_stream(boolean stream)
            throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        int rows = 2_000;
        for (int r = 1; r <= rows; r++) {
            text.append(String.format("AFZ-%04d,Hotel by the sea,TOURISM,5000000000,IRR,AFZO\r\n", r));
        }
        text.append("AFZ-9999,هتل ساحلی,TOURISM,5000000000,IRR,AFZO\r\n");
        assertThat(text.length()).isGreaterThan(64 * 1024);
        Charset windows1256 = Charset.forName("windows-1256");
        Charset windows1252 = Charset.forName("windows-1252");
        long line = rows + 2;
        assertThat(onlyError(CatalogImporter.builder().encoding(windows1252).build(),
                source(text.toString(), windows1256, stream)))
                .startsWith(line + " encoding-error: The file seems to be in windows-1256, but it was read as windows-1252: "
                        + "from line " + grouped(line) + " on");
        assertThat(onlyError(CatalogImporter.builder().encoding(windows1256).build(),
                source(text.toString(), StandardCharsets.UTF_8, stream)))
                .startsWith(line + " encoding-error: The file seems to be in UTF-8, but it was read as windows-1256: "
                        + "from line " + grouped(line) + " on")
                .contains("\"هتل\"");
    }

    private ImportSource source(String text, Charset charset, boolean stream) throws Exception {
        Path file = write(dir, "late.csv", text, charset, false);
        return stream ? ImportSource.of(new ByteArrayInputStream(Files.readAllBytes(file)), "late.csv")
                : ImportSource.of(file);
    }

    /** The one error a validation of a file or stream reports, as its line, code and message. */
    private static String onlyError(CatalogImporter importer, ImportSource source) throws Exception {
        ImportReport report = checked(importer.validate(source, Kind.OPPORTUNITIES));
        assertThat(report.errors()).hasSize(1);
        Problem p = report.errors().get(0);
        return p.line() + " " + p.code().code() + ": " + p.message();
    }

    /** The one error a validation reports, as its line, code and message. */
    private static String onlyError(CatalogImporter importer, Path file) throws Exception {
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).hasSize(1);
        Problem p = report.errors().get(0);
        return p.line() + " " + p.code().code() + ": " + p.message();
    }

    @Test
    void a_file_level_error_stops_the_run_and_counts_still_add_up() throws Exception {
        String content = HEADER + "\n" + OK_ROW + "\nAFZ-002,هتل,TOURISM,-1,IRR,AFZO\nAFZ-003,\"x\n";
        ImportReport report = checked(CatalogImporter.builder().build()
                .validate(write(dir, "stop.csv", content), Kind.OPPORTUNITIES));
        assertThat(report.stoppedByFileError()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.errors()).extracting(p -> p.code().code()).containsExactly("out-of-range", "malformed-csv");
    }

    @Test
    void a_row_with_several_problems_lists_each_and_counts_once() throws Exception {
        String content = HEADER + ",direct_jobs\n1AB,هتل,MINING,-5,IRR,AFZO,x\n";
        ImportReport report = checked(CatalogImporter.builder().build()
                .validate(write(dir, "several.csv", content), Kind.OPPORTUNITIES));
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).extracting(Problem::column).contains("sector", "direct_jobs");
    }

    @Test
    void incentive_files_report_their_own_rules() throws Exception {
        String content = "id,type,title_en,authority,benefit_percent,duration_years,valid_from,valid_to,min_investment\n"
                + "INC-1,VAT_EXEMPTION,VAT,AFZO,100%,20,,,\n"
                + "INC-2,TAX_HOLIDAY,x,AFZO,,,,,\n"
                + "INC-3,VAT_EXEMPTION,x,AFZO,120,,,,\n"
                + "INC-4,VAT_EXEMPTION,x,AFZO,,0,,,\n"
                + "INC-5,VAT_EXEMPTION,x,AFZO,,,1405/01/01,1404/01/01,\n"
                + "INC-6,VAT_EXEMPTION,x,AFZO,,,,,5\n";
        ImportReport report = checked(CatalogImporter.builder().build()
                .validate(write(dir, "inc.csv", content), Kind.INCENTIVES));
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors()).extracting(Problem::row, Problem::column, p -> p.code().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "type", "unknown-code"),
                org.assertj.core.groups.Tuple.tuple(3L, "benefit_percent", "out-of-range"),
                org.assertj.core.groups.Tuple.tuple(4L, "duration_years", "out-of-range"),
                org.assertj.core.groups.Tuple.tuple(5L, "valid_to", "cross-field"),
                org.assertj.core.groups.Tuple.tuple(6L, "min_investment_currency", "required"));
    }

    @Test
    void duplicate_id_names_the_line_where_the_id_was_first_used() throws Exception {
        String content = HEADER + "\n" + OK_ROW + "\nAFZ-002,هتل,TOURISM,5000000000,IRR,AFZO\n" + "afz-001,x,TOURISM,5000000000,IRR,AFZO\n";
        ImportReport report = checked(CatalogImporter.builder().build()
                .validate(write(dir, "dup.csv", content), Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("AFZ-001").contains("line 2");
        });
    }
}
