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
import ir.anzali.investment.catalog.csv.Containers;
import ir.anzali.investment.catalog.csv.Examples;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogImporterTest {

    private static final String VALID = HEADER + "\nAFZ-TOU-001,هتل,TOURISM,5000000000,IRR,AFZO\nAFZ-TOU-002,اسکله,TOURISM,7000000000,IRR,AFZO\n";

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
            assertThat(o.investment().parts()).containsExactly(Money.of(new BigDecimal("2500000000000"), Money.IRR));
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
        Path file = write(dir, "x.csv", HEADER + "\nAFZ-1,عنوان,TOURISM,5000000000,IRR,AFZO\n", Charset.forName("windows-1256"),
                false);
        CatalogImporter wrong = CatalogImporter.builder().encoding(StandardCharsets.UTF_8).build();
        ImportReport report = checked(wrong.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).extracting(Problem::code).extracting(c -> c.code()).containsExactly("encoding-error");
        assertThat(report.errors().get(0).line()).isEqualTo(2);
    }

    @Test
    void each_file_of_an_import_is_read_with_its_own_encoding_and_delimiter_and_the_other_is_detected()
            throws Exception {
        Path opportunities = write(dir, "opportunities.csv", HEADER.replace(',', ';') + "\nAFZ-1;عنوان;TOURISM;5000000000;IRR;AFZO\n",
                Charset.forName("windows-1256"), false);
        ImportSource own = ImportSource.of(opportunities).withEncoding(Charset.forName("windows-1256"))
                .withDelimiter(';');
        List<ImportReport> reports = importer.validateImport(Catalog.empty(ReferenceData.defaults()), own,
                ImportSource.of(Examples.incentives()));
        assertThat(reports).extracting(ImportReport::kind, ImportReport::encoding, ImportReport::delimiter,
                ImportReport::errorCount).containsExactly(tuple("incentives", "UTF-8", ",", 0L),
                        tuple("opportunities", "windows-1256", ";", 0L));
        assertThat(reports.get(1).accepted()).isEqualTo(1);
    }

    @Test
    void a_file_of_its_own_delimiter_is_refused_when_the_delimiter_is_not_one_of_the_format() {
        ImportSource file = ImportSource.of(dir.resolve("x.csv"));
        assertThatThrownBy(() -> file.withDelimiter('|')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Delimiter must be ',', ';', tab or '؛': '|'");
    }

    @ParameterizedTest
    @MethodSource("delimiters")
    void every_delimiter_is_detected(String delimiter) throws Exception {
        String content = String.join(delimiter, "id", "title_fa", "sector", "investment", "currency", "lead_agency")
                + "\n" + String.join(delimiter, "AFZ-001", "هتل", "TOURISM", "\"1,200,000,000\"", "IRR", "AFZO") + "\n";
        ImportReport report = validate(content);
        assertThat(report.delimiter()).isEqualTo(delimiter);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(read(importer, dir.resolve("opportunities.csv")).get(0).investment().first().amount())
                .isEqualByComparingTo("1200000000");
    }

    static Stream<String> delimiters() {
        return Stream.of(",", ";", "\t", "\u061B");
    }

    @Test
    void a_multi_line_cell_leaves_later_line_numbers_right() throws Exception {
        String content = "id,title_fa,summary_fa,sector,investment,currency,lead_agency\r\n"
                + "AFZ-001,هتل,\"سطر اول\r\nسطر دوم\nسطر سوم\",TOURISM,5000000000,IRR,AFZO\r\n"
                + "AFZ-002,اسکله,,TOURISM,-5,IRR,AFZO\r\n";
        ImportReport report = validate(content);
        assertThat(report.errors()).extracting(Problem::line, Problem::row, Problem::column)
                .containsExactly(tuple(5L, 2L, "investment"));
    }

    @Test
    void blank_rows_are_skipped_and_counted() throws Exception {
        ImportReport report = validate("\n\n" + HEADER + "\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO\n,,,,,\n \t,\u00A0,,,,\n");
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rowsRead()).isEqualTo(3);
    }

    @Test
    void unknown_columns_are_warnings_and_ignored() throws Exception {
        ImportReport report = validate("id,title_fa,notes,sector,investment,currency,lead_agency\n"
                + "AFZ-001,هتل,whatever,TOURISM,5000000000,IRR,AFZO\n");
        assertThat(report.valid()).isTrue();
        assertThat(report.warnings()).extracting(Problem::line, Problem::column, p -> p.code().code())
                .containsExactly(tuple(1L, "notes", "unknown-column"));
    }

    @Test
    void header_names_match_in_any_case_spacing_and_language() throws Exception {
        ImportReport report = validate(" ID ,Title-FA,  SECTOR,investment,واحد پول,Lead Agency\n"
                + "AFZ-001,هتل,TOURISM,5000000000,IRR,AFZO\n");
        assertThat(report.columns()).containsExactly("id", "title_fa", "sector", "investment", "currency",
                "lead_agency");
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void indirect_jobs_are_read_under_their_english_or_persian_header() throws Exception {
        List<Opportunity> english = read(importer, write(dir, "en.csv", HEADER + ",indirect_jobs\n"
                + "AFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,۱۲۰\n"));
        List<Opportunity> persian = read(importer, write(dir, "fa.csv", HEADER + ",اشتغال غير مستقيم\n"
                + "AFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,45\n"));

        assertThat(english).singleElement().extracting(Opportunity::indirectJobs).isEqualTo(120);
        assertThat(persian).singleElement().extracting(Opportunity::indirectJobs).isEqualTo(45);
    }

    @Test
    void negative_indirect_jobs_are_out_of_range_on_their_column() throws Exception {
        ImportReport report = validate(HEADER + ",indirect_jobs\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,-3\n");

        assertThat(report.errors()).extracting(Problem::line, Problem::column, Problem::value, p -> p.code().code())
                .containsExactly(tuple(2L, "indirect_jobs", "-3", "out-of-range"));
    }

    @Test
    void a_broken_rule_of_a_nested_property_is_reported_on_its_column() throws Exception {
        ImportReport report = validate(HEADER + ",latitude,longitude\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,95,49.46\n");

        assertThat(report.errors()).extracting(Problem::column, p -> p.code().code())
                .containsExactly(tuple("latitude", "out-of-range"));
    }

    @Test
    void a_stream_is_read_once_with_detection() throws Exception {
        byte[] bytes = (HEADER + "\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO\n").getBytes(Charset.forName("windows-1256"));
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
    void a_date_the_calendar_lacks_is_explained_in_the_library_s_own_words_never_an_exception_s_text()
            throws Exception {
        String content = HEADER + ",published_on\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO,1405/07/31\n";
        ImportReport english = checked(importer.validate(write(dir, "d.csv", content), Kind.OPPORTUNITIES));
        assertThat(english.errors()).extracting(Problem::message).containsExactly("\"1405/07/31\" is not a day of the"
                + " calendar: its month or day does not exist, or its year is neither Solar Hijri (1200 to 1599) nor"
                + " Gregorian (1800 on). Correct the date.");
        ImportReport persian = checked(CatalogImporter.builder().persian().build()
                .validate(dir.resolve("d.csv"), Kind.OPPORTUNITIES));
        assertThat(persian.errors()).singleElement().extracting(Problem::message).asString()
                .contains("روزی از تقویم نیست").doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void persian_messages_write_every_number_in_persian_digits_grouped() throws Exception {
        CatalogImporter persian = CatalogImporter.builder().persian().limits(new Limits(64 * 1024, 1000, 1024 * 1024))
                .build();
        ImportReport report = checked(persian.validate(write(dir, "wide.csv", HEADER + "\n" + ",".repeat(1000) + "\n"),
                Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().extracting(Problem::message).asString()
                .contains("سطر ۲").contains("۱٬۰۰۱ خانه").contains("حداکثر ۱٬۰۰۰ خانه").doesNotContainPattern("[0-9]");
    }

    @Test
    void english_messages_group_every_number_as_the_headings_of_a_report_do() throws Exception {
        CatalogImporter english = CatalogImporter.builder().limits(new Limits(64 * 1024, 1000, 1024 * 1024)).build();
        ImportReport wide = checked(english.validate(write(dir, "wide.csv", HEADER + "\n" + ",".repeat(1000) + "\n"),
                Kind.OPPORTUNITIES));
        assertThat(wide.errors()).singleElement().extracting(Problem::message).asString()
                .contains("1,001 cells").contains("at most 1,000").doesNotContain("1001", "1000");
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2001; i++) {
            rows.append("AFZ-").append(i).append(",هتل,TOURISM,5000000000,IRR,AFZO\n");
        }
        rows.append("AFZ-2000,هتل,TOURISM,5000000000,IRR,AFZO\n");
        ImportReport duplicate = checked(importer.validate(write(dir, "dup.csv", rows.toString()), Kind.OPPORTUNITIES));
        assertThat(duplicate.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2003L);
            assertThat(p.message()).contains("line 2,001").doesNotContain("2001");
        });
    }

    @Test
    void an_empty_file_reports_no_delimiter_it_could_not_have() throws Exception {
        for (String content : new String[] {"", "\n \n"}) {
            ImportReport report = checked(importer.validate(write(dir, "empty.csv", content), Kind.OPPORTUNITIES));
            assertThat(report.errors()).extracting(Problem::code).containsExactly(ErrorCode.EMPTY_FILE);
            assertThat(report.delimiter()).as("\"%s\"", content).isNull();
        }
        ImportReport header = checked(importer.validate(write(dir, "header.csv", HEADER + "\n"), Kind.OPPORTUNITIES));
        assertThat(header.delimiter()).isEqualTo(",");
    }

    @Test
    void persian_messages_are_given_when_asked() throws Exception {
        ImportReport report = checked(CatalogImporter.builder().persian().build()
                .validate(write(dir, "p.csv", HEADER + "\nAFZ-001,هتل,TURISM,5000000000,IRR,AFZO\n"), Kind.OPPORTUNITIES));
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
        Path file = write(dir, "p.csv", HEADER + "\nAFZ-001,هتل,TOURISM,5000000000,IRR,AFZO\n");
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
        Path spool = Files.createDirectory(dir.resolve("spool"));
        CatalogImporter spooling = CatalogImporter.builder().temporaryDirectory(spool).build();
        List<Opportunity> got = new ArrayList<>();
        ImportReport ok = spooling.forEachOpportunity(ImportSource.of(stream(VALID), "upload.csv"), empty, got::add);
        assertThat(checked(ok).file()).isEqualTo("upload.csv");
        assertThat(got).extracting(o -> o.id().value()).containsExactly("AFZ-TOU-001", "AFZ-TOU-002");

        got.clear();
        String broken = VALID + "AFZ-TOU-003,بد,TURISM,5000000000,IRR,AFZO\n";
        ImportReport bad = spooling.forEachOpportunity(ImportSource.of(stream(broken), "upload.csv"), empty, got::add);
        assertThat(checked(bad).errors()).extracting(Problem::line, Problem::column).containsExactly(tuple(4L, "sector"));
        assertThat(got).isEmpty();
        assertThat(files(spool)).isEmpty();
    }

    @Test
    void spooled_upload_is_owner_only_under_umask_022_and_is_written_in_the_chosen_folder() throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"));
        List<String> seen = new ArrayList<>();
        CatalogImporter.builder().temporaryDirectory(spool).build().forEachOpportunity(
                ImportSource.of(stream(VALID), "upload.csv"), Catalog.empty(ReferenceData.defaults()), o -> {
                    for (Path copy : files(spool)) {
                        seen.add(copy.getFileName().toString().replaceAll("[0-9]+", "N") + " "
                                + permissions(copy));
                    }
                });
        assertThat(seen).containsExactly("catalog-upload-N.csv rw-------", "catalog-upload-N.csv rw-------");
        assertThat(files(spool)).isEmpty();
    }

    @Test
    void spooled_upload_is_removed_when_the_consumer_throws() throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"));
        List<Path> seen = new ArrayList<>();
        assertThatThrownBy(() -> CatalogImporter.builder().temporaryDirectory(spool).build().forEachOpportunity(
                ImportSource.of(stream(VALID), "upload.csv"), Catalog.empty(ReferenceData.defaults()), o -> {
                    seen.addAll(files(spool));
                    throw new IllegalStateException("the database is down");
                })).isInstanceOf(IllegalStateException.class).hasMessage("the database is down");
        assertThat(seen).hasSize(1);
        assertThat(files(spool)).isEmpty();
    }

    @Test
    void spooled_upload_is_removed_when_the_stream_fails_midway() throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"));
        List<Path> seen = new ArrayList<>();
        // Longer than the first bytes that tell the format, so that the stream fails while it is copied.
        InputStream failing = new SequenceInputStream(stream(VALID + "\r\n".repeat(1024)), new InputStream() {
            @Override
            public int read() throws IOException {
                seen.addAll(files(spool));
                throw new IOException("Connection reset by peer");
            }
        });
        assertThatThrownBy(() -> CatalogImporter.builder().temporaryDirectory(spool).build().forEachOpportunity(
                ImportSource.of(failing, "upload.csv"), Catalog.empty(ReferenceData.defaults()), o -> { }))
                .isInstanceOf(IOException.class).hasMessage("Connection reset by peer");
        assertThat(seen).hasSize(1);
        assertThat(files(spool)).isEmpty();
    }

    @Test
    void spooled_upload_is_removed_when_the_thread_is_interrupted_while_an_endless_stream_is_copied()
            throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"));
        InputStream endless = new InputStream() {
            private long given;

            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (++given == 3) {
                    Thread.currentThread().interrupt();
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        try {
            assertThatThrownBy(() -> CatalogImporter.builder().temporaryDirectory(spool).build().forEachOpportunity(
                    ImportSource.of(endless, "upload.csv"), Catalog.empty(ReferenceData.defaults()), o -> { }))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("The reading was interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(files(spool)).isEmpty();
    }

    @Test
    void leftover_copies_of_a_crashed_run_are_removed_when_old_unlocked_and_ours() throws Exception {
        Path spool = Files.createDirectory(dir.resolve("spool"));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Path crashed = Files.setLastModifiedTime(Files.writeString(spool.resolve("catalog-upload-1.csv"), "x"),
                twoDaysAgo);
        Path young = Files.writeString(spool.resolve("catalog-upload-2.csv"), "x");
        Path inUse = Files.setLastModifiedTime(Files.writeString(spool.resolve("catalog-upload-3.csv"), "x"),
                twoDaysAgo);
        Path other = Files.setLastModifiedTime(Files.writeString(spool.resolve("other-1.csv"), "x"), twoDaysAgo);
        try (FileChannel held = FileChannel.open(inUse, StandardOpenOption.WRITE); FileLock lock = held.lock()) {
            CatalogImporter.builder().temporaryDirectory(spool).build().forEachOpportunity(
                    ImportSource.of(stream(VALID), "upload.csv"), Catalog.empty(ReferenceData.defaults()), o -> { });
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(files(spool)).containsExactly(young, inUse, other);
        assertThat(crashed).doesNotExist();
    }

    @Test
    void a_temporary_directory_that_is_not_a_folder_is_refused_when_set() throws Exception {
        Path file = write(dir, "file.csv", "x");
        assertThatThrownBy(() -> CatalogImporter.builder().temporaryDirectory(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temporaryDirectory must be an existing folder that can be written: " + file);
        assertThatThrownBy(() -> CatalogImporter.builder().temporaryDirectory(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("missing");
    }

    @Test
    void an_upload_is_read_once() throws Exception {
        ImportSource upload = ImportSource.of(stream(HEADER + "\nAFZ-TOU-001,هتل,TOURISM,5000000000,IRR,AFZO\n"), "upload.csv");
        assertThat(checked(importer.validate(upload, Kind.OPPORTUNITIES)).accepted()).isEqualTo(1);
        assertThatThrownBy(() -> importer.validate(upload, Kind.OPPORTUNITIES))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("upload.csv can be read only once");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files of a folder, sorted. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> refusedFormats() {
        return Stream.of(
                Arguments.of("an Excel 97–2003 workbook (.xls)", "save it as an Excel workbook (.xlsx) or as CSV UTF-8",
                        (Maker) f -> Containers.compound(f, "\u0005SummaryInformation", "Workbook")),
                Arguments.of("protected by a password", "remove the password",
                        (Maker) f -> Containers.compound(f, "EncryptionInfo", "EncryptedPackage")),
                Arguments.of("an Excel binary workbook (.xlsb)", "save it as an Excel workbook (.xlsx)",
                        (Maker) f -> Containers.zip(f, "xl/workbook.bin", "x")),
                Arguments.of("an OpenDocument spreadsheet (.ods)", "save it as an Excel workbook (.xlsx) or as CSV UTF-8",
                        (Maker) f -> Containers.zip(f, "mimetype", "application/vnd.oasis.opendocument.spreadsheet")),
                Arguments.of("a PDF document", "Choose the workbook or CSV file that holds the rows",
                        (Maker) f -> Files.writeString(f, "%PDF-1.4\n")),
                Arguments.of("a Word document (.docx)", "Choose the workbook or CSV file that holds the rows",
                        (Maker) f -> Containers.zip(f, "word/document.xml", "<w:document/>")),
                Arguments.of("neither text nor a workbook", "save it as CSV UTF-8 or as an Excel workbook (.xlsx)",
                        (Maker) f -> Files.write(f, randomBytes(200_000, 18))));
    }

    /** Random bytes, as an upload of a file of another kind or a damaged one gives, from a seed. */
    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void random_bytes_named_as_a_workbook_or_a_csv_file_are_one_error_saying_they_are_no_text_in_persian_too()
            throws Exception {
        CatalogImporter persian = CatalogImporter.builder().persian().build();
        for (long seed = 1; seed <= 20; seed++) {
            byte[] bytes = randomBytes(1_000 + (int) seed * 997, seed);
            for (String name : List.of("upload.xlsx", "upload.csv")) {
                ImportReport report = checked(persian.validate(ImportSource.of(new ByteArrayInputStream(bytes), name),
                        Kind.OPPORTUNITIES));
                assertThat(report.errors()).as("seed %d, %s", seed, name).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
                    assertThat(p.message()).contains("نه متن است و نه کارپوشه");
                });
                assertThat(report.warnings()).as("no column names of binary junk").isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideEncodings")
    void utf16_text_without_a_byte_order_mark_is_read_as_the_same_text_with_one(Charset charset) throws Exception {
        String content = "id,title_fa,sector,investment,currency,lead_agency,tags\r\n"
                + "AFZ-TOU-001,هتل ساحلی کیش,TOURISM,250 میلیارد,ریال,AFZO,ساحلی;گردشگری\r\n";
        Path file = write(dir, "wide.csv", content, charset, false);
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.encoding()).isEqualTo(charset.name());
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(read(importer, file)).isEqualTo(read(importer, write(dir, "ref.csv", content))).hasSize(1);
        ImportReport streamed = checked(importer.validate(ImportSource.of(Files.newInputStream(file), "wide.csv"),
                Kind.OPPORTUNITIES));
        assertThat(streamed.encoding()).isEqualTo(charset.name());
        assertThat(streamed.errors()).isEmpty();
    }

    static Stream<Charset> wideEncodings() {
        return Stream.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    }

    @Test
    void a_csv_file_with_a_stray_nul_in_a_cell_stays_text_and_its_nul_is_an_error_of_that_cell() throws Exception {
        Path file = write(dir, "nul.csv", HEADER + "\nAFZ-1,عنوان\u0000,TOURISM,5000000000,IRR,AFZO\n");
        ImportReport report = checked(importer.validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.line()).isEqualTo(2);
        });
    }

    /** Writes a file of a format. */
    interface Maker {
        Path make(Path file) throws java.io.IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFormats")
    void a_file_of_a_format_not_read_is_one_error_naming_the_format_and_what_to_do_never_read_as_csv(String format,
            String todo, Maker maker) throws Exception {
        Path file = maker.make(dir.resolve("opportunities.csv"));
        for (ImportReport report : List.of(importer.validate(file, Kind.OPPORTUNITIES),
                importer.validate(ImportSource.of(Files.newInputStream(file), "upload.xlsx"), Kind.OPPORTUNITIES),
                importer.forEachOpportunity(ImportSource.of(Files.newInputStream(file), "upload.xlsx"),
                        Catalog.empty(ReferenceData.defaults()), o -> { }))) {
            checked(report);
            assertThat(report.errors()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
                assertThat(p.message()).contains(format).contains(todo);
                assertThat(p.line()).isNull();
            });
            assertThat(report.warnings()).isEmpty();
            assertThat(report.rowsRead()).isZero();
        }
    }

    @Test
    void an_excel_97_workbook_is_named_in_persian_when_persian_is_asked() throws Exception {
        Path file = Containers.compound(dir.resolve("book.xls"), "Workbook");
        ImportReport report = checked(CatalogImporter.builder().persian().build().validate(file, Kind.OPPORTUNITIES));
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
            assertThat(p.message()).contains("کارپوشهٔ اکسل ۹۷ تا ۲۰۰۳ (.xls)").contains("CSV UTF-8");
        });
    }

    @Test
    void an_upload_refused_by_its_first_bytes_is_closed_and_never_copied() throws Exception {
        boolean[] closed = {false};
        byte[] bytes = "%PDF-1.4\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        ByteArrayInputStream pdf = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ImportReport report = checked(importer.forEachOpportunity(ImportSource.of(pdf, "upload.pdf"),
                Catalog.empty(ReferenceData.defaults()), o -> { }));
        assertThat(report.errors()).extracting(Problem::code).containsExactly(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(closed[0]).isTrue();
        assertThat(pdf.available()).as("read no further than its first bytes").isGreaterThan(800_000);
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
                        + "files of at most 2 rows, or ask for the limit to be raised."));
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
            assertThat(r.errors().get(0).message()).startsWith("پرونده بزرگ‌تر از ۱٬۰۰۰ بایت است")
                    .contains("پس از خواندن " + Display.of(LocalizedText.PERSIAN).number(size) + " بایت متوقف شد");
        });
    }

    @Test
    void the_table_of_ids_of_a_long_file_is_kept_in_the_chosen_folder_owner_only_and_removed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("tmp"));
        StringBuilder csv = new StringBuilder("id,title_en,sector,investment,currency,lead_agency\n");
        int rows = 250_000;
        for (int i = 0; i < rows; i++) {
            csv.append("AFZ-").append(i).append(",Hotel,TOURISM,5000000000,IRR,AFZO\n");
        }
        Path file = Files.writeString(dir.resolve("long.csv"), csv, StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        int[] accepted = {0};
        ImportReport report = CatalogImporter.builder().mode(ImportMode.SKIP_INVALID).temporaryDirectory(folder).build()
                .forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()), o -> {
                    if (++accepted[0] == rows) {
                        try (Stream<Path> files = Files.list(folder)) {
                            files.forEach(f -> seen.add(permissions(f)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
        assertThat(report.accepted()).isEqualTo(rows);
        assertThat(seen).as("the spilled table and its ids").isNotEmpty().containsOnly("rw-------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
