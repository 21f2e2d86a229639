package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line adds to a report the command or option that helps, which the library's messages never name. */
class ReportTextTest {

    @TempDir
    Path dir;

    @Test
    void an_empty_file_is_followed_by_the_hint_of_the_template_command() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);
        Run run = Run.of("validate", file.toString());
        assertThat(run.out()).contains("The file has no header line.")
                .contains("  hint: ./catalog template writes the header row to start from.");
        assertThat(Run.in(Run.PERSIAN, "validate", file.toString()).out())
                .contains("راهنما: ./catalog template سطر عنوان‌ها را برای شروع می‌نویسد.");
    }

    @Test
    void unknown_incentives_are_followed_by_the_hint_of_the_incentives_option_once() {
        Run run = Run.of("validate", Run.opportunities());
        assertThat(run.out()).contains("[unknown-reference]");
        assertThat(run.out().split("hint: give the incentives file with --incentives", -1)).hasSize(2);
    }

    @Test
    void an_incentive_its_incentives_file_rejected_names_the_row_to_fix_and_gets_no_hint_to_give_the_file()
            throws Exception {
        Path inc = Files.writeString(dir.resolve("inc.csv"), "id,type,title_fa,authority\nINC-NEW,VAT_EXEMPTION,,AFZO\n",
                StandardCharsets.UTF_8);
        Path opp = Files.writeString(dir.resolve("opp.csv"), "id,title_fa,sector,investment,currency,lead_agency,"
                + "incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-NEW\n", StandardCharsets.UTF_8);
        for (Run run : new Run[] {Run.of("validate", "--incentives", inc.toString(), opp.toString()),
                Run.of("import", "--incentives", inc.toString(), "--opportunities", opp.toString(), "--out",
                        dir.resolve("catalog.json").toString())}) {
            assertThat(run.out()).contains("INC-NEW was rejected: its row, line 2 of the incentives file inc.csv")
                    .doesNotContain("hint: give the incentives file with --incentives");
        }
        assertThat(dir.resolve("catalog.json")).as("a failed import writes nothing").doesNotExist();
        assertThat(Run.in(Run.PERSIAN, "validate", "--incentives", inc.toString(), opp.toString()).out())
                .contains("مشوق INC-NEW پذیرفته نشد");
    }

    @Test
    void a_guessed_encoding_is_followed_by_the_hint_of_the_encoding_option() throws Exception {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "id,title_en,sector,investment,currency,lead_agency\nAFZ-1,España,TOURISM,5000000000,IRR,AFZO\n"
                .getBytes("windows-1252"));
        Run run = Run.of("validate", file.toString());
        assertThat(run.out()).contains("it was read as windows-1252", "[encoding-guess]",
                "hint: if its letters look wrong, give the file's encoding with --encoding, or --incentives-encoding "
                        + "for the --incentives file, such as windows-1256.");
    }

    @Test
    void the_hint_after_a_guess_of_windows_1256_names_the_other_encoding_not_the_one_the_file_was_read_in()
            throws Exception {
        Path file = dir.resolve("persian.csv");
        Files.write(file, "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل ساحلي,TOURISM,5000000000,IRR,AFZO\n"
                .getBytes("windows-1256"));
        Run run = Run.of("validate", file.toString());
        assertThat(run.out()).contains("it was read as windows-1256", "[encoding-guess]",
                "for the --incentives file, such as windows-1252.").doesNotContain("such as windows-1256");
        assertThat(Run.in(Run.PERSIAN, "validate", file.toString()).out())
                .contains("با --incentives-encoding، مانند windows-1252.");
    }

    @Test
    void a_utf8_file_read_in_another_encoding_is_told_garbled_and_followed_by_the_hint_of_the_encoding_option() {
        Run run = Run.of("validate", "--encoding", "windows-1256", Run.opportunities());
        assertThat(run.out()).contains("seems to be in UTF-8, but it was read as windows-1256",
                "[encoding-error]", "hint: give the file's encoding with --encoding").doesNotContain("[missing-column]");
    }

    @Test
    void a_utf8_file_with_an_english_header_given_windows_1256_is_an_encoding_error_naming_utf8_under_a_heading_that_names_no_delimiter()
            throws Exception {
        Path file = Files.writeString(dir.resolve("english.csv"), "id,title_en,title_fa,sector,investment,currency,"
                + "lead_agency\nAFZ-1,Hotel,شناسه,TOURISM,5000000000,IRR,AFZO\n", StandardCharsets.UTF_8);
        assertThat(Run.of("validate", file.toString(), "--encoding", "windows-1256").out())
                .contains("english.csv (opportunities): encoding windows-1256, delimiter not determined")
                .contains("The file seems to be in UTF-8, but it was read as windows-1256: from line 2 on",
                        "such as \"ط´ظ†ط§ط³ظ‡\" for \"شناسه\"", "[encoding-error]")
                .doesNotContain("delimiter -");
        assertThat(Run.in(Run.PERSIAN, "validate", file.toString(), "--encoding", "windows-1256").out())
                .contains("english.csv (فرصت‌ها): رمزگذاری windows-1256، جداکننده تعیین نشد")
                .contains("پرونده به نظر با رمزگذاری UTF-8 است، اما با windows-1256 خوانده شد: از سطر ۲ به بعد");
        JsonNode json = new ObjectMapper().readTree(Run.of("validate", file.toString(), "--encoding", "windows-1256",
                "--format", "json").out()).get("reports").get(0);
        assertThat(json.get("encoding").asText()).isEqualTo("windows-1256");
        assertThat(json.get("delimiter").isNull()).isTrue();
        assertThat(json.get("errors").get(0).get("code").asText()).isEqualTo("encoding-error");
        assertThat(json.get("errors").get(0).get("line").asLong()).isEqualTo(2);
    }

    @Test
    void a_valid_file_has_no_hint() {
        assertThat(Run.of("validate", Run.incentives()).out()).doesNotContain("hint");
    }

    @Test
    void a_file_past_the_import_limit_is_followed_by_the_hint_of_a_larger_heap() throws Exception {
        ImportReport report = CatalogImporter.builder().catalogLimits(CatalogLimits.DEFAULT.withMaxOpportunities(1))
                .build().validateImport(Catalog.empty(ReferenceData.defaults()), ImportSource.of(Path.of(Run.opportunities())),
                        ImportSource.of(Path.of(Run.incentives()))).get(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ReportText.print(new Console(print, print, Locale.ENGLISH, false), report, false);
        long limit = UserFiles.LIMITS.maxOpportunities();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[file-too-large]")
                .contains("hint: an import holds about 4 KiB of heap a row. Split the file into files of at most "
                        + String.format(Locale.ROOT, "%,d", limit) + " rows")
                .contains("such as -Xmx" + Main.xmx((4 * limit * 4096 >> 20) + 64) + " for "
                        + String.format(Locale.ROOT, "%,d", 4 * limit) + " rows")
                .contains("validate checks a file of any size in a small heap.");
    }

    @Test
    void the_place_of_a_problem_is_the_librarys_with_the_column_header_in_the_readers_language() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TURISM,5000000000,IRR,AFZO\n");
        assertThat(Run.of("validate", bad.toString()).out()).contains("error   line 2, row 1, column sector \"TURISM\": ");
        assertThat(Run.in(Run.PERSIAN, "validate", bad.toString()).out()).contains("خطا    سطر ۲، ردیف ۱، ستون بخش «TURISM»: ");
    }

    @Test
    void an_ignored_sheet_warning_names_the_sheet_after_one_space_as_other_problems_name_their_place() throws Exception {
        Path catalog = dir.resolve("catalog.json");
        assertThat(Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), "--out",
                catalog.toString()).status()).isZero();
        Path book = dir.resolve("book.xlsx");
        assertThat(Run.of("export", catalog.toString(), "--out", book.toString()).status()).isZero();
        assertThat(Run.of("validate", book.toString(), "--incentives", Run.incentives()).out())
                .contains("  warning \"incentives\": The workbook also has an incentives sheet");
        assertThat(Run.in(Run.PERSIAN, "validate", book.toString(), "--incentives", Run.incentives()).out())
                .contains("  هشدار  «incentives»: ");
    }
}
