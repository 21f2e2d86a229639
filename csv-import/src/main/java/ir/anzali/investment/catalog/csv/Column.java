package ir.anzali.investment.catalog.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A column of the CSV format, declared once: its canonical English name, its Persian header,
 * whether the column itself must be present, the type of its cells, the list of codes a workbook
 * offers for it, the property of the record it holds and how that property is taken from the record
 * and given to its builder, and its rule in words a clerk can act on. Header matching, reading, export
 * order and cells, the workbook's typing, dropdowns and notes and the column a broken rule is reported
 * on all derive from it. Immutable and thread-safe.
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
 * @param access      how the value of the column is taken from a record and given to a builder, not null
 * @param note        the column's rule in English and Persian, as a workbook shows it on the column's
 *                    header cell, not null
 */
public record Column(String name, String persianName, boolean required, Type type, @Nullable String codeList,
        String property, List<String> aliases, Access access, Note note) {

    /** The type of a column's cells (CSV format §4). */
    public enum Type {
        /** An id: upper-cased text of a fixed shape. */
        ID,
        /** Normalized text. */
        TEXT,
        /** A decimal number, such as a coordinate. */
        DECIMAL,
        /** A percentage: a decimal number that may end in {@code %} or {@code ٪}. */
        PERCENT,
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
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(note, "note");
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
     * @param access      how the value of the column is taken from a record and given to a builder, not null
     * @param note        the column's rule in English and Persian, not null
     * @throws NullPointerException when a part other than the code list is null
     */
    public Column(String name, String persianName, boolean required, Type type, @Nullable String codeList,
            String property, Access access, Note note) {
        this(name, persianName, required, type, codeList, property, List.of(), access, note);
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

    /**
     * A column's rule in words a clerk can act on, in English and Persian, as a workbook shows it on
     * the column's header cell: what to write, in what form, and what the importer refuses. Immutable
     * and thread-safe.
     *
     * @param en the English text, not blank
     * @param fa the Persian text, not blank
     */
    public record Note(String en, String fa) {

        /**
         * Checks both texts.
         *
         * @throws NullPointerException     when a text is null
         * @throws IllegalArgumentException when a text is blank, naming the language
         */
        public Note {
            Objects.requireNonNull(en, "en");
            Objects.requireNonNull(fa, "fa");
            if (en.isBlank() || fa.isBlank()) {
                throw new IllegalArgumentException("A column's note must not be blank in " + (en.isBlank() ? "English" : "Persian"));
            }
        }

        /**
         * The text in a language.
         *
         * @param locale Persian for {@code fa}, English otherwise; not null
         * @return the text, never null
         */
        public String text(Locale locale) {
            return "fa".equals(locale.getLanguage()) ? fa : en;
        }
    }

    /**
     * How the value of a column is taken from a record, for the exporters, and, for a column that alone
     * holds one property, given to the record's builder when a row is read. The value is of the
     * column's {@link Type}: a {@code String} for {@link Type#ID ID} and {@link Type#TEXT TEXT}, a
     * {@code BigDecimal} for {@link Type#DECIMAL DECIMAL}, {@link Type#PERCENT PERCENT} and
     * {@link Type#QUANTITY QUANTITY}, an {@code Integer}, a {@code LocalDate}, a {@code URI}, a
     * {@code Named} code, an {@code Investment} or {@code Money} for {@link Type#AMOUNT AMOUNT} and
     * {@link Type#CURRENCY CURRENCY}, and a list of codes or of text for {@link Type#LIST LIST}.
     * Immutable and thread-safe.
     */
    public static final class Access {
        private final Function<Object, ?> get;
        private final @Nullable BiConsumer<Object, @Nullable Object> set;

        private Access(Function<Object, ?> get, @Nullable BiConsumer<Object, @Nullable Object> set) {
            this.get = get;
            this.set = set;
        }

        /**
         * A column that alone holds one property: read into the builder's setter, written from the
         * record's accessor.
         *
         * @param get the record's accessor, not null
         * @param set the builder's setter, not null
         * @param <T> the record
         * @param <B> its builder
         * @param <V> the value
         * @return the access, never null
         */
        @SuppressWarnings("unchecked")
        public static <T, B, V> Access readWrite(Function<T, ? extends @Nullable V> get, BiConsumer<B, @Nullable V> set) {
            Objects.requireNonNull(set, "set");
            return new Access((Function<Object, ?>) Objects.requireNonNull(get, "get"),
                    (BiConsumer<Object, @Nullable Object>) (BiConsumer<?, ?>) set);
        }

        /**
         * A column written from a record but read together with other columns by the importer, such
         * as a title's two languages or an amount with its currency.
         *
         * @param get takes the column's value from the record; null for none; not null
         * @param <T> the record
         * @return the access, never null
         */
        @SuppressWarnings("unchecked")
        public static <T> Access writeOnly(Function<T, ?> get) {
            return new Access((Function<Object, ?>) Objects.requireNonNull(get, "get"), null);
        }

        /**
         * The value of the column in a record.
         *
         * @param record a record of the column's kind, not null
         * @return the value, null when the record has none
         * @throws ClassCastException when the record is of another kind
         */
        public @Nullable Object get(Object record) {
            return get.apply(record);
        }

        /**
         * Whether the importer gives a cell's value straight to the builder ({@link #set}); otherwise
         * it reads the column together with others.
         *
         * @return true for a column that alone holds one property
         */
        public boolean settable() {
            return set != null;
        }

        /**
         * Gives a value read from the column to a builder.
         *
         * @param builder a builder of the column's kind, not null
         * @param value   the value, of the column's type; null for none
         * @throws IllegalStateException when the column is not {@linkplain #settable() settable}
         * @throws ClassCastException    when the builder or the value is of another type
         */
        public void set(Object builder, @Nullable Object value) {
            if (set == null) {
                throw new IllegalStateException("This column is read with others, not set alone");
            }
            set.accept(builder, value);
        }
    }
}
