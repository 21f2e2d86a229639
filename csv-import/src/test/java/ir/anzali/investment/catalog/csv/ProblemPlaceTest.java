package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.FileCells;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The place of a problem, said once for the report page and the command line. */
class ProblemPlaceTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    private static ImportReport report(String kind, Problem problem) {
        return new ImportReport("f.csv", kind, "UTF-8", ",", List.of(), 1, 0, 1, 0, 1, List.of(problem), List.of(),
                problem.sheet(), FileCells.none());
    }

    @Test
    void a_csv_line_names_the_line_row_and_the_columns_header_in_the_readers_language() {
        Problem p = new Problem(7L, 6L, "deadline", "x", ErrorCode.TYPE_ERROR, "m");
        ImportReport r = report("opportunities", p);
        assertThat(ProblemPlace.of(r, p, Locale.ENGLISH)).isEqualTo("line 7, row 6, column deadline");
        assertThat(ProblemPlace.of(r, p, FA)).isEqualTo("سطر ۷، ردیف ۶، ستون مهلت");
    }

    @Test
    void a_workbook_cell_names_the_sheet_and_cell_like_c7_instead_of_the_line() {
        Problem p = new Problem(7L, 6L, "sector", "x", ErrorCode.UNKNOWN_CODE, "m", "فرصت‌ها", "C7");
        ImportReport r = report("opportunities", p);
        assertThat(ProblemPlace.of(r, p, Locale.ENGLISH)).isEqualTo("cell فرصت‌ها!C7, row 6, column sector");
        assertThat(ProblemPlace.of(r, p, FA)).isEqualTo("خانهٔ فرصت‌ها!C7، ردیف ۶، ستون بخش");
    }

    @Test
    void a_column_the_kind_lacks_and_a_problem_of_no_place_are_said_as_they_are() {
        Problem unknown = new Problem(1L, null, "colour", null, ErrorCode.UNKNOWN_COLUMN, "m");
        assertThat(ProblemPlace.of(report("incentives", unknown), unknown, FA)).isEqualTo("سطر ۱، ستون colour");
        Problem nowhere = new Problem(null, null, null, null, ErrorCode.EMPTY_FILE, "m");
        assertThat(ProblemPlace.of(report("opportunities", nowhere), nowhere, Locale.ENGLISH)).isEmpty();
    }
}
