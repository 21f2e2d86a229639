package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import java.util.List;

/**
 * A column of a kind, found once by its canonical name together with its place in the kind's list of
 * columns, so that a row finds the column's cell by that place ({@link Header#index(int)}) instead
 * of looking the name up for every cell of every row. Mappers make theirs once, as constants named
 * after their columns. Immutable and thread-safe.
 *
 * @param column   the column, not null
 * @param position its place in {@link Kind#columns()} of its kind
 */
record ColumnKey(Column column, int position) {

    /**
     * The column of a kind with a canonical name.
     *
     * @throws IllegalArgumentException when the kind has no column of that name
     */
    static ColumnKey of(Kind kind, String name) {
        List<Column> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return new ColumnKey(columns.get(i), i);
            }
        }
        throw new IllegalArgumentException("No column " + name + " in " + kind);
    }

    /** Every column of a kind, in the kind's order. */
    static ColumnKey[] all(Kind kind) {
        List<Column> columns = kind.columns();
        ColumnKey[] keys = new ColumnKey[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new ColumnKey(columns.get(i), i);
        }
        return keys;
    }

    /** The column's canonical name, as problems name it. */
    String name() {
        return column.name();
    }
}
