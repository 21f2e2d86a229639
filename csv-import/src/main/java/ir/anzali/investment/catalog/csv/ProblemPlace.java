package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.Place;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem of an import report is, said to people in their language by
 * {@link Display#place(Place)}: {@code line 7, row 6, column deadline},
 * {@code cell Opportunities!C7, row 6, column deadline}, {@code سطر ۷، ردیف ۶، ستون مهلت}. The
 * column is named by its header in the reader's language: its Persian header in Persian, its
 * canonical name otherwise. The importer's messages, the report page and the command line say
 * places this way.
 */
public final class ProblemPlace {

    private ProblemPlace() {
    }

    /**
     * The place of a problem of a report, in a language.
     *
     * @param report  the report the problem is in, not null
     * @param problem the problem, not null
     * @param locale  Persian for {@code fa}, English otherwise; not null
     * @return the text, empty for a problem of no place, never null
     */
    public static String of(ImportReport report, Problem problem, Locale locale) {
        String column = problem.column() == null ? null : header(report.kind(), problem.column(), locale);
        return Display.of(locale).place(new Place(problem.line(), problem.row(), problem.sheet(), problem.cell(), column));
    }

    /**
     * A column as a place names it: its Persian header in Persian, its canonical name otherwise.
     *
     * @param column the column, not null
     * @param locale the language, not null
     * @return the header, never null
     */
    public static String header(Column column, Locale locale) {
        return Display.of(locale).persian() ? column.persianName() : column.name();
    }

    /** A column of a kind by its canonical name, as a place names it; a name the kind lacks as it is. */
    private static String header(String kind, String name, Locale locale) {
        Column column = column(kind, name);
        return column == null ? name : header(column, locale);
    }

    private static @Nullable Column column(String kind, String name) {
        for (Kind k : Kind.values()) {
            if (k.reportName().equalsIgnoreCase(kind)) {
                for (Column c : k.columns()) {
                    if (c.name().equals(name)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }
}
