package ir.anzali.investment.catalog.csv;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of the CSV format, declared once: its canonical English name, its Persian header,
 * whether the column itself must be present, the type of its cells, the list of codes a workbook
 * offers for it, and the property of the record it holds. Header matching, export order, the
 * workbook's typing and dropdowns and the column a broken rule is reported on all derive from it.
 * Immutable and thread-safe.
 *
 * @param name        the canonical English name, such as {@code title_fa}, not null
 * @param persianName the Persian header, such as {@code عنوان}, not null
 * @param required    whether a file without this column is refused ({@code missing-column})
 * @param type        the type of the column's cells, not null
 * @param codeList    the name of the list of codes a workbook's dropdown offers, such as {@code sector};
 *                    null for a column without one
 * @param property    the path of the record's property the column holds, as a broken rule names it,
 *                    such as {@code title.fa} or {@code location.latitude}, not null
 * @param aliases     other headers that name the column as staff write them, such as {@code حداقل سرمایه}
 *                    for {@code min_investment}; copied, not null, never written by the exporter
 */
public record Column(String name, String persianName, boolean required, Type type, @Nullable String codeList,
        String property, List<String> aliases) {

    /** The type of a column's cells (CSV format §4). */
    public enum Type {
        /** An id: upper-cased text of a fixed shape. */
        ID,
        /** Normalized text. */
        TEXT,
        /** A decimal number, such as a coordinate or a percentage. */
        DECIMAL,
        /** A decimal quantity, such as a land area, where {@code 1.500} is ambiguous. */
        QUANTITY,
        /** An amount of money, with its optional scale word and unit. */
        AMOUNT,
        /** A whole number. */
        INTEGER,
        /** A date, ISO, Solar Hijri or Gregorian. */
        DATE,
        /** An absolute http or https address. */
        URL,
        /** A code of a list, by code or name. */
        CODE,
        /** A currency: an ISO code or a unit word. */
        CURRENCY,
        /** Items separated by {@code ;}, {@code |} or {@code ،}: codes when the column has a code list, else text. */
        LIST
    }

    /**
     * Checks the parts and copies the aliases.
     *
     * @throws NullPointerException when a part other than the code list is null, or an alias is
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(persianName, "persianName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(property, "property");
        aliases = List.copyOf(aliases);
    }

    /**
     * A column without aliases.
     *
     * @param name        the canonical English name, not null
     * @param persianName the Persian header, not null
     * @param required    whether a file without this column is refused
     * @param type        the type of the column's cells, not null
     * @param codeList    the name of the list of codes a workbook's dropdown offers; null for none
     * @param property    the path of the record's property the column holds, not null
     * @throws NullPointerException when a part other than the code list is null
     */
    public Column(String name, String persianName, boolean required, Type type, @Nullable String codeList,
            String property) {
        this(name, persianName, required, type, codeList, property, List.of());
    }

    /**
     * The header in a language.
     *
     * @param persian true for the Persian header
     * @return the header, never null
     */
    public String header(boolean persian) {
        return persian ? persianName : name;
    }

    /**
     * Whether a broken rule on a property path is reported on this column: the path is the column's
     * property or lies within it ({@code id.value} within {@code id}).
     *
     * @param path the property path of a broken rule, not null
     * @return true when the path is this column's property or within it
     */
    public boolean holds(String path) {
        return path.startsWith(property) && (path.length() == property.length()
                || path.charAt(property.length()) == '.' || path.charAt(property.length()) == '[');
    }
}
