package ir.anzali.investment.catalog.csv.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cells of a file that a report's problems are about, as they were in the file, so that a
 * person can be shown a faulty row whole: the header row, and each row with a listed error. Every
 * cell is cut as {@link Problem#excerpt(String)} cuts a value, a row keeps at most
 * {@value #MAX_CELLS_PER_ROW} cells, and a report keeps at most {@value #MAX_CHARS} characters in
 * all; past that, rows are left out and {@link #complete()} is false. Not part of the report's
 * JSON. Immutable and thread-safe.
 *
 * @param headerLine the line (for a workbook, the sheet's row) of the header, or 0 when none was read
 * @param header     the header row's cells, in file order; empty when none was read
 * @param rows       each row with a listed error, in file order
 * @param complete   false when rows with listed errors were left out to keep the report small
 */
public record FileCells(long headerLine, List<HeaderCell> header, List<RowCells> rows, boolean complete) {

    /** The most cells a row keeps. */
    public static final int MAX_CELLS_PER_ROW = 100;

    /** The most characters a report keeps in all its cells. */
    public static final int MAX_CHARS = 2_000_000;

    private static final FileCells NONE = new FileCells(0, List.of(), List.of(), true);

    /**
     * One cell of the header row.
     *
     * @param text   the cell's text as in the file, cut to 200 characters
     * @param column the canonical name of the column it was recognized as, or null when it was not
     */
    public record HeaderCell(String text, @Nullable String column) {

        /**
         * Cuts the text.
         *
         * @throws NullPointerException when the text is null
         */
        public HeaderCell {
            text = Objects.requireNonNull(Problem.excerpt(Objects.requireNonNull(text, "text")));
        }
    }

    /**
     * One row with a listed error.
     *
     * @param line  where the row starts (for a workbook, the sheet's row)
     * @param row   the 1-based number of the data row
     * @param cells the row's cells as in the file, each cut to 200 characters, at most
     *              {@value FileCells#MAX_CELLS_PER_ROW}
     */
    public record RowCells(long line, long row, List<String> cells) {

        /**
         * Cuts and copies the cells.
         *
         * @throws NullPointerException when the cells are null
         */
        public RowCells {
            cells = cells.stream().limit(MAX_CELLS_PER_ROW).map(c -> Objects.requireNonNull(Problem.excerpt(c)))
                    .toList();
        }

        /**
         * The characters the row keeps.
         *
         * @return the sum of its cells' lengths
         */
        public long chars() {
            return cells.stream().mapToLong(String::length).sum();
        }
    }

    /**
     * Copies the lists.
     *
     * @throws NullPointerException when a list is null
     */
    public FileCells {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * No cells: for a report made without them, or of a file whose header could not be read.
     *
     * @return the empty cells, never null
     */
    public static FileCells none() {
        return NONE;
    }

    /**
     * The cells of a data row, when the row was kept.
     *
     * @param row the 1-based number of the data row
     * @return the row's cells, or null when the row has no listed error or was left out
     */
    public @Nullable RowCells row(long row) {
        for (RowCells r : rows) {
            if (r.row() == row) {
                return r;
            }
        }
        return null;
    }
}
