package ir.anzali.investment.catalog.csv.spi;

/**
 * Cells named as spreadsheets name them: {@code A1}, {@code D7}, {@code AB12}; what a reader quotes in a
 * {@link RecordException} and a report names a cell by. Stateless.
 */
public final class CellNames {

    private CellNames() {
    }

    /**
     * The letters of a column.
     *
     * @param index the 0-based column
     * @return {@code A} for 0, {@code Z} for 25, {@code AA} for 26, never null
     */
    public static String column(int index) {
        StringBuilder out = new StringBuilder(3);
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            out.append((char) ('A' + (i - 1) % 26));
        }
        return out.reverse().toString();
    }

    /**
     * A cell.
     *
     * @param index the 0-based column
     * @param line  the 1-based row of the sheet
     * @return the name, such as {@code D7}, never null
     */
    public static String of(int index, long line) {
        return column(index) + line;
    }
}
