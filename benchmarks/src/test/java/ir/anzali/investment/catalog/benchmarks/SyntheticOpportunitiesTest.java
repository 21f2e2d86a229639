package ir.anzali.investment.catalog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures what it claims only if its synthetic rows are all valid and varied. */
class SyntheticOpportunitiesTest {

    @Test
    void every_synthetic_row_is_accepted() throws Exception {
        String text = SyntheticOpportunities.text(3000, SyntheticOpportunities.SEED);
        ImportReport report = CatalogImporter.builder().build().validate(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "synthetic.csv", Kind.OPPORTUNITIES);
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isEqualTo(3000);
        assertThat(report.columns()).hasSize(30);
    }

    @Test
    void the_benchmark_workbook_holds_every_row_even_past_what_one_import_holds_by_default(@TempDir Path dir)
            throws Exception {
        int rows = (int) CatalogLimits.DEFAULT.maxOpportunities() + 10;
        byte[] csv = SyntheticOpportunities.text(rows, SyntheticOpportunities.SEED).getBytes(StandardCharsets.UTF_8);
        Path workbook = dir.resolve("synthetic.xlsx");
        Workbooks.write(csv, workbook, false);
        ImportReport report = CatalogImporter.builder().build().validate(workbook, Kind.OPPORTUNITIES);
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isEqualTo(rows);
    }

    @Test
    void the_same_seed_gives_the_same_file_and_it_mixes_scripts_and_calendars() {
        String a = SyntheticOpportunities.text(200, 7);
        assertThat(a).isEqualTo(SyntheticOpportunities.text(200, 7)).isNotEqualTo(SyntheticOpportunities.text(200, 8));
        assertThat(a).contains("۱۴۰۵/").contains("2026-").contains("میلیارد").contains("million USD").contains("٫");
    }

    @Test
    void the_unclosed_quote_file_opens_a_quote_on_its_third_line() throws Exception {
        StringWriter w = new StringWriter();
        Generate.unclosed(w, 1);
        String text = w.toString();
        assertThat(text.split("\r\n")[2]).startsWith("SYN-T-OPEN,\"");
        assertThat(text.length()).isGreaterThan(1024 * 1024);
    }
}
