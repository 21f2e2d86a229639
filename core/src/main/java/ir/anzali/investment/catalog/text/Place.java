package ir.anzali.investment.catalog.text;

import org.jspecify.annotations.Nullable;

/**
 * Where in a file something was found, as {@link Display#place(Place)} says it to people: a line of
 * a CSV file, or a sheet's line or cell of a workbook; the data row; the column. Each part is
 * optional. Immutable and thread-safe.
 *
 * @param line   the physical line of a CSV file, or the row of a sheet as the spreadsheet program
 *               numbers it; null when there is none
 * @param row    the 1-based number of the data record; null for a place of the header or the file
 * @param sheet  the sheet's name in a workbook; null for a CSV file
 * @param cell   the cell as spreadsheet programs name it, such as {@code C7}; null for a CSV file
 * @param column the column's header as the reader reads it (its Persian header in Persian); null
 *               for a place of a whole row or file
 */
public record Place(@Nullable Long line, @Nullable Long row, @Nullable String sheet, @Nullable String cell,
        @Nullable String column) {

    /**
     * A cell of a sheet.
     *
     * @param sheet  the sheet's name, or null when it is not known
     * @param cell   the cell, such as {@code C7}, not null
     * @param column the column's header in the reader's language, or null
     * @return the place, never null
     */
    public static Place cell(@Nullable String sheet, String cell, @Nullable String column) {
        return new Place(null, null, sheet, cell, column);
    }
}
