package ir.anzali.investment.catalog.csv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.anzali.investment.catalog.csv.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @TempDir
    Path dir;

    private String out;
    private String err;
    private Path catalog;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return status;
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeEach
    void importExamples() {
        catalog = dir.resolve("catalog.json");
        assertThat(run("import", "--opportunities", Examples.opportunities().toString(), "--incentives",
                Examples.incentives().toString(), "--out", catalog.toString())).as(err).isZero();
    }

    @Test
    void demo_prints_the_report_the_summary_and_eligible_incentives() {
        System.setProperty("catalog.home", Examples.dir().getParent().toString());
        try {
            assertThat(run()).as(err).isZero();
        } finally {
            System.clearProperty("catalog.home");
        }
        assertThat(out).contains("opportunities.csv (opportunities)").contains("Valid: no errors.")
                .contains("Summary by sector").contains("Marine industries | 5 |")
                .contains("Eligible incentives of AFZ-TOU-001").contains("INC-TAX-20");
    }

    @Test
    void validate_prints_exactly_the_report_as_json() throws Exception {
        assertThat(run("validate", Examples.incentives().toString(), "--format", "json")).isZero();
        JsonNode report = json(out);
        assertThat(report.get("file").asText()).isEqualTo("incentives.csv");
        assertThat(report.get("kind").asText()).isEqualTo("incentives");
        assertThat(report.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(report.get("delimiter").asText()).isEqualTo(",");
        assertThat(report.get("rowsRead").asLong()).isEqualTo(report.get("accepted").asLong());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.has("warnings")).isTrue();
    }

    @Test
    void validate_and_import_without_the_incentives_file_report_the_same_unknown_references() throws Exception {
        assertThat(run("validate", Examples.opportunities().toString(), "--format", "json")).isEqualTo(1);
        JsonNode validated = json(out).get("errors");
        Path target = dir.resolve("x.json");
        assertThat(run("import", "--opportunities", Examples.opportunities().toString(), "--out", target.toString(),
                "--format", "json")).isEqualTo(1);
        JsonNode imported = json(out).get("reports").get(0).get("errors");
        assertThat(err).isEmpty();
        assertThat(target).doesNotExist();
        assertThat(validated).hasSize(33).isEqualTo(imported);
        for (JsonNode e : validated) {
            assertThat(e.get("code").asText()).isEqualTo("unknown-reference");
            assertThat(e.get("column").asText()).isEqualTo("incentives");
            assertThat(e.get("message").asText()).contains("no incentives file was given").contains("--incentives");
        }
    }

    @Test
    void validate_exits_1_with_one_line_per_problem_in_persian() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TURISM,-5,IRR,AFZO\n");
        assertThat(run("validate", bad.toString(), "--lang", "fa")).isEqualTo(1);
        assertThat(out).contains("سطر 2، ردیف 1، ستون sector «TURISM»").contains("[unknown-code]")
                .contains("آیا منظورتان گردشگری (TOURISM) بود؟").contains("[out-of-range]").contains("2 خطا.");
        assertThat(err).isEmpty();
    }

    @Test
    void validate_checks_references_against_an_incentives_file() {
        assertThat(run("validate", Examples.opportunities().toString(), "--incentives",
                Examples.incentives().toString())).isZero();
        assertThat(out).contains("incentives.csv (incentives)").contains("opportunities.csv (opportunities)");
    }

    @Test
    void import_in_all_or_nothing_writes_nothing_when_a_row_is_bad() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TOURISM,5,IRR,AFZO\nAFZ-2,x,TOURISM,x,IRR,AFZO\n");
        Path target = dir.resolve("new.json");
        assertThat(run("import", "--opportunities", bad.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(target).doesNotExist();
        assertThat(out).contains("Nothing was imported");
        assertThat(run("import", "--opportunities", bad.toString(), "--out", target.toString(), "--mode",
                "skip-invalid", "--format", "json")).isEqualTo(1);
        JsonNode result = json(out);
        assertThat(result.get("written").asBoolean()).isTrue();
        assertThat(result.get("opportunities").get("added").get(0).asText()).isEqualTo("AFZ-1");
        assertThat(result.get("reports").get(0).get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void import_into_an_existing_catalog_reports_unchanged_rows() throws Exception {
        assertThat(run("import", "--opportunities", Examples.opportunities().toString(), "--into", catalog.toString(),
                "--out", catalog.toString(), "--format", "json")).isZero();
        JsonNode result = json(out);
        assertThat(result.get("opportunities").get("unchanged")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(result.get("opportunities").get("added")).isEmpty();
    }

    @Test
    void export_writes_csv_that_validates() {
        Path csv = dir.resolve("out.csv");
        Path incentives = dir.resolve("incentives-out.csv");
        assertThat(run("export", catalog.toString(), "--out", csv.toString(), "--headers", "fa")).isZero();
        assertThat(run("export", catalog.toString(), "--out", incentives.toString(), "--kind", "incentives")).isZero();
        assertThat(run("validate", csv.toString(), "--incentives", incentives.toString())).isZero();
        assertThat(out).contains("15 rows read: 15 accepted");
    }

    @Test
    void template_prints_the_header_row() {
        assertThat(run("template", "--kind", "incentives")).isZero();
        assertThat(out).startsWith("\uFEFFid,type,title_fa,title_en,legal_basis,authority");
    }

    @Test
    void match_lists_every_incentive_with_reasons_as_json() throws Exception {
        assertThat(run("match", catalog.toString(), "AFZ-TOU-001", "--on", "1405/09/06", "--format", "json")).isZero();
        JsonNode result = json(out);
        assertThat(result.get("opportunity").asText()).isEqualTo("AFZ-TOU-001");
        assertThat(result.get("date").asText()).isEqualTo("2026-11-27");
        assertThat(result.get("results")).hasSize(8);
        for (JsonNode r : result.get("results")) {
            assertThat(r.get("reasons")).isNotEmpty();
        }
        JsonNode land = null;
        for (JsonNode r : result.get("results")) {
            if (r.get("incentive").asText().equals("INC-LAND")) {
                land = r;
            }
        }
        assertThat(land.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(land.get("reasons").get(1).get("condition").asText()).isEqualTo("area");
    }

    @Test
    void summary_gives_figures_per_sector_and_agency_as_json() throws Exception {
        assertThat(run("summary", catalog.toString(), "--format", "json")).isZero();
        JsonNode s = json(out);
        JsonNode tourism = s.get("sectors").get(0);
        assertThat(tourism.get("sector").asText()).isEqualTo("TOURISM");
        assertThat(tourism.get("opportunities").asInt()).isEqualTo(6);
        assertThat(tourism.get("investment").get("IRR").asText()).isEqualTo("4685000000000");
        assertThat(tourism.get("investment").get("EUR").asText()).isEqualTo("8000000");
        assertThat(s.get("agencies").get(0).get("agency").asText()).isEqualTo("AFZO");
        assertThat(s.get("agencies").get(0).get("lead").asInt()).isEqualTo(10);
    }

    @Test
    void search_finds_with_persian_variants_and_digits() throws Exception {
        assertThat(run("search", catalog.toString(), "--text", "هتل چهارستاره ساحلي", "--format", "json")).isZero();
        assertThat(json(out).get("total").asInt()).isEqualTo(1);
        assertThat(run("search", catalog.toString(), "--text", "۱۵۰ اتاقه")).isZero();
        assertThat(out).contains("1 found").contains("AFZ-TOU-001");
        assertThat(run("search", catalog.toString(), "--sector", "صنایع دریایی", "--status", "OPEN",
                "--min-youth-jobs", "40", "--sort", "youth-jobs", "--desc", "true")).isZero();
        assertThat(out).contains("2 found");
        assertThat(out.indexOf("AFZ-MAR-001")).isGreaterThan(out.indexOf("MUN-MAR-004"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "export", "template", "match", "summary", "search", "demo"})
    void every_command_has_help(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out).startsWith("Usage: ./catalog");
    }

    @Test
    void usage_errors_exit_2_with_one_line_and_no_stack_trace() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.lines()).hasSize(1);
        assertThat(run("validate", "no-such-file.csv")).isEqualTo(2);
        assertThat(err).contains("no-such-file.csv").doesNotContain("Exception");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err).contains("unknown command");
        assertThat(run("validate", Examples.opportunities().toString(), "--colour", "red")).isEqualTo(2);
        assertThat(err).contains("unknown option --colour");
        assertThat(run("match", catalog.toString(), "NOPE-1")).isEqualTo(2);
        assertThat(err).contains("no opportunity NOPE-1");
    }

    @Test
    void a_broken_catalog_file_is_a_usage_error_naming_where() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"investment-catalog\", ");
        assertThat(run("summary", broken.toString())).isEqualTo(2);
        assertThat(err).contains("broken.json").contains("line 1");
    }
}
