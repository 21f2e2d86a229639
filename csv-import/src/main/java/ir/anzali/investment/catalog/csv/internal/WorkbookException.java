package ir.anzali.investment.catalog.csv.internal;

import org.jspecify.annotations.Nullable;

/** A workbook that cannot be read, and why; reported as {@code malformed-workbook}. */
public final class WorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not a zip archive, or one without a workbook, or XML that cannot be read. */
        NOT_A_WORKBOOK,
        /** Expands past the size limit or compresses more than a real workbook. */
        TOO_LARGE,
        /** A row with more cells than the limit. */
        TOO_MANY_COLUMNS,
        /** A cell longer than the limit. */
        CELL_TOO_LARGE
    }

    private final Reason reason;
    private final long line;
    private final @Nullable String detail;

    /**
     * A failure.
     *
     * @param reason why, not null
     * @param line   the sheet row where it was found, or 0
     * @param detail what the message quotes: the cause, the cell or the count; or null
     */
    public WorkbookException(Reason reason, long line, @Nullable String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.line = line;
        this.detail = detail;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }

    /** The sheet row where it was found, or 0. */
    public long line() {
        return line;
    }

    /** What the message quotes, or null. */
    public @Nullable String detail() {
        return detail;
    }
}
