package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path dir;

    private String catalog;

    @BeforeEach
    void importExamples() {
        catalog = dir.resolve("catalog.json").toString();
        Run run = Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), "--out",
                catalog);
        assertThat(run.status()).as(run.toString()).isZero();
    }

    @Test
    void a_mistyped_status_gets_the_suggestion_of_the_closest_one() {
        Run english = Run.of("search", catalog, "--status", "OPNE");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("catalog: --status: \"OPNE\" is not known. Did you mean OPEN? Known: ");
        Run persian = Run.in(Run.PERSIAN, "search", catalog, "--status", "OPEN,CANCELED");
        assertThat(persian.err()).contains("«CANCELED» شناخته نیست. آیا منظورتان CANCELLED بود؟ مقدارهای شناخته: ");
    }

    @Test
    void a_status_far_from_every_known_one_gets_no_suggestion() {
        Run run = Run.of("search", catalog, "--status", "banana");
        assertThat(run.err()).contains("\"banana\" is not known. Known: ").doesNotContain("Did you mean");
    }

    @Test
    void the_status_synopsis_reads_one_list_of_statuses() {
        String help = Run.of("search", "--help").out();
        assertThat(help).contains("--status=S[,S…]").doesNotContain("[,S[,S");
    }

    @Test
    void help_of_validate_and_import_says_they_read_workbooks_too() {
        assertThat(Run.of("--help").out())
                .contains("Check a CSV file or an Excel workbook and report every problem.")
                .contains("Import CSV files or Excel workbooks into a catalog JSON file.");
        assertThat(Run.in(Run.PERSIAN, "validate", "--help").out())
                .contains("پرونده CSV یا کارپوشهٔ اکسل را بررسی کن");
    }

    @Test
    void a_two_currency_investment_is_listed_with_both_amounts_and_in_json_as_an_array() throws Exception {
        Path csv = Files.writeString(dir.resolve("o.csv"), "id,title_fa,sector,investment,lead_agency\n"
                + "AFZ-TOU-9,هتل,TOURISM,۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو,AFZO\n");
        Path catalog = dir.resolve("two-currencies.json");
        Run imported = Run.of("import", "--opportunities", csv.toString(), "--out", catalog.toString());
        assertThat(imported.status()).as(imported.toString()).isZero();
        Run table = Run.of("search", catalog.toString());
        assertThat(table.out()).contains("150,000,000,000,000 IRR + 50,000,000 EUR");
        JsonNode investment = new ObjectMapper().readTree(Run.of("search", catalog.toString(), "--format", "json")
                .out()).get("results").get(0).get("investment");
        assertThat(investment.isArray()).isTrue();
        assertThat(investment).hasSize(2);
        assertThat(investment.get(0).get("currency").asText()).isEqualTo("IRR");
        assertThat(investment.get(0).get("amount").asText()).isEqualTo("150000000000000");
        assertThat(investment.get(1).get("currency").asText()).isEqualTo("EUR");
        assertThat(investment.get(1).get("amount").asText()).isEqualTo("50000000");
    }

    @Test
    void a_mistyped_sort_key_or_role_gets_the_suggestion_of_the_closest_library_value() {
        Run sort = Run.of("search", catalog, "--sort", "dedline");
        assertThat(sort.status()).isEqualTo(2);
        assertThat(sort.err()).startsWith("catalog: --sort: \"dedline\" is not known. Did you mean deadline? Known: id,"
                + " investment, published-on, deadline, direct-jobs, youth-jobs.");
        Run role = Run.in(Run.PERSIAN, "search", catalog, "--agency", "AFZO", "--role", "leed");
        assertThat(role.err()).contains("«leed» شناخته نیست. آیا منظورتان lead بود؟ مقدارهای شناخته: lead, partner, any.");
    }

    @Test
    void sort_keys_and_roles_are_read_through_the_librarys_codes_and_names() {
        Run byCode = Run.of("search", catalog, "--sort", "published-on", "--format", "json");
        Run byName = Run.of("search", catalog, "--sort", "Published", "--format", "json");
        Run byPersianName = Run.of("search", catalog, "--sort", "تاریخ انتشار", "--format", "json");
        assertThat(byCode.status()).as(byCode.err()).isZero();
        assertThat(byName.out()).isEqualTo(byCode.out());
        assertThat(byPersianName.out()).isEqualTo(byCode.out());
        assertThat(Run.of("search", catalog, "--agency", "AFZO", "--role", "PARTNER").status()).isZero();
    }
}
