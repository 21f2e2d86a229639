package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made by LibreOffice Calc during the build, from the sources beside the test workbooks:
 * what the library reads from them must be what it reads from the same data as CSV, and what Calc
 * writes in formats the library does not read must be refused with one file-level error naming the
 * format. Needs {@code soffice} (Debian's {@code libreoffice-calc-nogui}, which CI installs); without
 * it the test is skipped and says why, except in CI, where it fails.
 */
class LibreOfficeCorpusTest {

    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());

    @TempDir
    static Path dir;

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @BeforeAll
    static void convert() throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("soffice is not on the PATH: CI must install libreoffice-calc-nogui");
        }
        Assumptions.assumeTrue(soffice.isPresent(), "soffice is not on the PATH: LibreOffice workbooks not made");
        for (String name : List.of("typed-jalali.csv", "as-text.csv")) {
            Files.copy(source("libreoffice/" + name), dir.resolve(name));
        }
        Files.copy(source("examples.fods"), dir.resolve("examples.fods"));
        Files.copy(source("problems.fods"), dir.resolve("problems.fods"));
        // Comma-separated, double quotes, UTF-8 (76), from line 1, in the Persian (Iran) locale (1065),
        // which takes 1405/09/06 for a date as a clerk's Calc does.
        String csvFilter = "CSV:44,34,76,1,,1065";
        calc(soffice.get(), "xlsx", csvFilter, "typed-jalali.csv");
        calc(soffice.get(), "xlsx", null, "examples.fods", "problems.fods");
        calc(soffice.get(), "xls", null, "examples.fods");
        calc(soffice.get(), "ods", null, "examples.fods");
    }

    @Test
    void calc_workbook_of_the_examples_imports_as_the_csv_files_do() throws Exception {
        CatalogImport fromBook = importer.importInto(EMPTY, dir.resolve("examples.xlsx"), null);
        assertThat(fromBook.reports()).extracting(ImportReport::sheet, ImportReport::accepted, ImportReport::valid)
                .containsExactly(tuple("مشوق‌ها", 8L, true), tuple("فرصت‌ها", 15L, true));
        assertThat(fromBook.catalog()).isEqualTo(WorkbookImportTest.examplesFromCsv(importer));
    }

    @Test
    void calc_workbook_of_problems_names_each_faulty_cell() throws Exception {
        ImportReport report = Reports.checked(importer.validate(dir.resolve("problems.xlsx"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::cell, Problem::column, Problem::code)
                .containsExactly(
                        tuple("D3", "investment", ErrorCode.TYPE_ERROR),
                        tuple("G4", "direct_jobs", ErrorCode.TYPE_ERROR),
                        tuple("H5", "published_on", ErrorCode.TYPE_ERROR),
                        tuple("G6", "direct_jobs", ErrorCode.TYPE_ERROR));
    }

    @Test
    void solar_hijri_dates_typed_into_calc_read_as_the_days_typed() throws Exception {
        CatalogImport typed = importer.importInto(EMPTY, dir.resolve("typed-jalali.xlsx"), null);
        CatalogImport text = importer.importInto(EMPTY, dir.resolve("as-text.csv"), null);
        ImportReport report = Reports.checked(typed.reports().get(0));
        assertThat(report.errors()).isEmpty();
        assertThat(typed.catalog()).isEqualTo(text.catalog());
        assertThat(text.catalog().opportunities()).hasSize(3);
        // 1405/09/06, 1406/03/31, 1405/12/29 and 1405/07/01 are real Gregorian days and became date cells,
        // each read with a warning; 1405/02/31 is not, and stayed text; the ISO date is a real Gregorian date.
        assertThat(report.warnings()).filteredOn(p -> p.column().equals("published_on") || p.column().equals("deadline"))
                .extracting(Problem::cell, Problem::code)
                .containsExactlyInAnyOrder(tuple("H2", ErrorCode.JALALI_DATE_CELL), tuple("I2", ErrorCode.JALALI_DATE_CELL),
                        tuple("I3", ErrorCode.JALALI_DATE_CELL), tuple("I4", ErrorCode.JALALI_DATE_CELL));
    }

    @Test
    void calc_xls_workbook_is_refused_with_what_to_save_it_as() throws Exception {
        ImportReport report = Reports.checked(importer.validate(dir.resolve("examples.xls"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isNull();
            assertThat(p.message()).contains("97").contains(".xlsx");
        });
        assertThat(report.rowsRead()).isZero();
    }

    @Test
    void calc_ods_sheet_is_refused_with_what_to_save_it_as() throws Exception {
        ImportReport report = Reports.checked(importer.validate(dir.resolve("examples.ods"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isNull();
            assertThat(p.message()).contains("OpenDocument").contains(".xlsx");
        });
        assertThat(report.rowsRead()).isZero();
    }

    private static Path source(String name) throws Exception {
        return Path.of(LibreOfficeCorpusTest.class.getResource(name).toURI());
    }

    private static Optional<Path> soffice() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Converts files in {@link #dir} with a LibreOffice profile of its own, so that no other instance interferes. */
    private static void calc(Path soffice, String format, String filter, String... files)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore"));
        if (filter != null) {
            command.add("--infilter=" + filter);
        }
        command.addAll(List.of("--convert-to", format, "--outdir", dir.toString()));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        // Not a timing assertion: a LibreOffice that hangs must not hold the build forever.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("soffice did not finish: " + Files.readString(dir.resolve("soffice.log")));
        }
        for (String file : files) {
            String made = file.substring(0, file.lastIndexOf('.') + 1) + format;
            assertThat(dir.resolve(made)).as(Files.readString(dir.resolve("soffice.log"))).isRegularFile();
        }
    }
}
