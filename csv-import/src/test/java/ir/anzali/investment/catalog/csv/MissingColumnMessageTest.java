package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message of a missing column, which lists the columns the file has. */
class MissingColumnMessageTest {

    @TempDir
    Path dir;

    private List<String> missing(String csv, Locale locale) throws IOException {
        ImportReport report = CatalogImporter.builder().locale(locale).build()
                .validate(CsvFiles.write(dir, "o.csv", csv), Kind.OPPORTUNITIES);
        return report.errors().stream().filter(p -> p.code() == ErrorCode.MISSING_COLUMN).map(Problem::message)
                .toList();
    }

    @Test
    void a_file_with_none_of_the_formats_columns_says_so_instead_of_an_empty_list() throws IOException {
        assertThat(missing("foo,bar\n1,2\n", Locale.ENGLISH)).isNotEmpty()
                .allSatisfy(m -> assertThat(m).endsWith("The file has: none of the format's columns.")
                        .doesNotContain("has: ."));
        assertThat(missing("foo,bar\n1,2\n", Locale.forLanguageTag("fa")))
                .allSatisfy(m -> assertThat(m).endsWith("ستون‌های پرونده: هیچ‌یک از ستون‌های قالب."));
    }

    @Test
    void a_file_with_some_of_the_formats_columns_lists_them() throws IOException {
        assertThat(missing("id,title_fa,sector,investment,currency\nAFZ-001,x,TOURISM,5000000000,IRR\n", Locale.ENGLISH))
                .containsExactly("The required column lead_agency (" + Kind.OPPORTUNITIES.columns().stream()
                        .filter(c -> c.name().equals("lead_agency")).findFirst().orElseThrow().persianName()
                        + ") is missing. The file has: id, title_fa, sector, investment, currency.");
    }
}
