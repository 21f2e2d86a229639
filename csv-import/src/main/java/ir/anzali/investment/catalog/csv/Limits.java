package ir.anzali.investment.catalog.csv;

/**
 * The size limits of a file (CSV format §1).
 *
 * @param maxCellChars   characters per cell
 * @param maxColumns     cells per record
 * @param maxRecordChars characters per record
 */
public record Limits(int maxCellChars, int maxColumns, int maxRecordChars) {

    /** The defaults: 64 KiB per cell, 256 columns, 1 MiB per record. */
    public static final Limits DEFAULT = new Limits(64 * 1024, 256, 1024 * 1024);

    /**
     * Checks that each limit is positive.
     *
     * @throws IllegalArgumentException when a limit is less than 1
     */
    public Limits {
        if (maxCellChars < 1 || maxColumns < 1 || maxRecordChars < 1) {
            throw new IllegalArgumentException("Limits must be at least 1: cell " + maxCellChars + ", columns "
                    + maxColumns + ", record " + maxRecordChars);
        }
    }
}
