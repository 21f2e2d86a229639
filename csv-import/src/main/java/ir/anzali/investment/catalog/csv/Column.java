package ir.anzali.investment.catalog.csv;

import java.util.Objects;

/**
 * A column of the CSV format: its canonical English name, its Persian header, and whether the
 * column itself must be present. Immutable and thread-safe.
 *
 * @param name        the canonical English name, such as {@code title_fa}, not null
 * @param persianName the Persian header, such as {@code عنوان}, not null
 * @param required    whether a file without this column is refused ({@code missing-column})
 */
public record Column(String name, String persianName, boolean required) {

    /**
     * Checks the names.
     *
     * @throws NullPointerException when a name is null
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(persianName, "persianName");
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
}
