package ir.anzali.investment.catalog.csv.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of a file: its row number and its cells, from the first column up to at least the last
 * cell with a value. The importer reads the first record that is not blank as the header and each
 * record after it as a row; cells past the header's columns are errors when they hold a value.
 * Immutable and thread-safe.
 */
public final class CellRecord {

    private final long line;
    private final CellValue[] cells;

    private CellRecord(long line, CellValue[] cells) {
        if (line < 1) {
            throw new IllegalArgumentException("Line must be 1 or more: " + line);
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                throw new NullPointerException("cell " + CellNames.of(i, line) + " is null");
            }
        }
        this.line = line;
        this.cells = cells;
    }

    /**
     * A record of typed cells.
     *
     * @param line  the 1-based row in the file, as its reports name it
     * @param cells the cells from the first column, none null; copied
     * @return the record, never null
     * @throws IllegalArgumentException when the line is below 1
     * @throws NullPointerException     when a cell is null
     */
    public static CellRecord of(long line, List<? extends CellValue> cells) {
        return new CellRecord(line, cells.toArray(new CellValue[0]));
    }

    /**
     * A record of a text format: each cell {@link CellValue.Text}, or {@link CellValue#BLANK} when
     * empty.
     *
     * @param line  the 1-based row in the file
     * @param cells the text of each cell from the first column, none null
     * @return the record, never null
     * @throws IllegalArgumentException when the line is below 1
     * @throws NullPointerException     when a cell is null
     */
    public static CellRecord ofText(long line, String... cells) {
        CellValue[] values = new CellValue[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = CellValue.of(Objects.requireNonNull(cells[i], "cell"));
        }
        return new CellRecord(line, values);
    }

    /**
     * The row in the file.
     *
     * @return the 1-based row
     */
    public long line() {
        return line;
    }

    /**
     * How many cells it has.
     *
     * @return the count, 0 or more
     */
    public int size() {
        return cells.length;
    }

    /**
     * A cell.
     *
     * @param column the 0-based column, below {@link #size()}
     * @return the cell, never null
     * @throws IndexOutOfBoundsException when there is no such column
     */
    public CellValue cell(int column) {
        return cells[column];
    }

    /**
     * The cells.
     *
     * @return the cells from the first column, unmodifiable, never null
     */
    public List<CellValue> cells() {
        return List.of(cells);
    }

    /**
     * The name of a cell as spreadsheets name it, which reports quote.
     *
     * @param column the 0-based column
     * @return the name, such as {@code D7} for column 3 of row 7, never null
     */
    public String reference(int column) {
        return CellNames.of(column, line);
    }

    /** Equal when the line and every cell are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CellRecord r && r.line == line && Arrays.equals(r.cells, cells);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(cells);
    }

    /** The line and the cells, for debugging; no format to parse. */
    @Override
    public String toString() {
        return line + " " + Arrays.toString(cells);
    }
}
