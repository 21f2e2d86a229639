package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a data row into a domain object, recording every problem of the row.
 *
 * @param <T> the domain type
 */
abstract class RowMapper<T> {

    private final Kind kind;
    private final Context context;
    private final CatalogValidator validator;
    private final Locale locale;
    private final AmountFloor floor;
    /** The kind's columns, in its order. */
    private final ColumnKey[] columns;
    private final ColumnKey titleFa;
    private final ColumnKey titleEn;

    RowMapper(Kind kind, Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        this.kind = kind;
        this.context = context;
        this.validator = validator;
        this.locale = locale;
        this.floor = floor;
        this.columns = ColumnKey.all(kind);
        this.titleFa = ColumnKey.of(kind, "title_fa");
        this.titleEn = ColumnKey.of(kind, "title_en");
    }

    /** The smallest plausible amounts, for {@link Amounts#money}. */
    final AmountFloor floor() {
        return floor;
    }

    /** What rows are checked against. */
    final Context context() {
        return context;
    }

    /**
     * Reads a row.
     *
     * @param row the row
     * @return the object, or null when the row has a problem (then the row holds its problems)
     */
    abstract @Nullable T map(Row row);

    /**
     * Builds the object of a row, validated — built once, when every required value is there, else
     * its values checked one by one, without building — and records every violation.
     *
     * @param complete whether every required value is there
     * @return the object, or null when the row has a problem
     */
    final <B> @Nullable T build(Row row, B builder, BiFunction<B, CatalogValidator, T> build,
            BiFunction<B, CatalogValidator, List<Violation>> check, boolean complete) {
        if (!complete) {
            validate(row, check.apply(builder, validator));
            return null;
        }
        try {
            T value = build.apply(builder, validator);
            return row.hasProblems() ? null : value;
        } catch (ValidationFailedException e) {
            validate(row, e.violations());
            return null;
        }
    }

    /**
     * Gives the builder the value of each column that alone holds a property
     * ({@link Column.Access#settable()}), read by the rule of the column's type, in the order of the
     * kind's columns. The other columns are read by the mapper, together.
     */
    final void readColumns(Row row, Object builder) {
        for (ColumnKey c : columns) {
            if (c.column().access().settable()) {
                c.column().access().set(builder, value(row, c));
            }
        }
    }

    private @Nullable Object value(Row row, ColumnKey name) {
        Column column = name.column();
        String list = column.codeList();
        return switch (column.type()) {
            case TEXT -> row.text(name);
            case DECIMAL -> row.decimal(name);
            case PERCENT -> row.percent(name);
            case QUANTITY -> row.quantity(name);
            case INTEGER -> row.integer(name);
            case DATE -> row.date(name);
            case URL -> row.url(name);
            case CODE -> row.code(name, context.codes(Objects.requireNonNull(list, column.name())));
            case LIST -> list == null ? row.list(name) : row.codes(name, context.codes(list));
            case ID, AMOUNT, CURRENCY -> throw new IllegalStateException("The column " + column.name() + " is read with others");
        };
    }

    /**
     * A row's title, or null after recording that a title is required, unless a title cell was already
     * refused for what it holds (such as letters lost to {@code ?}).
     */
    final @Nullable LocalizedText title(Row row) {
        LocalizedText title = text(row.text(titleFa), row.text(titleEn));
        if (title == null && !row.hasProblem(titleFa) && !row.hasProblem(titleEn)) {
            row.problem(titleFa, ErrorCode.REQUIRED, row.messages().get("required.title"));
        }
        return title;
    }

    /**
     * Records violations on the columns of their properties ({@link Kind#columnOf(String)}), a
     * violation of the whole record on the row. Missing required values are left out: the row has already
     * reported each of them in words about its columns.
     */
    final void validate(Row row, List<Violation> violations) {
        for (Violation v : violations) {
            if (v.rule() != Rule.REQUIRED) {
                row.problem(kind.columnOf(v.property()).map(c -> ColumnKey.of(kind, c.name())).orElse(null), ErrorCode.fromCode(v.rule().code()),
                        row.messages().get("violation", "message", v.message(locale)));
            }
        }
    }

    /** Text of two cells that {@link Row#text} has already normalized; null when both are missing. */
    static @Nullable LocalizedText text(@Nullable String fa, @Nullable String en) {
        return fa == null && en == null ? null : new LocalizedText(fa, en);
    }
}
