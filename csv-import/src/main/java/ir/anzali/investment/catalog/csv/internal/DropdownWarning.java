package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.Locale;

/**
 * The warning a workbook's dropdowns show for a value not in their list, kept in the importer's
 * messages, Persian and English (each column's own note is declared by its entry in
 * {@link ir.anzali.investment.catalog.csv.Kind}, {@link ir.anzali.investment.catalog.csv.Column#note()}).
 * Stateless and thread-safe.
 */
public final class DropdownWarning {

    private static final MessageBundle BUNDLE = MessageBundle.load(
            name -> DropdownWarning.class.getResourceAsStream(name), "messages");

    private DropdownWarning() {
    }

    /**
     * The title of the warning a workbook's dropdown shows for a value not in its list.
     *
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the title, never null
     */
    public static String title(Locale locale) {
        return BUNDLE.get("workbook.dropdown.title", locale);
    }

    /**
     * The warning a workbook's dropdown shows for a value not in its list.
     *
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the warning, never null
     */
    public static String text(Locale locale) {
        return BUNDLE.get("workbook.dropdown.error", locale);
    }
}
