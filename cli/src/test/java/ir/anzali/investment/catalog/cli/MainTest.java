package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The commands as a user runs them, in English and in Persian. */
class MainTest {

    @TempDir
    Path dir;

    private Path catalog;

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeEach
    void importExamples() {
        catalog = dir.resolve("catalog.json");
        Run run = Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), "--out",
                catalog.toString());
        assertThat(run.status()).as(run.toString()).isZero();
    }

    private static Run demo(Map<String, String> env, String... args) {
        System.setProperty("catalog.home", Run.examples().getParent().toString());
        try {
            return Run.in(env, args);
        } finally {
            System.clearProperty("catalog.home");
        }
    }

    @Test
    void demo_prints_the_report_the_summary_and_eligible_incentives() {
        Run run = demo(Run.ENGLISH);
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("opportunities.csv (opportunities)").contains("15 rows read: 15 accepted")
                .contains("Valid: no errors.").contains("Summary by sector").contains("Marine industries")
                .contains("Eligible incentives of AFZ-TOU-001").contains("INC-TAX-20").contains("./catalog import");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void demo_in_persian_is_persian_throughout() {
        Run run = demo(Run.PERSIAN);
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("خلاصه به تفکیک بخش").contains("صنایع دریایی").contains("۱۵ ردیف خوانده شد")
                .contains("ریال").contains("یورو").contains("دلار").doesNotContain("MARINE_INDUSTRIES")
                .doesNotContain(" IRR").doesNotContainPattern("\\| [0-9]");
    }

    @Test
    void the_language_follows_the_environment_and_lang_overrides_it() {
        assertThat(Run.in(Map.of("LANG", "fa_IR.UTF-8"), "summary", catalog.toString()).out()).contains("خلاصه");
        assertThat(Run.in(Map.of("LC_MESSAGES", "fa_IR", "LANG", "en_US"), "summary", catalog.toString()).out())
                .contains("خلاصه");
        assertThat(Run.in(Map.of("LC_ALL", "C", "LANG", "fa_IR"), "summary", catalog.toString()).out())
                .contains("Summary by sector");
        assertThat(Run.in(Map.of("LANG", "fa_IR.UTF-8"), "summary", catalog.toString(), "--lang", "en").out())
                .contains("Summary by sector");
        assertThat(Run.in(Map.of(), "summary", catalog.toString(), "--lang=fa").out()).contains("خلاصه");
        assertThat(Run.in(Map.of("CATALOG_LANG", "fa_IR", "LC_ALL", "C.UTF-8"), "summary", catalog.toString()).out())
                .contains("خلاصه");
    }

    @Test
    void validate_prints_its_reports_in_one_shape_as_json_whatever_it_reads() throws Exception {
        Run run = Run.of("validate", Run.incentives(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode root = json(run.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("reports");
        assertThat(root.get("reports")).hasSize(1);
        JsonNode report = root.get("reports").get(0);
        assertThat(report.get("file").asText()).isEqualTo("incentives.csv");
        assertThat(report.get("kind").asText()).isEqualTo("incentives");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(8).isEqualTo(report.get("accepted").asLong());
        assertThat(report.get("valid").asBoolean()).isTrue();
        JsonNode both = json(Run.of("validate", Run.opportunities(), "--incentives", Run.incentives(), "--format",
                "json").out());
        assertThat(both.fieldNames()).toIterable().containsExactly("reports");
        assertThat(both.get("reports")).hasSize(2);
        JsonNode schema = json(Files.readString(Run.examples().resolveSibling("docs/schemas/validate-output.schema.json")));
        assertThat(schema.get("required").get(0).asText()).isEqualTo("reports");
        assertThat(schema.get("properties").get("reports").get("items").get("$ref").asText())
                .isEqualTo("import-report.schema.json");
    }

    /** An opportunities file as staff save it from Excel in Persian Windows: windows-1256, semicolons. */
    private Path windows1256Opportunities() throws IOException {
        Path file = dir.resolve("opportunities-1256.csv");
        Files.writeString(file, "id;title_fa;sector;investment;currency;lead_agency;incentives\n"
                + "AFZ-TOU-001;هتل;TOURISM;5000000000;IRR;AFZO;INC-VAT\n", Charset.forName("windows-1256"));
        return file;
    }

    @Test
    void encoding_and_delimiter_apply_to_the_file_they_are_given_for_and_the_incentives_file_is_detected()
            throws Exception {
        Run run = Run.of("validate", windows1256Opportunities().toString(), "--encoding", "windows-1256",
                "--delimiter", ";", "--incentives", Run.incentives(), "--format", "json");
        assertThat(run.status()).as(run.toString()).isZero();
        JsonNode reports = json(run.out()).get("reports");
        assertThat(reports).extracting(r -> r.get("kind").asText(), r -> r.get("encoding").asText(),
                r -> r.get("delimiter").asText(), r -> r.get("errorCount").asLong())
                .containsExactly(tuple("incentives", "UTF-8", ",", 0L),
                        tuple("opportunities", "windows-1256", ";", 0L));
    }

    @Test
    void incentives_encoding_and_delimiter_apply_to_the_incentives_file_of_an_import() throws Exception {
        Path target = dir.resolve("both.json");
        Run run = Run.of("import", "--opportunities", windows1256Opportunities().toString(), "--encoding",
                "windows-1256", "--delimiter", ";", "--incentives", Run.incentives(), "--incentives-encoding", "UTF-8",
                "--incentives-delimiter", ",", "--out", target.toString());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(Files.readString(target)).contains("AFZ-TOU-001").contains("INC-VAT");
        Run wrong = Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(),
                "--incentives-delimiter", ";", "--out", dir.resolve("wrong.json").toString());
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.out()).contains("incentives.csv (incentives): encoding UTF-8, delimiter semicolon ( ; )");
    }

    @Test
    void validate_and_import_without_the_incentives_file_report_the_same_unknown_references() throws Exception {
        Run validated = Run.of("validate", Run.opportunities(), "--format", "json");
        Path target = dir.resolve("x.json");
        Run imported = Run.of("import", "--opportunities", Run.opportunities(), "--out", target.toString(),
                "--format", "json");
        assertThat(validated.status()).isEqualTo(1);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.err()).isEmpty();
        assertThat(target).doesNotExist();
        JsonNode errors = json(validated.out()).get("reports").get(0).get("errors");
        assertThat(errors).hasSize(33).isEqualTo(json(imported.out()).get("reports").get(0).get("errors"));
        assertThat(errors.get(0).get("code").asText()).isEqualTo("unknown-reference");
        assertThat(errors.get(0).get("message").asText()).contains("incentives file").doesNotContain("--");
    }

    @Test
    void validate_in_persian_uses_persian_digits_names_and_plurals() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TURISM,-5,IRR,AFZO\n");
        Run run = Run.in(Run.PERSIAN, "validate", bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("سطر ۲، ردیف ۱، ستون بخش «TURISM»").contains("[unknown-code]")
                .contains("آیا منظورتان گردشگری (TOURISM) بود؟").contains("[out-of-range]").contains("۲ خطا.")
                .contains("۱ ردیف خوانده شد");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void smallest_rials_and_foreign_amount_options_set_the_floors_of_validate_and_import() throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), "id,title_fa,sector,investment,currency,lead_agency\n"
                + "AFZ-TOU-001,هتل,TOURISM,250,IRR,AFZO\nAFZ-TOU-002,هتل,TOURISM,500,USD,AFZO\n");
        Run strict = Run.of("validate", small.toString());
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.out()).contains("did you mean 250 billion IRR (250 میلیارد ریال)?")
                .contains("did you mean 500 thousand USD?").contains("\n2 errors.\n");
        Run lenient = Run.of("validate", small.toString(), "--smallest-rials", "0", "--smallest-foreign-amount", "۱۰۰");
        assertThat(lenient.status()).as(lenient.toString()).isZero();
        Path out = dir.resolve("small.json");
        Run imported = Run.of("import", "--opportunities", small.toString(), "--out", out.toString(),
                "--smallest-rials", "100", "--smallest-foreign-amount", "1,000");
        assertThat(imported.status()).isEqualTo(1);
        assertThat(imported.out()).contains("below 1,000 USD").doesNotContain("below 100 IRR");
        assertThat(out).doesNotExist();
        Run wrong = Run.of("validate", small.toString(), "--smallest-rials", "-5");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("--smallest-rials must be an amount in digits, 0 or more, not \"-5\".")
                .doesNotContain("Exception");
    }

    @Test
    void english_output_says_one_row_and_one_error() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TOURISM,-5,IRR,AFZO\n");
        Run run = Run.of("validate", bad.toString());
        assertThat(run.out()).contains("1 row read: 0 accepted, 1 rejected, 0 blank skipped.").contains("\n1 error.\n");
        Run two = Run.of("validate", Run.incentives());
        assertThat(two.out()).contains("8 rows read");
    }

    @Test
    void validate_checks_references_against_an_incentives_file() {
        Run run = Run.of("validate", Run.opportunities(), "--incentives", Run.incentives());
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("incentives.csv (incentives)").contains("opportunities.csv (opportunities)");
    }

    @Test
    void import_in_all_or_nothing_writes_nothing_when_a_row_is_bad() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,title_fa,sector,investment,currency,lead_agency\n"
                + "AFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\nAFZ-2,x,TOURISM,x,IRR,AFZO\n");
        Path target = dir.resolve("new.json");
        Run run = Run.of("import", "--opportunities", bad.toString(), "--out", target.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(target).doesNotExist();
        assertThat(run.out()).contains("Nothing was imported");
        Run skipping = Run.of("import", "--opportunities", bad.toString(), "--out", target.toString(), "--mode",
                "skip-invalid");
        assertThat(skipping.status()).isEqualTo(1);
        assertThat(target).exists();
        assertThat(skipping.out()).contains("1 added").contains("1 opportunity, 0 incentives");
    }

    @Test
    void export_writes_csv_that_validates() {
        Path csv = dir.resolve("out.csv");
        Path incentives = dir.resolve("incentives-out.csv");
        assertThat(Run.of("export", catalog.toString(), "--out", csv.toString(), "--headers", "fa").status()).isZero();
        Run run = Run.of("export", catalog.toString(), "--out", incentives.toString(), "--kind", "incentives");
        assertThat(run.out()).contains("8 incentives");
        Run validated = Run.of("validate", csv.toString(), "--incentives", incentives.toString());
        assertThat(validated.status()).as(validated.toString()).isZero();
        assertThat(validated.out()).contains("15 rows read: 15 accepted");
    }

    @Test
    void template_prints_the_header_row() {
        Run run = Run.of("template", "--kind", "incentives");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("\uFEFFid,type,title_fa,title_en,legal_basis,authority");
    }

    @Test
    void match_lists_every_incentive_with_reasons_as_json() throws Exception {
        Run run = Run.of("match", catalog.toString(), "AFZ-TOU-001", "--on", "1405/09/06", "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode result = json(run.out());
        assertThat(result.get("opportunity").asText()).isEqualTo("AFZ-TOU-001");
        assertThat(result.get("date").asText()).isEqualTo("2026-11-27");
        assertThat(result.get("results")).hasSize(8);
        for (JsonNode r : result.get("results")) {
            assertThat(r.get("reasons")).isNotEmpty();
        }
    }

    @Test
    void match_in_persian_shows_solar_hijri_dates_and_persian_reasons() {
        Run run = Run.in(Run.PERSIAN, "match", catalog.toString(), "AFZ-TOU-001", "--on", "2026-11-27");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("۱۴۰۵/۰۹/۰۶ (۲۰۲۶-۱۱-۲۷ میلادی)").contains("واجد شرایط").contains("بخش گردشگری")
                .doesNotContain("TOURISM");
    }

    @Test
    void match_in_english_shows_the_day_in_both_calendars_as_the_pages_do() {
        Run run = Run.of("match", catalog.toString(), "AFZ-TOU-001", "--on", "1405/09/06");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Incentives for AFZ-TOU-001 ").contains(" on 2026-11-27 (Solar Hijri 1405/09/06)");
    }

    @Test
    void summary_gives_figures_per_sector_and_agency_as_json() throws Exception {
        Run run = Run.in(Run.PERSIAN, "summary", catalog.toString(), "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode s = json(run.out());
        JsonNode tourism = s.get("sectors").get(0);
        assertThat(tourism.get("sector").asText()).isEqualTo("TOURISM");
        assertThat(tourism.get("opportunities").asInt()).isEqualTo(6);
        assertThat(tourism.get("investment").get("IRR").asText()).isEqualTo("4685000000000");
        assertThat(s.get("agencies").get(0).get("agency").asText()).isEqualTo("AFZO");
        assertThat(s.get("agencies").get(0).get("lead").asInt()).isEqualTo(10);
    }

    @Test
    void summary_adds_up_indirect_jobs_beside_direct_and_youth_jobs() throws Exception {
        Path csv = Files.writeString(dir.resolve("indirect.csv"),
                "id,title_fa,sector,investment,currency,lead_agency,direct_jobs,indirect_jobs\n"
                + "AFZ-TOU-901,هتل,TOURISM,250 میلیارد,IRR,AFZO,40,300\n"
                + "AFZ-POR-902,اسکله,PORT_SERVICES,300 میلیارد,IRR,AFZO,10,25\n");
        Path out = dir.resolve("indirect.json");
        Run imported = Run.of("import", "--opportunities", csv.toString(), "--out", out.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();

        JsonNode s = json(Run.in(Run.ENGLISH, "summary", out.toString(), "--format", "json").out());

        assertThat(s.get("total").get("indirectJobs").asInt()).isEqualTo(325);
        assertThat(s.get("total").get("directJobs").asInt()).isEqualTo(50);
        assertThat(s.get("sectors").get(0).get("indirectJobs").asInt()).isEqualTo(300);
        assertThat(Run.in(Run.ENGLISH, "summary", out.toString()).out()).contains("Indirect jobs");
    }

    @Test
    void summary_tables_have_a_header_cell_for_every_column_and_align_by_display_width() {
        for (Map<String, String> env : List.of(Run.ENGLISH, Run.PERSIAN)) {
            Run run = Run.in(env, "summary", catalog.toString());
            String[] blocks = run.out().split("\\R\\R");
            assertThat(blocks).hasSize(2);
            for (String block : blocks) {
                String[] lines = block.split("\\R");
                String[] table = Arrays.copyOfRange(lines, 1, lines.length);
                int columns = table[0].split(" \\| ", -1).length;
                assertThat(columns).isIn(7, 9);
                int width = Table.width(table[0].substring(0, table[0].lastIndexOf(" | ")));
                for (String line : table) {
                    assertThat(line.split(" \\| ", -1)).as(line).hasSize(columns);
                    assertThat(Table.width(line.substring(0, line.lastIndexOf(" | ")))).as(line).isEqualTo(width);
                }
            }
        }
    }

    @Test
    void search_finds_with_persian_variants_number_words_and_digits() throws Exception {
        Run run = Run.of("search", catalog.toString(), "--text", "هتل چهارستاره ساحلي", "--format", "json");
        assertThat(json(run.out()).get("total").asInt()).isEqualTo(1);
        assertThat(Run.of("search", catalog.toString(), "--text", "۱۵۰ اتاقه").out()).contains("1 found")
                .contains("AFZ-TOU-001");
        Run sorted = Run.of("search", catalog.toString(), "--sector", "صنایع دریایی", "--status", "OPEN",
                "--min-youth-jobs", "40", "--sort", "youth-jobs", "--desc", "true");
        assertThat(sorted.out()).contains("2 found");
        assertThat(sorted.out().indexOf("AFZ-MAR-001")).isGreaterThan(sorted.out().indexOf("MUN-MAR-004"));
        Run flag = Run.of("search", catalog.toString(), "--sector", "MARINE_INDUSTRIES", "--status", "open",
                "--min-youth-jobs", "40", "--sort", "youth-jobs", "--desc");
        assertThat(flag.out()).isEqualTo(sorted.out());
    }

    @Test
    void search_pages_are_counted_from_one_and_bounded() {
        Run first = Run.of("search", catalog.toString(), "--size", "4");
        assertThat(first.out()).contains("15 found; page 1 of 4.");
        Run last = Run.of("search", catalog.toString(), "--size", "4", "--page", "4");
        assertThat(last.out()).contains("page 4 of 4.");
        Run huge = Run.of("search", catalog.toString(), "--size", "2147483647", "--page", "2147483647");
        assertThat(huge.status()).isEqualTo(2);
        assertThat(huge.err()).contains("--size must be from 1 to 1000").doesNotContain("-2147483648");
        Run far = Run.of("search", catalog.toString(), "--size", "1000", "--page", "2147483647");
        assertThat(far.status()).isZero();
        assertThat(far.out()).contains("page 2,147,483,647 of 1.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "export", "template", "match", "summary", "search", "demo"})
    void every_command_has_help_in_english_and_persian(String command) {
        Run english = Run.of(command, "--help");
        assertThat(english.status()).isZero();
        assertThat(english.out()).contains("Usage: catalog " + command).contains("Options:").contains("--help");
        Run persian = Run.in(Run.PERSIAN, command, "--help");
        assertThat(persian.status()).isZero();
        assertThat(persian.out()).contains("کاربرد: catalog " + command).contains("گزینه‌ها:")
                .doesNotContain("Show this help");
    }

    @Test
    void the_main_help_lists_the_commands_and_the_version_is_printed() {
        Run help = Run.of("--help");
        assertThat(help.out()).contains("Commands:").contains("validate").contains("search").contains("Exit status");
        Run version = Run.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("catalog ");
    }

    /** A command that fails as a fault of the program would, with a library's words in its exception. */
    @CommandLine.Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        private final Exception failure;

        Exploding(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static Run explode(Map<String, String> env, Exception failure) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(session -> new Exploding(failure), new String[0],
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                env, false);
        return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_unexpected_exception_in_a_command_is_one_line_naming_its_class_and_exit_2() {
        Run run = explode(Run.ENGLISH, new IllegalStateException("com.fasterxml.aalto.WFCException: unexpected"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("catalog: internal error, please report: "
                + "java.lang.IllegalStateException. This is a fault of the program, not of your data; report it "
                + "with the command you ran (run it again with CATALOG_DEBUG=1 to add where it happened).");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unexpected_exception_in_persian_is_one_persian_line() {
        Run run = explode(Run.PERSIAN, new ArithmeticException("overflow"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("catalog: خطای درونی، لطفاً گزارش دهید: java.lang.ArithmeticException.")
                .doesNotContain("overflow");
    }

    @Test
    void catalog_debug_adds_the_stack_trace_of_an_internal_error() {
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8", Main.DEBUG, "1");
        Run run = explode(env, new IllegalStateException("broken"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).startsWith("catalog: internal error, please report: java.lang.IllegalStateException."));
        assertThat(run.err()).contains("java.lang.IllegalStateException: broken").contains("\tat ");
    }

    @Test
    void an_io_failure_of_a_command_names_the_file_and_why_in_the_programs_or_the_systems_words() {
        Run run = explode(Run.ENGLISH, new AccessDeniedException("/data/opportunities.csv", null, "raw JDK text"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "catalog: cannot read or write a file: /data/opportunities.csv: permission denied");
        Run full = explode(Run.ENGLISH, new UncheckedIOException(new IOException("No space left on device")));
        assertThat(full.err().lines()).containsExactly(
                "catalog: cannot read or write a file: No space left on device");
        Run other = explode(Run.ENGLISH, new UncheckedIOException(new java.util.zip.ZipException("invalid LOC header")));
        assertThat(other.err().lines()).containsExactly(
                "catalog: cannot read or write a file: the system refused it (ZipException)");
    }

    @Test
    void a_file_that_cannot_be_written_says_nothing_was_written_and_what_to_do_in_the_users_language() {
        IOException full = new IOException("No space left on device");
        Run english = explode(Run.ENGLISH, UserFiles.Failed.writing("out/catalog.json", full));
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err().lines()).containsExactly("catalog: cannot write out/catalog.json: No space left on"
                + " device; nothing was written to it. Give a file in a folder this user may write, on a disk with room.");
        Run persian = explode(Run.PERSIAN, UserFiles.Failed.writing("out/catalog.json", full));
        assertThat(persian.err()).contains("out/catalog.json نوشته نمی‌شود: جایی روی دیسک نمانده است؛ چیزی در آن نوشته نشد")
                .doesNotContain("No space");
        Run readOnly = explode(Run.PERSIAN, UserFiles.Failed.writing("ro/c.json",
                new java.nio.file.FileSystemException("ro/.catalog-1.tmp", null, "Read-only file system")));
        assertThat(readOnly.err()).contains("دیسک یا پوشه فقط خواندنی است").doesNotContain("Read-only")
                .doesNotContain(".catalog-1.tmp");
        Run denied = explode(Run.PERSIAN, new AccessDeniedException("/data/opportunities.csv"));
        assertThat(denied.err()).contains("/data/opportunities.csv: اجازه داده نشد").doesNotContain("permission");
        Run unknown = explode(Run.PERSIAN, new UncheckedIOException(new IOException("Stale file handle")));
        assertThat(unknown.err()).contains("Stale file handle");
    }

    @Test
    void a_workbook_listing_a_sheet_without_a_name_is_reported_with_exit_1_not_a_stack_trace() throws Exception {
        Path book = dir.resolve("unnamed.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(book))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet sheetId=\"1\"/></sheets></workbook>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Run run = Run.of("validate", book.toString());
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("malformed-workbook").contains("lists a sheet without a name");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_pdf_given_as_the_opportunities_file_is_named_as_a_pdf_with_exit_1() throws Exception {
        Path pdf = Files.writeString(dir.resolve("opportunities.csv"), "%PDF-1.7\n");
        Run run = Run.of("validate", pdf.toString());
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("unsupported-format").contains("The file is a PDF document, not a spreadsheet");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void usage_errors_exit_2_with_one_line_and_no_stack_trace() {
        Run missing = Run.of("validate");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(missing.err()).contains("FILE is required").contains("./catalog validate --help");
        Run absent = Run.of("validate", "no-such-file.csv");
        assertThat(absent.status()).isEqualTo(2);
        assertThat(absent.err()).contains("no-such-file.csv").doesNotContain("Exception");
        Run option = Run.of("validate", Run.opportunities(), "--colour", "red");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).contains("unknown option --colour").contains("--encoding");
        Run noOpportunity = Run.of("match", catalog.toString(), "NOPE-1");
        assertThat(noOpportunity.status()).isEqualTo(2);
        assertThat(noOpportunity.err()).contains("no opportunity NOPE-1");
        Run required = Run.of("import", "--opportunities", Run.opportunities());
        assertThat(required.err()).contains("--out CATALOG.json or --db URL is required")
                .contains("./catalog import --help");
        Run choice = Run.of("summary", catalog.toString(), "--format", "xml");
        assertThat(choice.err()).contains("--format must be one of text, json, html, not \"xml\"");
    }

    @Test
    void an_unknown_option_is_told_even_when_it_leaves_the_file_missing() {
        Run option = Run.of("validate", "--colour");
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).startsWith("catalog: unknown option --colour.").doesNotContain("is required");
        Run persian = Run.in(Run.PERSIAN, "validate", "--colour");
        assertThat(persian.err()).contains("گزینه ناشناخته --colour").doesNotContain("لازم است");
    }

    @Test
    void a_file_whose_name_starts_with_a_dash_is_told_how_to_give_it() throws IOException {
        Path file = Path.of("-dash-" + ProcessHandle.current().pid() + ".csv");
        Files.copy(Path.of(Run.opportunities()), file);
        try {
            Run alone = Run.of("validate", file.toString());
            assertThat(alone.status()).isEqualTo(2);
            assertThat(alone.err()).contains("unknown option " + file)
                    .contains(file + " is also a file here: give it as ./" + file + ", or after --");
            Run persian = Run.in(Run.PERSIAN, "validate", file.toString(), Run.incentives());
            assertThat(persian.err()).contains("آن را به صورت ./" + file + " بدهید");
            Run given = Run.of("validate", "--incentives", Run.incentives(), "./" + file);
            assertThat(given.status()).as(given.toString()).isZero();
        } finally {
            Files.delete(file);
        }
        Run noFile = Run.of("validate", Run.opportunities(), "-no-such-file.csv");
        assertThat(noFile.err()).contains("unknown option -no-such-file.csv").doesNotContain("is also a file");
    }

    @Test
    void a_symbolic_link_that_leads_to_no_file_is_told_as_one() throws IOException {
        Path loop = dir.resolve("loop.csv");
        Files.createSymbolicLink(loop, dir.resolve("back.csv"));
        Files.createSymbolicLink(dir.resolve("back.csv"), loop);
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("moved-away.csv"));
        for (Path link : List.of(loop, dangling)) {
            Run run = Run.of("validate", link.toString());
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).contains("cannot read file " + link + ": it is a symbolic link that leads to no file")
                    .contains("give the file itself").doesNotContain("no such file");
        }
        Run missing = Run.of("validate", dir.resolve("never.csv").toString());
        assertThat(missing.err()).contains("there is no such file");
    }

    @Test
    void an_empty_opportunity_id_is_a_usage_error_not_an_internal_one() {
        for (String id : new String[] {"", " \t"}) {
            Run run = Run.of("match", catalog.toString(), id);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines()).containsExactly("catalog: OPPORTUNITY_ID is empty: give the id of an"
                    + " opportunity, such as AFZ-TOU-001. (see ./catalog match --help)");
        }
        Run persian = Run.in(Run.PERSIAN, "match", catalog.toString(), "");
        assertThat(persian.err()).contains("OPPORTUNITY_ID خالی است").doesNotContain("internal");
    }

    @Test
    void search_refuses_a_day_that_is_no_date_also_without_an_incentive_type() {
        Run run = Run.of("search", catalog.toString(), "--on", "1405/13/40");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--on: \"1405/13/40\" is not a date");
        assertThat(run.out()).isEmpty();
        Run valid = Run.of("search", catalog.toString(), "--on", "1405/09/06");
        assertThat(valid.status()).as(valid.toString()).isZero();
    }

    @Test
    void a_csv_file_or_workbook_given_for_a_catalog_says_to_import_it_first() throws IOException {
        Run csv = Run.of("summary", Run.opportunities());
        assertThat(csv.status()).isEqualTo(2);
        assertThat(csv.err()).contains(Run.opportunities() + " is a CSV file, not a catalog")
                .contains("./catalog import --opportunities " + Run.opportunities() + " --out catalog.json")
                .doesNotContain("Unrecognized token");
        Path book = dir.resolve("book.xlsx");
        assertThat(Run.of("export", catalog.toString(), "--out", book.toString()).status()).isZero();
        Run workbook = Run.in(Run.PERSIAN, "search", book.toString());
        assertThat(workbook.err()).contains("کارپوشهٔ اکسل است، نه کاتالوگ").doesNotContain("PK");
        Run into = Run.of("import", "--opportunities", Run.opportunities(), "--into", Run.incentives(), "--out",
                dir.resolve("out.json").toString());
        assertThat(into.err()).contains(Run.incentives() + " is a CSV file, not a catalog");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"opportunities\": [,]}");
        assertThat(Run.of("summary", broken.toString()).err()).contains("is not a valid catalog")
                .doesNotContain("CSV file");
    }

    @Test
    void an_unknown_command_suggests_the_closest_and_the_main_help() {
        Run run = Run.of("valdate", "x.csv");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command \"valdate\"").contains("validate")
                .contains("(see ./catalog --help)").doesNotContain("valdate --help");
        Run persian = Run.in(Run.PERSIAN, "frobnicate");
        assertThat(persian.err()).contains("فرمان ناشناخته «frobnicate»").contains("./catalog --help");
    }

    @Test
    void a_boolean_option_refuses_what_is_neither_true_nor_false() {
        Run run = Run.of("search", catalog.toString(), "--desc", "maybe");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--desc must be one of true, false, not \"maybe\"");
    }

    @Test
    void a_broken_catalog_file_is_a_usage_error_naming_where() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"investment-catalog\", ");
        Run run = Run.of("summary", broken.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json").contains("line 1").doesNotContain("Exception");
    }

    @Test
    void a_catalog_with_problems_lists_them_all_up_to_twenty() throws Exception {
        String text = Files.readString(catalog).replace("\"youthJobs\" : ", "\"youthJobs\" : 9");
        Path bad = Files.writeString(dir.resolve("bad.json"), text);
        Run run = Run.of("summary", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("The catalog has 14 problems:").contains("opportunity AFZ-TOU-001, youthJobs")
                .doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.contains("[cross-field]"))).hasSize(14);
        assertThat(run.err().lines().findFirst().orElseThrow()).endsWith("(see ./catalog summary --help)");
    }

    @Test
    void control_characters_of_the_data_never_reach_the_terminal() throws Exception {
        Path bad = Files.writeString(dir.resolve("esc.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,\"\u001B[31mRED\u0007\",TURISM,5000000000,IRR,AFZO\n");
        Run run = Run.of("validate", bad.toString());
        assertThat(run.out()).doesNotContain("\u001B").doesNotContain("\u0007").contains("\\u001B[31mRED\\u0007");
        Run named = Run.of("validate", dir.resolve("\u001B]0;x\u0007.csv").toString());
        assertThat(named.err()).doesNotContain("\u001B").contains("\\u001B]0;x");
    }

    @Test
    void a_failing_standard_output_is_an_error() {
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, false, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"template"}, full,
                new PrintStream(err, true, StandardCharsets.UTF_8), Run.ENGLISH, false);
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write to standard output");
    }

    @Test
    void after_running_out_of_memory_it_suggests_a_heap_at_least_twice_as_large() {
        long mib = 1L << 20;
        assertThat(Main.largerHeap(30 * mib + mib / 2, 0)).isEqualTo("64m");
        assertThat(Main.largerHeap(64 * mib, 0)).isEqualTo("128m");
        assertThat(Main.largerHeap(1000 * mib, 0)).isEqualTo("2g");
        assertThat(Main.largerHeap(1024 * mib, 0)).isEqualTo("2g");
        assertThat(Main.largerHeap(5000 * mib, 0)).isEqualTo("16g");
        assertThat(Main.largerHeap(0, 0)).isEqualTo("64m");
    }

    @Test
    void the_out_of_memory_advice_is_estimated_from_the_files_given_not_doubled_each_time(@TempDir Path files)
            throws Exception {
        long mib = 1L << 20;
        // A 720,000-row import: about 430 MB of CSV; a heap of 128 MiB, then 256 MiB, then 512 MiB all fail.
        assertThat(Main.largerHeap(128 * mib, 430_000_000L)).isEqualTo("4g");
        assertThat(Main.largerHeap(256 * mib, 430_000_000L)).isEqualTo("4g");
        Path csv = Files.write(files.resolve("o.csv"), new byte[100_000]);
        assertThat(Main.inputBytes(new String[] {"import", "--opportunities", csv.toString(), "--out",
            files.resolve("absent.json").toString(), "--mode", "skip-invalid"})).isEqualTo(100_000);
    }

    @Test
    void a_catalog_goes_out_as_a_workbook_and_comes_back_by_its_content_whatever_its_name() throws Exception {
        Path book = dir.resolve("catalog.xlsx");
        Run export = Run.of("export", catalog.toString(), "--out", book.toString(), "--headers", "fa");
        assertThat(export.status()).as(export.toString()).isZero();
        assertThat(export.out()).contains("15 opportunities and 8 incentives");
        Path renamed = Files.copy(book, dir.resolve("upload.bin"));
        Run validate = Run.of("validate", renamed.toString());
        assertThat(validate.status()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("upload.bin, sheet مشوق‌ها (incentives)")
                .contains("upload.bin, sheet فرصت‌ها (opportunities)").contains("15 rows read: 15 accepted");
        Path back = dir.resolve("back.json");
        Run imported = Run.of("import", "--opportunities", renamed.toString(), "--out", back.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(json(Files.readString(back))).isEqualTo(json(Files.readString(catalog)));
    }

    @Test
    void a_workbook_report_names_its_sheet_in_json_and_a_csv_report_has_no_cell() throws Exception {
        Path book = dir.resolve("book.xlsx");
        assertThat(Run.of("export", catalog.toString(), "--out", book.toString()).status()).isZero();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,title_en,sector,investment,currency,lead_agency\nAFZ-TOU-900,Hotel,TURISM,5000000000,IRR,AFZO\n");
        Run run = Run.of("validate", book.toString(), "--kind", "incentives", "--format", "json");
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(json(run.out()).get("reports").get(0).get("sheet").asText()).isEqualTo("incentives");
        Run wrong = Run.of("validate", csv.toString(), "--format", "json");
        JsonNode report = json(wrong.out()).get("reports").get(0);
        assertThat(report.get("sheet").isNull()).isTrue();
        assertThat(report.get("errors").get(0).get("cell").isNull()).isTrue();
    }

    @Test
    void a_workbook_template_goes_to_a_file_never_to_the_terminal() throws Exception {
        Run refused = Run.of("template", "--format", "xlsx");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--out FILE.xlsx");
        Path template = dir.resolve("template.xlsx");
        Run written = Run.in(Run.PERSIAN, "template", "--out", template.toString(), "--headers", "fa");
        assertThat(written.status()).as(written.toString()).isZero();
        assertThat(Files.readAllBytes(template)).startsWith('P', 'K', 3, 4);
        Run empty = Run.of("validate", template.toString());
        assertThat(empty.out()).contains("0 rows read");
    }

    @Test
    void validate_writes_the_report_page_and_exits_as_the_data_says() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,title_en,sector,investment,currency,lead_agency\nAFZ-TOU-900,<b>Hotel</b>,TURISM,5000000000,IRR,AFZO\n");
        Path page = dir.resolve("report.html");

        Run run = Run.in(Run.PERSIAN, "validate", bad.toString(), "--out", page.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("صفحهٔ گزارش در " + page + " نوشته شد (۱ خطا)؛ آن را در مرورگر باز کنید.\n");
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"fa\" dir=\"rtl\">").contains("&lt;b&gt;Hotel&lt;/b&gt;")
                .doesNotContain("<b>Hotel");
        Run valid = Run.of("validate", Run.opportunities(), "--incentives", Run.incentives(), "--format", "html",
                "--out", page.toString());
        assertThat(valid.status()).as(valid.toString()).isZero();
        assertThat(Files.readString(page)).contains("<html lang=\"en\" dir=\"ltr\">").contains("Valid: 15 rows");
    }

    @Test
    void import_writes_the_report_page_even_when_nothing_is_imported() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,title_en,sector,investment,currency,lead_agency\nAFZ-TOU-900,Hotel,TURISM,5000000000,IRR,AFZO\n");
        Path page = dir.resolve("import.html");
        Path out = dir.resolve("out.json");

        Run run = Run.of("import", "--opportunities", bad.toString(), "--out", out.toString(), "--report",
                page.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(run.out()).contains("Wrote the report page " + page + " (1 error)");
        assertThat(Files.readString(page)).contains("unknown-code").contains("TURISM");
        Run json = Run.of("import", "--opportunities", bad.toString(), "--out", out.toString(), "--report",
                page.toString(), "--format", "json");
        assertThat(json(json.out()).get("report").asText()).isEqualTo(page.toString());
    }

    @Test
    void summary_writes_the_dashboard_page() throws Exception {
        Path page = dir.resolve("dashboard.html");

        Run run = Run.in(Run.PERSIAN, "summary", catalog.toString(), "--out", page.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("صفحهٔ داشبورد در " + page + " نوشته شد");
        assertThat(Files.readString(page)).contains("<svg class=\"chart\"").contains("داشبورد کارگروه مشترک");
    }

    @Test
    void pages_need_a_file_and_only_some_commands_make_them() {
        Run noFile = Run.of("summary", catalog.toString(), "--format", "html");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("--format html writes a page: name its file with --out, such as --out dashboard.html.");
        Run noReport = Run.of("validate", Run.opportunities(), "--format", "html");
        assertThat(noReport.status()).isEqualTo(2);
        assertThat(noReport.err()).contains("name its file with --out, such as --out report.html.");
        Run jsonToFile = Run.of("validate", Run.opportunities(), "--format", "json", "--out", "x.html");
        assertThat(jsonToFile.status()).isEqualTo(2);
        assertThat(jsonToFile.err()).contains("--out writes an HTML page; leave out --format json");
        Run search = Run.of("search", catalog.toString(), "--format", "html");
        assertThat(search.status()).isEqualTo(2);
        assertThat(search.err()).contains("this command makes no page");
        Run importHtml = Run.of("import", "--opportunities", Run.opportunities(), "--out", "x.json", "--format", "html");
        assertThat(importHtml.status()).isEqualTo(2);
        assertThat(importHtml.err()).contains("--report report.html");
        Run folder = Run.of("summary", catalog.toString(), "--out", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("it is not a regular file");
        assertThat(noFile.err() + jsonToFile.err() + search.err() + importHtml.err() + folder.err())
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void no_output_replaces_a_file_the_command_reads() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.copy(Path.of(Run.opportunities()), csv);
        byte[] before = Files.readAllBytes(csv);
        String catalogBefore = Files.readString(catalog);

        Run validate = Run.of("validate", csv.toString(), "--out", csv.toString());
        Run imported = Run.of("import", "--opportunities", csv.toString(), "--out", csv.toString());
        Run report = Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(),
                "--out", dir.resolve("new.json").toString(), "--report", dir.resolve("new.json").toString());
        Run summary = Run.of("summary", catalog.toString(), "--out", catalog.toString());
        Run export = Run.of("export", catalog.toString(), "--out", catalog.toString());

        for (Run run : List.of(validate, imported, report, summary, export)) {
            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).as(run.toString()).contains("which this command already reads or writes; name another file");
        }
        assertThat(Files.readAllBytes(csv)).isEqualTo(before);
        assertThat(Files.readString(catalog)).isEqualTo(catalogBefore);
        assertThat(dir.resolve("new.json")).doesNotExist();
        Run into = Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(),
                "--into", catalog.toString(), "--out", catalog.toString());
        assertThat(into.status()).as("importing into the catalog it replaces stays allowed").isZero();
    }

    @Test
    void concurrent_imports_into_one_catalog_keep_every_runs_rows() throws Exception {
        Path shared = catalog;
        int runs = 4;
        int rows = 40;
        List<Path> files = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            StringBuilder csv = new StringBuilder("id,title_fa,sector,investment,currency,lead_agency\n");
            for (int i = 0; i < rows; i++) {
                csv.append(String.format("AFZ-TOU-%d%02d,هتل,TOURISM,5000000000,IRR,AFZO%n", r + 1, i));
            }
            files.add(Files.writeString(dir.resolve("run-" + r + ".csv"), csv));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Run>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    start.await();
                    return Run.of("import", "--opportunities", file.toString(), "--into", shared.toString(),
                            "--out", shared.toString());
                }));
            }
            start.countDown();
            for (Future<Run> run : done) {
                Run finished = run.get();
                assertThat(finished.status()).as(finished.toString()).isZero();
                assertThat(finished.out()).as(finished.toString()).contains(rows + " added");
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode written = json(Files.readString(shared));
        assertThat(written.get("opportunities")).hasSize(15 + runs * rows);
    }

    @Test
    void a_file_that_cannot_be_read_is_named_with_what_it_is_in_words_never_a_key() {
        Run english = Run.of("validate", "nonexist.csv");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).contains("cannot read file nonexist.csv").doesNotContain("what.");
        Run persian = Run.in(Run.PERSIAN, "import", "--opportunities", "nonexist.csv", "--out", "x.json");
        assertThat(persian.err()).contains("پرونده فرصت‌ها").doesNotContain("what.");
        Run catalog = Run.of("summary", "nonexist.json");
        assertThat(catalog.err()).contains("cannot read catalog nonexist.json").doesNotContain("what.");
    }

    @Test
    void a_file_that_cannot_be_read_is_told_why_a_folder_a_device_missing_or_refused(@TempDir Path dir)
            throws Exception {
        assertThat(Run.of("validate", "nonexist.csv").err()).contains("nonexist.csv: there is no such file.");
        assertThat(Run.of("validate", dir.toString()).err()).contains(dir + ": it is a folder; give a file.");
        assertThat(Run.of("validate", "/dev/zero").err()).contains("/dev/zero: it is not a file but a device or a pipe");
        assertThat(Run.in(Run.PERSIAN, "validate", dir.toString()).err()).contains("پوشه است");
        Path locked = Files.writeString(dir.resolve("locked.csv"), "id\n");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(locked), "permissions do not bind this user");
        assertThat(Run.of("validate", locked.toString()).err()).contains("this user may not read it");
    }

    @Test
    void validate_of_the_opportunities_of_an_exported_workbook_checks_them_against_its_incentives_sheet_as_import_does(
            @TempDir Path dir) {
        Path catalog = dir.resolve("c.json");
        Path book = dir.resolve("c.xlsx");
        assertThat(Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(),
                "--out", catalog.toString()).status()).isZero();
        assertThat(Run.of("export", catalog.toString(), "--out", book.toString(), "--format", "xlsx").status()).isZero();
        Run run = Run.of("validate", book.toString(), "--kind", "opportunities");
        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("[unknown-reference]");
    }
}
