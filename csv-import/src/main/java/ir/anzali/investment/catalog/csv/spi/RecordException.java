package ir.anzali.investment.catalog.csv.spi;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file whose records cannot be read, and why: what a {@link RecordReader} throws instead of any
 * exception of its own parser. The importer reports it as one error of the file, after the rows read
 * before it, in words a clerk can act on — {@code encoding-error} for {@link Reason#UNDECODABLE} and {@link Reason#MISREAD},
 * otherwise {@code malformed-csv} for a CSV file and {@code malformed-workbook} for another format; its {@link #detail()} is quoted
 * there, so it must name what is wrong in the file (a cell, a count, a part) and never carry a
 * parser's exception text. Immutable.
 */
public final class RecordException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not a file of the reader's format, or one whose structure cannot be read. */
        UNREADABLE,
        /** Expands past the size limit, or compresses more than a real file does. */
        TOO_LARGE,
        /** A record with more cells than {@link ir.anzali.investment.catalog.csv.Limits#maxColumns()}. */
        TOO_MANY_COLUMNS,
        /** A cell longer than {@link ir.anzali.investment.catalog.csv.Limits#maxCellChars()}. */
        CELL_TOO_LARGE,
        /** A record of a text format longer than {@link ir.anzali.investment.catalog.csv.Limits#maxRecordChars()}. */
        RECORD_TOO_LARGE,
        /** Bytes of a text format that are not valid in its encoding. */
        UNDECODABLE,
        /**
         * Text of a text format read in an encoding it seems not to be in: the letters of the
         * encoding that the detail names would all be read as other letters.
         */
        MISREAD,
        /** A quote of a text format opened and never closed. */
        UNCLOSED_QUOTE,
        /** Text after a closing quote of a text format. */
        STRAY_QUOTE
    }

    /**
     * A word of a file as an encoding it is not in reads it and as it is written, which the message of
     * a {@link Reason#MISREAD} quotes so that the file shows what happened to it
     * ({@code "ط´ظ†ط§ط³ظ‡"} for {@code "شناسه"}). Immutable.
     *
     * @param read    the word as read, not null
     * @param written the word as written, not null
     */
    public record Misreading(String read, String written) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks that both words are given.
         *
         * @throws NullPointerException when a word is null
         */
        public Misreading {
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(written, "written");
        }
    }

    private final Reason reason;
    private final long line;
    private final @Nullable String detail;
    private final @Nullable Misreading misreading;

    /**
     * A failure.
     *
     * @param reason why, not null
     * @param line   the 1-based row where it was found, or 0 for the whole file
     * @param detail what the message quotes: for {@link Reason#UNREADABLE} what is wrong, for
     *               {@link Reason#TOO_MANY_COLUMNS} the count, for {@link Reason#CELL_TOO_LARGE} the
     *               cell ({@code D7}, or its 1-based column in a text format without cell names),
     *               for {@link Reason#TOO_LARGE} the limit in MiB, for {@link Reason#UNDECODABLE} the
     *               encoding, for {@link Reason#MISREAD} the encoding the text seems to be in, for
     *               {@link Reason#RECORD_TOO_LARGE} the cell (its 1-based column) whose
     *               quote is still open at the limit, null when no quote is; or null
     * @throws IllegalArgumentException when the line is negative
     */
    public RecordException(Reason reason, long line, @Nullable String detail) {
        this(reason, line, detail, null);
    }

    /**
     * A failure that quotes a word of the file as misread.
     *
     * @param reason     why, not null
     * @param line       the 1-based row where it was found, or 0 for the whole file
     * @param detail     what the message quotes, as for {@link #RecordException(Reason, long, String)}
     * @param misreading for {@link Reason#MISREAD}, a word of the file as read and as written; or null
     * @throws IllegalArgumentException when the line is negative, or a misreading is given for another reason
     */
    public RecordException(Reason reason, long line, @Nullable String detail, @Nullable Misreading misreading) {
        super(Objects.requireNonNull(reason, "reason") + (detail == null ? "" : ": " + detail));
        if (line < 0) {
            throw new IllegalArgumentException("Line must not be negative: " + line);
        }
        if (misreading != null && reason != Reason.MISREAD) {
            throw new IllegalArgumentException("A misreading belongs to MISREAD, not " + reason);
        }
        this.reason = reason;
        this.line = line;
        this.detail = detail;
        this.misreading = misreading;
    }

    /**
     * Why.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The row where it was found.
     *
     * @return the 1-based row, or 0 for the whole file
     */
    public long line() {
        return line;
    }

    /**
     * What the message quotes.
     *
     * @return the detail, or null
     */
    public @Nullable String detail() {
        return detail;
    }

    /**
     * For {@link Reason#MISREAD}, a word of the file as read and as written.
     *
     * @return the word, or null when none is quoted
     */
    public @Nullable Misreading misreading() {
        return misreading;
    }
}
