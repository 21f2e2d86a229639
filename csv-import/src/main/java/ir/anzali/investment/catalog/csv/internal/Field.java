package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.Named;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A column that holds one value of one property, read into a builder and written back from the
 * built record by one rule, so that a new property of that kind is named in one place for both
 * directions. Columns that combine several properties, or several columns into one property (title,
 * location, amount and currency), are read and written by the mappers themselves.
 *
 * @param column the column
 * @param read   reads the cell into a builder
 * @param write  writes the record's value as the exporter writes it
 * @param <T>    the record
 * @param <B>    its builder
 */
record Field<T, B>(String column, Reader<B> read, Function<T, String> write) {

    /** Reads a cell into a builder. */
    @FunctionalInterface
    interface Reader<B> {
        void read(Row row, Context context, B builder);
    }

    static <T, B> Field<T, B> text(String column, BiConsumer<B, String> set, Function<T, String> get) {
        return of(column, Row::text, Cells::text, set, get);
    }

    static <T, B> Field<T, B> decimal(String column, BiConsumer<B, BigDecimal> set, Function<T, BigDecimal> get) {
        return of(column, Row::decimal, Cells::decimal, set, get);
    }

    static <T, B> Field<T, B> percent(String column, BiConsumer<B, BigDecimal> set, Function<T, BigDecimal> get) {
        return of(column, Row::percent, Cells::decimal, set, get);
    }

    static <T, B> Field<T, B> integer(String column, BiConsumer<B, Integer> set, Function<T, Integer> get) {
        return of(column, Row::integer, Cells::integer, set, get);
    }

    static <T, B> Field<T, B> date(String column, BiConsumer<B, LocalDate> set, Function<T, LocalDate> get) {
        return of(column, Row::date, Cells::date, set, get);
    }

    static <T, B> Field<T, B> url(String column, BiConsumer<B, URI> set, Function<T, URI> get) {
        return of(column, Row::url, Cells::url, set, get);
    }

    static <T, B> Field<T, B> texts(String column, BiConsumer<B, List<String>> set, Function<T, List<String>> get) {
        return of(column, Row::list, Cells::texts, set, get);
    }

    static <T, B, V extends Named> Field<T, B> code(String column, CodeMatcher<V> matcher, BiConsumer<B, V> set,
            Function<T, V> get) {
        return of(column, (row, c) -> row.code(c, matcher), Cells::code, set, get);
    }

    static <T, B, V extends Named> Field<T, B> codes(String column, Function<Context, CodeMatcher<V>> matcher,
            BiConsumer<B, List<V>> set, Function<T, List<V>> get) {
        return new Field<>(column, (row, context, b) -> set.accept(b, row.codes(column, matcher.apply(context))),
                t -> Cells.codes(get.apply(t)));
    }

    /** A column read by a method of {@link Row} and written by one of {@link Cells}. */
    private static <T, B, V> Field<T, B> of(String column, BiFunction<Row, String, V> read,
            Function<V, String> write, BiConsumer<B, V> set, Function<T, V> get) {
        return new Field<>(column, (row, context, b) -> set.accept(b, read.apply(row, column)),
                t -> write.apply(get.apply(t)));
    }
}
