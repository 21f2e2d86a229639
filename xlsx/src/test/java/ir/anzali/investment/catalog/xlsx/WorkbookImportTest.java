package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.xlsx.internal.XlsxReader;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks written by LibreOffice Calc, not by the library (see {@code make-workbooks.py} beside
 * them): read down the same path as CSV files, with typed cells and the sheet and cell of every
 * problem.
 */
class WorkbookImportTest {

    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(WorkbookImportTest.class.getResource(name).toURI());
    }

    static Path examples(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples").resolve(name))) {
                return p.resolve("examples").resolve(name);
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    static Catalog examplesFromCsv(CatalogImporter importer) throws Exception {
        return importer.importInto(EMPTY, examples("opportunities.csv"), examples("incentives.csv")).catalog();
    }

    /** A workbook of one opportunity whose investment header names a unit, the investment a typed number or text. */
    private Path headed(String investmentHeader, Object investment) throws Exception {
        return workbook(new String[] {"شناسه", "عنوان", "بخش", investmentHeader, "دستگاه مسئول"},
                new Object[] {"AFZ-1", "هتل", "TOURISM", investment, "AFZO"});
    }

    /** A workbook of one opportunities sheet: a header row and one row, each cell a typed number or text. */
    private Path workbook(String[] header, Object[] row) throws Exception {
        Path file = dir.resolve("headed.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
                if (row[c] instanceof Number n) {
                    ws.value(1, c, n);
                } else {
                    ws.value(1, c, (String) row[c]);
                }
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void a_workbook_text_cell_with_a_yeh_lost_to_a_question_mark_is_lost_letters_naming_the_cell() throws Exception {
        Path file = workbook(new String[] {"شناسه", "عنوان", "بخش", "مبلغ سرمایه‌گذاری", "واحد پول", "دستگاه مسئول", "خلاصه"},
                new Object[] {"AFZ-1", "هتل", "TOURISM", 5_000_000_000L, "IRR", "AFZO", "ب?مه و خدمات بندری"});
        ImportReport report = Reports.checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code, Problem::column, Problem::cell, Problem::value)
                .containsExactly(tuple(ErrorCode.LOST_LETTERS, "summary_fa", "G2", "ب?مه و خدمات بندری"));
        assertThat(report.errors().get(0).message()).contains("\"ب?مه و خدمات بندری\"", "CSV UTF-8");
        assertThat(report.accepted()).isZero();
    }

    @Test
    void a_unit_in_a_workbook_header_applies_to_its_typed_numbers() throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = Reports.checked(importer.forEachOpportunity(headed("Investment (USD million)", 40),
                EMPTY, out::add));
        assertThat(report.errors()).isEmpty();
        assertThat(out).singleElement().satisfies(o -> assertThat(o.investment().first())
                .isEqualTo(Money.of(new BigDecimal("40000000"), "USD")));

        out.clear();
        Reports.checked(importer.forEachOpportunity(headed("مبلغ سرمایه‌گذاری، میلیارد ریال", 2.5), EMPTY, out::add));
        assertThat(out).singleElement().satisfies(o -> assertThat(o.investment().first())
                .isEqualTo(Money.of(new BigDecimal("2500000000"), "IRR")));
    }

    @Test
    void a_workbook_cells_own_unit_at_odds_with_the_header_is_cross_field_naming_the_cell() throws Exception {
        ImportReport report = Reports.checked(importer.validate(headed("Investment (USD million)", "40 EUR"),
                Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code, Problem::column, Problem::cell, Problem::value)
                .containsExactly(tuple(ErrorCode.CROSS_FIELD, "investment", "D2", "40 EUR"));
        assertThat(report.errors().get(0).message()).contains("\"Investment (USD million)\"");
    }

    @Test
    void a_calc_workbook_of_the_examples_imports_as_the_csv_files_do() throws Exception {
        CatalogImport fromBook = importer.importInto(EMPTY, resource("examples.xlsx"), null);
        assertThat(fromBook.reports()).extracting(ImportReport::sheet, ImportReport::accepted, ImportReport::valid)
                .containsExactly(tuple("مشوق‌ها", 8L, true), tuple("فرصت‌ها", 15L, true));
        assertThat(fromBook.catalog()).isEqualTo(examplesFromCsv(importer));
    }

    @Test
    void a_callers_executor_also_inflates_the_sheets_ahead_and_the_import_is_that_of_one_thread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Runnable> given = Collections.synchronizedList(new ArrayList<>());
            Executor watched = task -> {
                given.add(task);
                pool.execute(task);
            };
            CatalogImport onPool = CatalogImporter.builder().parallelism(2).executor(watched).build()
                    .importInto(EMPTY, resource("examples.xlsx"), null);
            CatalogImport alone = importer.importInto(EMPTY, resource("examples.xlsx"), null);
            assertThat(onPool.reports()).isEqualTo(alone.reports());
            assertThat(onPool.catalog()).isEqualTo(alone.catalog());
            // The batches are the pipeline's own tasks; a plain FutureTask is a chunk of a sheet read ahead.
            assertThat(given).anyMatch(task -> task.getClass() == FutureTask.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_workbook_holding_both_sheets_validates_its_references_without_importing() throws Exception {
        var reports = importer.validateImport(EMPTY, ImportSource.of(resource("examples.xlsx")), null);
        assertThat(reports).extracting(ImportReport::sheet, ImportReport::valid)
                .containsExactly(tuple("مشوق‌ها", true), tuple("فرصت‌ها", true));
        reports.forEach(Reports::checked);
        assertThat(reports).isEqualTo(importer.importInto(EMPTY, resource("examples.xlsx"), null).reports());
    }

    @Test
    void an_incentives_sheet_of_a_workbook_given_with_an_incentives_file_is_not_read_and_warned_about() throws Exception {
        CatalogImport result = importer.importInto(EMPTY, resource("examples.xlsx"), examples("incentives.csv"));
        assertThat(result.reports()).extracting(ImportReport::file, ImportReport::sheet)
                .containsExactly(tuple("incentives.csv", null), tuple("examples.xlsx", "فرصت‌ها"));
        assertThat(result.reports().get(1).warnings()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.IGNORED_SHEET);
            assertThat(p.value()).isEqualTo("مشوق‌ها");
            assertThat(p.message()).contains("\"مشوق‌ها\", which was not read").contains("from incentives.csv alone");
        });
        assertThat(result.valid()).isTrue();
        assertThat(importer.validateImport(EMPTY, ImportSource.of(resource("examples.xlsx")),
                ImportSource.of(examples("incentives.csv")))).isEqualTo(result.reports());
        ImportReport streamed = importer.streamOpportunities(ImportSource.of(resource("examples.xlsx")), EMPTY,
                List.of(result.reports().get(0)), id -> Optional.empty(), o -> { });
        assertThat(streamed.warnings()).isEqualTo(result.reports().get(1).warnings());
        assertThat(importer.importInto(EMPTY, resource("examples.xlsx"), null).reports().get(1).warnings())
                .as("without an incentives file the sheet is read").extracting(Problem::code)
                .doesNotContain(ErrorCode.IGNORED_SHEET);
    }

    @Test
    void a_workbook_given_with_an_incentives_file_is_opened_once_to_read_its_rows_and_tell_its_ignored_sheet()
            throws Exception {
        RecordReader xlsx = new XlsxReader();
        int[] opened = {0};
        RecordReader counting = new RecordReader() {
            @Override
            public boolean reads(byte[] head, int length) {
                return xlsx.reads(head, length);
            }

            @Override
            public RecordReader.Document open(Path file, Limits limits, Path temporary)
                    throws RecordException, IOException {
                opened[0]++;
                return xlsx.open(file, limits, temporary);
            }
        };
        CatalogImporter counted = CatalogImporter.builder().reader(counting).build();

        CatalogImport result = counted.importInto(EMPTY, resource("examples.xlsx"), examples("incentives.csv"));

        assertThat(result.reports().get(1).warnings()).extracting(Problem::code).contains(ErrorCode.IGNORED_SHEET);
        assertThat(opened[0]).isEqualTo(1);
    }

    /** A workbook with a sheet of text cells per name. */
    private static Path sheets(Path file, Map<String, String[][]> sheets) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.forEach((name, rows) -> {
                Worksheet ws = wb.newWorksheet(name);
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < rows[r].length; c++) {
                        ws.value(r, c, rows[r][c]);
                    }
                }
            });
            wb.finish();
        }
        return file;
    }

    @Test
    void a_reference_to_an_incentive_its_sheet_rejected_names_the_sheet_and_row() throws Exception {
        Path file = sheets(dir.resolve("both.xlsx"), Map.of(
                "Incentives", new String[][] {{"id", "type", "title_fa", "authority"},
                        {"INC-A", "VAT_EXEMPTION", "معافیت", "NOBODY"}},
                "Opportunities", new String[][] {{"id", "title_fa", "sector", "investment", "currency", "lead_agency",
                        "incentives"}, {"AFZ-1", "هتل", "TOURISM", "5000000000", "IRR", "AFZO", "INC-A"}}));
        CatalogImport result = importer.importInto(EMPTY, file, null);
        assertThat(result.reports().get(1).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
            assertThat(p.message()).contains("INC-A was rejected").contains("row 2 of the sheet Incentives of both.xlsx");
        });
    }

    @Test
    void typed_cells_that_hold_no_value_of_the_column_are_named_by_sheet_and_cell() throws Exception {
        ImportReport report = Reports.checked(importer.validate(resource("problems.xlsx"), Kind.OPPORTUNITIES));
        assertThat(report.sheet()).isEqualTo("opportunities");
        assertThat(report.errors()).extracting(Problem::cell, Problem::column, Problem::value, Problem::code)
                .containsExactly(
                        tuple("D3", "investment", "#N/A", ErrorCode.TYPE_ERROR),
                        tuple("G4", "direct_jobs", "TRUE", ErrorCode.TYPE_ERROR),
                        tuple("H5", "published_on", "46000", ErrorCode.TYPE_ERROR),
                        tuple("G6", "direct_jobs", "7.5", ErrorCode.TYPE_ERROR));
        assertThat(report.errors()).extracting(Problem::sheet).containsOnly("opportunities");
        assertThat(report.errors()).extracting(Problem::line, Problem::row)
                .containsExactly(tuple(3L, 2L), tuple(4L, 3L), tuple(5L, 4L), tuple(6L, 5L));
        assertThat(report.errors().get(0).message()).contains("Excel error #N/A");
        assertThat(report.errors().get(1).message()).contains("TRUE, a yes/no value");
        assertThat(report.errors().get(2).message()).contains("not a date");
        assertThat(report.accepted()).as("the text formula with its unit, and the good row").isEqualTo(2);
    }

    @Test
    void an_upload_is_a_workbook_by_its_bytes_whatever_its_name() throws Exception {
        ImportReport report = importer.validate(ImportSource.of(Files.newInputStream(resource("examples.xlsx")), "upload.bin"),
                Kind.INCENTIVES);
        assertThat(Reports.checked(report).file()).isEqualTo("upload.bin");
        assertThat(report.sheet()).isEqualTo("مشوق‌ها");
        assertThat(report.accepted()).isEqualTo(8);
    }

    @Test
    void a_workbook_without_a_sheet_of_the_kind_is_refused_with_what_to_name_it() throws Exception {
        ImportReport report = Reports.checked(importer.validate(resource("problems.xlsx"), Kind.INCENTIVES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
            assertThat(p.message()).contains("\"incentives\"").contains("مشوق‌ها");
        });
    }

    @Test
    void persian_messages_name_the_cell_too() throws Exception {
        ImportReport report = CatalogImporter.builder().persian().build().validate(resource("problems.xlsx"),
                Kind.OPPORTUNITIES);
        assertThat(report.errors().get(0).message()).contains("#N/A").contains("اکسل");
        assertThat(report.errors().get(0).cell()).isEqualTo("D3");
    }
}
