package ir.anzali.investment.catalog.csv.spi;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.Readers;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A third format added through the public record-reader interface (a JSON-lines reader of the test
 * sources, given to the builder) is read down the same path as CSV files: the same rows accepted,
 * the same problems on the same lines and columns, the reader's failures and past-limit records
 * reported as one error of the file.
 */
class RecordReaderTest {

    private static final String AMOUNT = "5000000000";
    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());

    @TempDir
    Path dir;

    private static String csvRow(String... cells) {
        return String.join(",", cells) + "\n";
    }

    private static String jsonRow(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell + "\"");
        }
        return "[" + String.join(",", quoted) + "]\n";
    }

    /** The same rows as CSV and as JSON lines: one good, an unknown sector, a missing title, a blank line, a bad amount. */
    private static final String[][] ROWS = {
        {"AFZ-TOU-001", "هتل ساحلی", "TOURISM", AMOUNT, "IRR", "AFZO"},
        {"AFZ-TOU-002", "هتل دوم", "NOPE", AMOUNT, "IRR", "AFZO"},
        {"AFZ-TOU-003", "", "TOURISM", AMOUNT, "IRR", "AFZO"},
        {},
        {"AFZ-TOU-004", "هتل چهارم", "TOURISM", "abc", "IRR", "AFZO"},
    };

    private Path csv() throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String[] row : ROWS) {
            text.append(row.length == 0 ? "\n" : csvRow(row));
        }
        return CsvFiles.write(dir, "opportunities.csv", text.toString());
    }

    private String jsonLines() {
        StringBuilder text = new StringBuilder(jsonRow(HEADER.split(",")));
        for (String[] row : ROWS) {
            text.append(row.length == 0 ? "\n" : jsonRow(row));
        }
        return text.toString();
    }

    private Path json(String text) throws Exception {
        return CsvFiles.write(dir, "opportunities.jsonl", text);
    }

    private static CatalogImporter importer(int threads) {
        return CatalogImporter.builder().reader(new JsonLinesReader()).parallelism(threads).build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void a_third_format_is_read_down_the_same_path_as_csv_and_its_report_has_the_same_shape(int threads)
            throws Exception {
        ImportReport fromCsv = checked(importer(threads).validate(csv(), Kind.OPPORTUNITIES));
        ImportReport fromJson = checked(importer(threads).validate(json(jsonLines()), Kind.OPPORTUNITIES));

        assertThat(fromJson.errors()).isNotEmpty().isEqualTo(fromCsv.errors());
        assertThat(fromJson.warnings()).isEqualTo(fromCsv.warnings());
        assertThat(fromJson.errors()).extracting(Problem::line, Problem::code)
                .containsExactly(
                        tuple(3L, ErrorCode.UNKNOWN_CODE),
                        tuple(4L, ErrorCode.REQUIRED),
                        tuple(6L, ErrorCode.TYPE_ERROR));
        assertThat(List.of(fromJson.rowsRead(), fromJson.accepted(), fromJson.rejected(), fromJson.skipped()))
                .isEqualTo(List.of(fromCsv.rowsRead(), fromCsv.accepted(), fromCsv.rejected(), fromCsv.skipped()))
                .isEqualTo(List.of(5L, 1L, 3L, 1L));
        assertThat(fromJson.columns()).isEqualTo(fromCsv.columns());
        assertThat(fromJson.sheet()).isNull();
        assertThat(fromJson.encoding()).isNull();
    }

    @Test
    void a_stream_of_a_third_format_is_told_by_its_content_and_read_whatever_its_name() throws Exception {
        byte[] bytes = (jsonRow(HEADER.split(",")) + jsonRow(ROWS[0])).getBytes(StandardCharsets.UTF_8);
        List<Opportunity> accepted = new ArrayList<>();
        CatalogImporter importer = CatalogImporter.builder().reader(new JsonLinesReader()).temporaryDirectory(dir)
                .build();
        ImportReport report = checked(importer.forEachOpportunity(
                ImportSource.of(new ByteArrayInputStream(bytes), "upload.csv"), EMPTY, accepted::add));

        assertThat(report.encoding()).isNull();
        assertThat(report.errors()).isEmpty();
        assertThat(accepted).extracting(o -> o.id().value()).containsExactly("AFZ-TOU-001");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void typed_cells_of_a_third_format_are_taken_as_typed() throws Exception {
        String text = jsonRow(HEADER.split(","))
                + "[\"AFZ-TOU-001\",\"هتل\",\"TOURISM\"," + AMOUNT + ",\"IRR\",\"AFZO\"]\n"
                + "[\"AFZ-TOU-002\",\"هتل\",\"TOURISM\",true,\"IRR\",\"AFZO\"]\n";
        ImportReport report = checked(importer(1).validate(json(text), Kind.OPPORTUNITIES));

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3L);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.message()).contains("TRUE");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void a_reader_failure_is_one_file_error_after_the_rows_before_it_in_words_a_clerk_can_act_on(int threads)
            throws Exception {
        String text = jsonRow(HEADER.split(","))
                + jsonRow(ROWS[0])
                + "{\"id\": 1}\n"
                + jsonRow(ROWS[0]);
        List<Opportunity> accepted = new ArrayList<>();
        ImportReport report = checked(CatalogImporter.builder().reader(new JsonLinesReader()).parallelism(threads)
                .mode(ImportMode.SKIP_INVALID).build().forEachOpportunity(ImportSource.of(json(text)),
                EMPTY, accepted::add));

        assertThat(accepted).hasSize(1);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
            assertThat(p.line()).isEqualTo(3L);
            assertThat(p.message()).isEqualTo("The file cannot be read: line 3 is not a list. Save it again from"
                    + " the program that made it, or as CSV UTF-8.");
        });
    }

    @Test
    void a_third_format_that_cannot_be_read_is_an_unreadable_file_not_a_workbook_in_persian_too() throws Exception {
        String text = jsonRow(HEADER.split(",")) + "{\"id\": 1}\n";
        ImportReport report = checked(CatalogImporter.builder().reader(new JsonLinesReader()).persian().build()
                .validate(json(text), Kind.OPPORTUNITIES));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
            assertThat(p.code().code()).isEqualTo("unreadable-file");
            assertThat(p.message()).startsWith("پرونده خواندنی نیست: line 2 is not a list.")
                    .doesNotContain("کارپوشه");
        });
    }

    @Test
    void a_record_past_the_column_limit_is_stopped_by_the_importer_whatever_the_reader_does() throws Exception {
        StringBuilder wide = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            wide.append(i == 0 ? "" : ",").append("\"x\"");
        }
        String text = jsonRow(HEADER.split(",")) + jsonRow(ROWS[0]) + wide + "]\n";
        ImportReport report = checked(CatalogImporter.builder().reader(new JsonLinesReader())
                .limits(new Limits(Limits.DEFAULT.maxCellChars(), 10, Limits.DEFAULT.maxRecordChars()))
                .build().validate(json(text), Kind.OPPORTUNITIES));

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
            assertThat(p.line()).isEqualTo(3L);
            assertThat(p.message()).contains("20").contains("10");
        });
    }

    @Test
    void a_cell_past_the_cell_limit_is_stopped_by_the_importer_naming_the_cell() throws Exception {
        String text = jsonRow(HEADER.split(",")) + jsonRow("AFZ-TOU-001", "x".repeat(50), "TOURISM", AMOUNT,
                "IRR", "AFZO");
        ImportReport report = checked(CatalogImporter.builder().reader(new JsonLinesReader())
                .limits(new Limits(40, Limits.DEFAULT.maxColumns(), Limits.DEFAULT.maxRecordChars()))
                .build().validate(json(text), Kind.OPPORTUNITIES));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
            assertThat(p.message()).contains("B2").contains("40");
        });
    }

    @Test
    void a_csv_file_no_reader_claims_is_still_read_as_csv() throws Exception {
        ImportReport report = checked(importer(1).validate(csv(), Kind.OPPORTUNITIES));

        assertThat(report.encoding()).isEqualTo("UTF-8");
        assertThat(report.delimiter()).isEqualTo(",");
    }

    @Test
    void the_installed_readers_are_looked_up_once() {
        assertThat(Readers.installed()).isSameAs(Readers.installed());
    }
}
