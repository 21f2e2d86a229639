package ir.anzali.investment.catalog.csv.read;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Examples;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogImporterTest {

    @TempDir
    Path dir;

    private final CatalogImporter importer = CatalogImporter.builder().build();

    private ImportReport validate(String content) throws Exception {
        return checked(importer.validate(write(dir, "opportunities.csv", content), Kind.OPPORTUNITIES));
    }

    private static List<Opportunity> read(CatalogImporter importer, Path file) throws Exception {
        List<Opportunity> out = new ArrayList<>();
        checked(importer.forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()), out::add));
        return out;
    }

    @Test
    void reads_a_persian_file_as_staff_save_it() throws Exception {
        String content = "شناسه;عنوان;بخش;زیربخش;مبلغ سرمایه‌گذاری;دستگاه مسئول;اشتغال مستقیم;اشتغال جوانان;تاریخ انتشار;وضعیت\r\n"
                + "afz-tou-001;هتل ساحلي;گردشگری;اقامتی;۲۵۰ میلیارد تومان;سازمان منطقه آزاد انزلی;۱۸۰;۱۱۰;۱۴۰۵/۰۹/۰۶;باز\r\n";
        List<Opportunity> rows = read(importer, write(dir, "fa.csv", content));
        assertThat(rows).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(OpportunityId.of("AFZ-TOU-001"));
            assertThat(o.title().fa()).isEqualTo("هتل ساحلی");
            assertThat(o.subsector().code()).isEqualTo("ACCOMMODATION");
            assertThat(o.investment()).isEqualTo(Money.of(new BigDecimal("2500000000000"), Money.IRR));
            assertThat(o.directJobs()).isEqualTo(180);
            assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(o.status()).isEqualTo(Status.OPEN);
        });
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of(StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of(StandardCharsets.UTF_8, true, "UTF-8"),
                Arguments.of(StandardCharsets.UTF_16LE, true, "UTF-16LE"),
                Arguments.of(StandardCharsets.UTF_16BE, true, "UTF-16BE"),
                Arguments.of(Charset.forName("windows-1256"), false, "windows-1256"));
    }

    @ParameterizedTest(name = "{2} bom={1}")
    @MethodSource("encodings")
    void every_encoding_imports_with_equal_results(Charset charset, boolean bom, String detected) throws Exception {
        String content = "id,title_fa,sector,investment,currency,lead_agency,tags\r\n"
                + "AFZ-TOU-001,هتل ساحلی کیش,TOURISM,250 میلیارد,ریال,AFZO,ساحلی;گردشگری\r\n";
        // windows-1256 has no Persian yeh: Excel writes the Arabic yeh, which normalization maps back.
        String body = charset.name().equals("windows-1256") ? content.replace('ی', 'ي') : content;
        Path file = write(dir, "enc.csv", body, charset, bom);
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.encoding()).isEqualTo(detected);
        assertThat(report.columns()).first().isEqualTo("id");
        List<Opportunity> rows = read(importer, file);
        List<Opportunity> reference = read(importer, write(dir, "ref.csv", content));
        assertThat(rows).isEqualTo(reference).hasSize(1);
    }

    @Test
    void an_explicit_encoding_overrides_detection() throws Exception {
        Path file = write(dir, "x.csv", HEADER + "\nAFZ-1,عنوان,TOURISM,5,IRR,AFZO\n", Charset.forName("windows-1256"),
                false);
        CatalogImporter wrong = CatalogImporter.builder().encoding(StandardCharsets.UTF_8).build();
        ImportReport report = checked(wrong.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code).extracting(c -> c.code()).containsExactly("encoding-error");
        assertThat(report.errors().get(0).line()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("delimiters")
    void every_delimiter_is_detected(String delimiter) throws Exception {
        String content = String.join(delimiter, "id", "title_fa", "sector", "investment", "currency", "lead_agency")
                + "\n" + String.join(delimiter, "AFZ-001", "هتل", "TOURISM", "\"1,200,000,000\"", "IRR", "AFZO") + "\n";
        ImportReport report = validate(content);
        assertThat(report.delimiter()).isEqualTo(delimiter);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(read(importer, dir.resolve("opportunities.csv")).get(0).investment().amount())
                .isEqualByComparingTo("1200000000");
    }

    static Stream<String> delimiters() {
        return Stream.of(",", ";", "\t", "\u061B");
    }

    @Test
    void a_multi_line_cell_leaves_later_line_numbers_right() throws Exception {
        String content = "id,title_fa,summary_fa,sector,investment,currency,lead_agency\r\n"
                + "AFZ-001,هتل,\"سطر اول\r\nسطر دوم\nسطر سوم\",TOURISM,5,IRR,AFZO\r\n"
                + "AFZ-002,اسکله,,TOURISM,-5,IRR,AFZO\r\n";
        ImportReport report = validate(content);
        assertThat(report.errors()).extracting(Problem::line, Problem::row, Problem::column)
                .containsExactly(tuple(5L, 2L, "investment"));
    }

    @Test
    void blank_rows_are_skipped_and_counted() throws Exception {
        ImportReport report = validate("\n\n" + HEADER + "\nAFZ-001,هتل,TOURISM,5,IRR,AFZO\n,,,,,\n \t,\u00A0,,,,\n");
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rowsRead()).isEqualTo(3);
    }

    @Test
    void unknown_columns_are_warnings_and_ignored() throws Exception {
        ImportReport report = validate("id,title_fa,notes,sector,investment,currency,lead_agency\n"
                + "AFZ-001,هتل,whatever,TOURISM,5,IRR,AFZO\n");
        assertThat(report.valid()).isTrue();
        assertThat(report.warnings()).extracting(Problem::line, Problem::column, p -> p.code().code())
                .containsExactly(tuple(1L, "notes", "unknown-column"));
    }

    @Test
    void header_names_match_in_any_case_spacing_and_language() throws Exception {
        ImportReport report = validate(" ID ,Title-FA,  SECTOR,investment,واحد پول,Lead Agency\n"
                + "AFZ-001,هتل,TOURISM,5,IRR,AFZO\n");
        assertThat(report.columns()).containsExactly("id", "title_fa", "sector", "investment", "currency",
                "lead_agency");
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void a_stream_is_read_once_with_detection() throws Exception {
        byte[] bytes = (HEADER + "\nAFZ-001,هتل,TOURISM,5,IRR,AFZO\n").getBytes(Charset.forName("windows-1256"));
        ImportReport report = checked(importer.validate(new ByteArrayInputStream(bytes), "upload.csv",
                Kind.OPPORTUNITIES));
        assertThat(report.file()).isEqualTo("upload.csv");
        assertThat(report.encoding()).isEqualTo("windows-1256");
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void the_error_limit_counts_but_does_not_list() throws Exception {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 30; i++) {
            content.append("AFZ-").append(100 + i).append(",هتل,TOURISM,-5,IRR,AFZO\n");
        }
        ImportReport report = checked(CatalogImporter.builder().errorLimit(10).build()
                .validate(write(dir, "many.csv", content.toString()), Kind.OPPORTUNITIES));
        assertThat(report.errors()).hasSize(10);
        assertThat(report.errorCount()).isEqualTo(30);
        assertThat(report.rejected()).isEqualTo(30);
    }

    @Test
    void persian_messages_are_given_when_asked() throws Exception {
        ImportReport report = checked(CatalogImporter.builder().persian().build()
                .validate(write(dir, "p.csv", HEADER + "\nAFZ-001,هتل,TURISM,5,IRR,AFZO\n"), Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("unknown-code");
            assertThat(p.message()).contains("«TURISM»").contains("TOURISM");
        });
    }

    @Test
    void one_importer_serves_several_threads_with_the_same_reports() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            StringBuilder content = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < 200; i++) {
                content.append("AFZ-").append(1000 + i).append(",هتل,TOURISM,").append(i % 7 == f ? "-5" : "5")
                        .append(",IRR,AFZO\n");
            }
            files.add(write(dir, "f" + f + ".csv", content.toString()));
        }
        List<ImportReport> sequential = new ArrayList<>();
        for (Path f : files) {
            sequential.add(importer.validate(f, Kind.OPPORTUNITIES));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ImportReport>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> importer.validate(f, Kind.OPPORTUNITIES)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void progress_is_reported_with_rows_and_bytes() throws Exception {
        List<long[]> seen = new ArrayList<>();
        CatalogImporter withProgress = CatalogImporter.builder()
                .progress((file, rows, bytes, total) -> seen.add(new long[] {rows, bytes, total})).build();
        Path file = write(dir, "p.csv", HEADER + "\nAFZ-001,هتل,TOURISM,5,IRR,AFZO\n");
        withProgress.validate(file, Kind.OPPORTUNITIES);
        assertThat(seen).isNotEmpty();
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[0]).isEqualTo(1);
        assertThat(last[1]).isEqualTo(java.nio.file.Files.size(file));
        assertThat(last[2]).isEqualTo(java.nio.file.Files.size(file));
    }

    @Test
    void uploads_import_as_their_files_do() throws Exception {
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        CatalogImport fromFiles = importer.importInto(empty, Examples.opportunities(), Examples.incentives());
        CatalogImport fromUploads = importer.importInto(empty,
                ImportSource.of(Files.newInputStream(Examples.opportunities()), "opportunities.csv"),
                ImportSource.of(Files.newInputStream(Examples.incentives()), "incentives.csv"));
        assertThat(fromUploads.catalog()).isEqualTo(fromFiles.catalog());
        assertThat(fromUploads.reports()).isEqualTo(fromFiles.reports());
        assertThat(fromUploads.catalog().opportunities()).hasSize(15);
    }

    @Test
    void validating_an_import_gives_the_reports_of_the_import_and_imports_nothing() throws Exception {
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        List<ImportReport> reports = importer.validateImport(empty, ImportSource.of(Examples.opportunities()),
                ImportSource.of(Examples.incentives()));
        reports.forEach(r -> checked(r));
        assertThat(reports).isEqualTo(importer.importInto(empty, Examples.opportunities(), Examples.incentives())
                .reports());
        assertThat(importer.validateImport(empty, ImportSource.of(Examples.opportunities()), null))
                .singleElement().satisfies(r -> assertThat(r.errors()).extracting(Problem::code)
                        .containsOnly(ir.anzali.investment.catalog.csv.report.ErrorCode.UNKNOWN_REFERENCE));
    }

    @Test
    void a_streamed_upload_in_all_or_nothing_is_handed_out_only_when_valid_and_its_copy_is_removed()
            throws Exception {
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        List<Path> before = spooled();
        String valid = HEADER + "\nAFZ-TOU-001,هتل,TOURISM,5,IRR,AFZO\nAFZ-TOU-002,اسکله,TOURISM,7,IRR,AFZO\n";
        List<Opportunity> got = new ArrayList<>();
        ImportReport ok = importer.forEachOpportunity(ImportSource.of(stream(valid), "upload.csv"), empty, got::add);
        assertThat(checked(ok).file()).isEqualTo("upload.csv");
        assertThat(got).extracting(o -> o.id().value()).containsExactly("AFZ-TOU-001", "AFZ-TOU-002");

        got.clear();
        String broken = valid + "AFZ-TOU-003,بد,TURISM,5,IRR,AFZO\n";
        ImportReport bad = importer.forEachOpportunity(ImportSource.of(stream(broken), "upload.csv"), empty, got::add);
        assertThat(checked(bad).errors()).extracting(Problem::line, Problem::column).containsExactly(tuple(4L, "sector"));
        assertThat(got).isEmpty();
        assertThat(spooled()).isEqualTo(before);
    }

    @Test
    void an_upload_is_read_once() throws Exception {
        ImportSource upload = ImportSource.of(stream(HEADER + "\nAFZ-TOU-001,هتل,TOURISM,5,IRR,AFZO\n"), "upload.csv");
        assertThat(checked(importer.validate(upload, Kind.OPPORTUNITIES)).accepted()).isEqualTo(1);
        assertThatThrownBy(() -> importer.validate(upload, Kind.OPPORTUNITIES))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("upload.csv can be read only once");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The importer's temporary copies of uploads in the temporary folder. */
    private static List<Path> spooled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("catalog-upload-")).sorted().toList();
        }
    }

    private static CatalogImporter limitedTo(CatalogLimits limits) {
        return CatalogImporter.builder().mode(ImportMode.SKIP_INVALID).catalogLimits(limits).build();
    }

    @Test
    void an_import_past_the_opportunity_limit_stops_with_one_file_error_and_imports_nothing() throws Exception {
        CatalogImporter limited = limitedTo(CatalogLimits.DEFAULT.withMaxOpportunities(2));
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        CatalogImport result = limited.importInto(empty, Examples.opportunities(), Examples.incentives());
        assertThat(result.imported()).isFalse();
        assertThat(result.catalog()).isSameAs(empty);
        assertThat(result.reports().get(0).valid()).isTrue();
        ImportReport opportunities = result.reports().get(1);
        assertThat(opportunities.rowsRead()).isEqualTo(2);
        assertThat(opportunities.errors()).extracting(Problem::line, Problem::code, Problem::message).containsExactly(
                tuple(4L, ErrorCode.FILE_TOO_LARGE, "The file holds more than 2 opportunities, the most an import into "
                        + "a catalog takes in; the import stopped at line 4 and imported nothing. Split the file into "
                        + "files of at most 2 rows, or raise the limit: the importer's catalogLimits option, or for "
                        + "the catalog command a larger heap (JAVA_OPTS=-Xmx…)."));
        assertThat(opportunities.stoppedByFileError()).isTrue();
        assertThat(limited.validateImport(empty, ImportSource.of(Examples.opportunities()),
                ImportSource.of(Examples.incentives()))).isEqualTo(result.reports());
    }

    @Test
    void validating_and_streaming_hold_no_row_and_are_not_limited() throws Exception {
        CatalogImporter limited = limitedTo(new CatalogLimits(1, 1, 1));
        Catalog withIncentives = limited.importInto(Catalog.empty(ReferenceData.defaults()), null,
                Examples.incentives()).catalog();
        assertThat(withIncentives.incentives()).isEmpty();
        Catalog incentives = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()), null,
                Examples.incentives()).catalog();
        ImportReport validated = limited.validate(Examples.opportunities(), Kind.OPPORTUNITIES, incentives);
        assertThat(validated.accepted()).isEqualTo(15);
        List<Opportunity> streamed = new ArrayList<>();
        limited.forEachOpportunity(Examples.opportunities(), incentives, streamed::add);
        assertThat(streamed).hasSize(15);
    }

    @Test
    void an_import_past_the_incentive_limit_stops_with_one_file_error_and_imports_nothing() throws Exception {
        CatalogImporter limited = limitedTo(CatalogLimits.DEFAULT.withMaxIncentives(3));
        CatalogImport result = limited.importInto(Catalog.empty(ReferenceData.defaults()), null, Examples.incentives());
        assertThat(result.imported()).isFalse();
        assertThat(result.reports()).singleElement().satisfies(r -> {
            assertThat(r.rowsRead()).isEqualTo(3);
            assertThat(r.errors()).extracting(Problem::line, Problem::code).containsExactly(
                    tuple(5L, ErrorCode.FILE_TOO_LARGE));
            assertThat(r.errors().get(0).message()).startsWith("The file holds more than 3 incentives, the most an "
                    + "import into a catalog takes in; the import stopped at line 5 and imported nothing.");
        });
    }

    @Test
    void an_import_past_the_byte_limit_stops_with_one_file_error_in_persian_and_imports_nothing() throws Exception {
        CatalogImporter limited = CatalogImporter.builder().persian()
                .catalogLimits(CatalogLimits.DEFAULT.withMaxBytes(1000)).build();
        long size = Files.size(Examples.opportunities());
        CatalogImport result = limited.importInto(Catalog.empty(ReferenceData.defaults()), Examples.opportunities(),
                null);
        assertThat(result.imported()).isFalse();
        assertThat(result.reports()).singleElement().satisfies(r -> {
            assertThat(r.accepted()).isZero();
            assertThat(r.errors()).extracting(Problem::line, Problem::code).containsExactly(
                    tuple(null, ErrorCode.FILE_TOO_LARGE));
            assertThat(r.errors().get(0).message()).startsWith("پرونده بزرگ‌تر از ۱۰۰۰ بایت است")
                    .contains("پس از خواندن " + persianDigits(size) + " بایت متوقف شد");
        });
    }

    private static String persianDigits(long n) {
        StringBuilder out = new StringBuilder(Long.toString(n));
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= '0' && c <= '9') {
                out.setCharAt(i, (char) ('۰' + c - '0'));
            }
        }
        return out.toString();
    }
}
