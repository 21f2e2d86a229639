package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.Locale;

/**
 * The note of each column, its rule in words a clerk can act on, as a workbook shows it on the
 * column's header cell: kept in the importer's messages, Persian and English, under a key derived
 * from the column ({@code note.opportunities.investment}), with the workbook dropdowns' warning.
 * Stateless and thread-safe.
 */
public final class ColumnNotes {

    private static final MessageBundle BUNDLE = MessageBundle.load(
            name -> ColumnNotes.class.getResourceAsStream(name), "messages");

    private ColumnNotes() {
    }

    /**
     * The key of a column's note: {@code note.}, the kind's report name, {@code .} and the column's name.
     *
     * @param kind   the kind the column belongs to, not null
     * @param column the column, not null
     * @return the key, such as {@code note.incentives.min_investment}, never null
     */
    public static String key(Kind kind, Column column) {
        return "note." + kind.reportName() + "." + column.name();
    }

    /**
     * A column's note.
     *
     * @param kind   the kind the column belongs to, not null
     * @param column the column, not null
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the note, never null
     * @throws IllegalArgumentException when the column has no note
     */
    public static String of(Kind kind, Column column, Locale locale) {
        return BUNDLE.get(key(kind, column), locale);
    }

    /**
     * The title of the warning a workbook's dropdown shows for a value not in its list.
     *
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the title, never null
     */
    public static String dropdownTitle(Locale locale) {
        return BUNDLE.get("workbook.dropdown.title", locale);
    }

    /**
     * The warning a workbook's dropdown shows for a value not in its list.
     *
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the warning, never null
     */
    public static String dropdownError(Locale locale) {
        return BUNDLE.get("workbook.dropdown.error", locale);
    }
}
