package ir.anzali.investment.catalog.csv.spi;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record of a file: its row number and its cells, from the first column up to at least the last
 * cell with a value. The importer reads the first record that is not blank as the header and each
 * record after it as a row; cells past the header's columns are errors when they hold a value.
 * The text of each typed cell is made once, when the record is made, however often it is asked for.
 * Immutable and thread-safe.
 */
public final class CellRecord {

    private static final CellValue[] NO_VALUES = new CellValue[0];
    private static final String[] NO_TEXTS = new String[0];
    
    private final long line;
    /** Whether the record is of a text format, its cells held as text so that none needs an object of its own. */
    private final boolean text;
    /** The cells of a record of typed cells; empty for a record of a text format. */
    private final CellValue[] typed;
    /** The text of every cell: a text format's cells, or each typed cell's {@link CellValue#text()}. */
    private final String[] texts;

    private CellRecord(long line, boolean text, CellValue[] typed, String[] texts) {
        if (line < 1) {
            throw new IllegalArgumentException("Line must be 1 or more: " + line);
        }
        Object[] cells = text ? texts : typed;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                throw new NullPointerException("cell " + CellNames.of(i, line) + " is null");
            }
        }
        this.line = line;
        this.text = text;
        this.typed = typed;
        this.texts = text ? texts : textsOf(typed);
    }

    private static String[] textsOf(CellValue[] typed) {
        String[] all = new String[typed.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = typed[i].text();
        }
        return all;
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
        return new CellRecord(line, false, cells.toArray(new CellValue[0]), NO_TEXTS);
    }

    /**
     * A record of a text format: each cell {@link CellValue.Text}, or {@link CellValue#BLANK} when
     * empty.
     *
     * @param line  the 1-based row in the file
     * @param cells the text of each cell from the first column, none null; copied
     * @return the record, never null
     * @throws IllegalArgumentException when the line is below 1
     * @throws NullPointerException     when a cell is null
     */
    public static CellRecord ofText(long line, String... cells) {
        return new CellRecord(line, true, NO_VALUES, cells.clone());
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
        return texts.length;
    }

    /**
     * A cell.
     *
     * @param column the 0-based column, below {@link #size()}
     * @return the cell, never null
     * @throws IndexOutOfBoundsException when there is no such column
     */
    public CellValue cell(int column) {
        return text ? CellValue.of(texts[column]) : typed[column];
    }

    /**
     * The text of a cell, as {@code cell(column).text()}.
     *
     * @param column the 0-based column, below {@link #size()}
     * @return the text, never null
     * @throws IndexOutOfBoundsException when there is no such column
     */
    public String text(int column) {
        return texts[column];
    }

    /**
     * The text of every cell.
     *
     * @return a new array of the texts from the first column, never null
     */
    public String[] texts() {
        return texts.clone();
    }

    /**
     * The cells.
     *
     * @return the cells from the first column, unmodifiable, never null
     */
    public List<CellValue> cells() {
        return List.of(values());
    }

    private CellValue[] values() {
        if (!text) {
            return typed;
        }
        CellValue[] all = new CellValue[texts.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = CellValue.of(texts[i]);
        }
        return all;
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

    /** Equal when the line and every cell are equal, however the record was made. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CellRecord r && r.line == line && Arrays.equals(r.values(), values());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(values());
    }

    /** The line and the cells, for debugging; no format to parse. */
    @Override
    public String toString() {
        return line + " " + Arrays.toString(values());
    }
}
