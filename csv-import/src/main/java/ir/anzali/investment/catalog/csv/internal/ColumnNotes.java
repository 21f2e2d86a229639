package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.Locale;

/**
 * What a workbook says on its columns beyond each column's own note (which its entry in
 * {@link ir.anzali.investment.catalog.csv.Kind} declares, {@link ir.anzali.investment.catalog.csv.Column#note()}):
 * the warning its dropdowns show for a value not in their list, kept in the importer's messages,
 * Persian and English. Stateless and thread-safe.
 */
public final class ColumnNotes {

    private static final MessageBundle BUNDLE = MessageBundle.load(
            name -> ColumnNotes.class.getResourceAsStream(name), "messages");

    private ColumnNotes() {
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
