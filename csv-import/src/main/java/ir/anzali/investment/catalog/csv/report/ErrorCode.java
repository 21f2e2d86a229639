package ir.anzali.investment.catalog.csv.report;

import java.util.Locale;

/**
 * The error and warning codes of the import report (CSV format §5). A file-level error stops the
 * run and nothing is imported; a row or cell error rejects its row; a warning changes nothing.
 */
public enum ErrorCode {
    /** No header line at all. */
    EMPTY_FILE(Level.FILE),
    /** Bytes invalid in the encoding. */
    ENCODING_ERROR(Level.FILE),
    /** A single-byte encoding was guessed; the message names it and the option that forces another. */
    ENCODING_GUESS(Level.WARNING),
    /** An unclosed or stray quote, or a record past a size limit. */
    MALFORMED_CSV(Level.FILE),
    /**
     * A file with more opportunities, incentives or bytes than an import into a catalog takes in
     * ({@code CatalogLimits}); the message names the limit, where the import stopped, and what to do.
     */
    FILE_TOO_LARGE(Level.FILE),
    /**
     * A workbook that cannot be read: not a workbook, too large when expanded, damaged XML, no sheet
     * for the kind or two, rows numbered twice or out of order, a row or cell too large.
     */
    MALFORMED_WORKBOOK(Level.FILE),
    /**
     * A file of a format that a reader added by another jar reads, which cannot be read: damaged,
     * too large when expanded, no sheet for the kind or two, a row or cell too large.
     */
    UNREADABLE_FILE(Level.FILE),
    /**
     * A file of a format that is not read, told by its content: an Excel 97–2003 or binary workbook,
     * a workbook protected by a password, an OpenDocument spreadsheet, a PDF or Word document.
     */
    UNSUPPORTED_FORMAT(Level.FILE),
    /** A header cell is empty. */
    BLANK_HEADER(Level.FILE),
    /** Two header cells name the same column. */
    DUPLICATE_HEADER(Level.FILE),
    /** A required column is absent. */
    MISSING_COLUMN(Level.FILE),
    /** A column the format does not know; it is ignored. */
    UNKNOWN_COLUMN(Level.WARNING),
    /** Fewer cells than the header. */
    MISSING_CELL(Level.ROW),
    /** More cells than the header. */
    EXTRA_CELL(Level.ROW),
    /** A required value is missing. */
    REQUIRED(Level.CELL),
    /** Not a value of the column's type. */
    TYPE_ERROR(Level.CELL),
    /** A code, name or currency that is not known. */
    UNKNOWN_CODE(Level.CELL),
    /** A number or date outside its range. */
    OUT_OF_RANGE(Level.CELL),
    /** Text longer than the column allows. */
    TOO_LONG(Level.CELL),
    /** An id of the wrong shape. */
    PATTERN(Level.CELL),
    /** An amount or area such as {@code 1.500}: a decimal or a thousands separator? */
    AMBIGUOUS_NUMBER(Level.CELL),
    /** A rule across columns. */
    CROSS_FIELD(Level.CELL),
    /** An id seen earlier in the same file. */
    DUPLICATE_ID(Level.CELL),
    /** An incentive id that the catalog does not hold. */
    UNKNOWN_REFERENCE(Level.CELL),
    /**
     * Free text with {@code ?} in place of letters, written by a program that saved the file in an
     * encoding lacking them: a {@code ?} directly before a Persian or Arabic letter, or a word of two or
     * more {@code ?} and punctuation only.
     */
    LOST_LETTERS(Level.CELL),
    /** A status that the lifecycle does not allow the catalog's opportunity of that id to move to. */
    ILLEGAL_TRANSITION(Level.CELL),
    /**
     * A workbook's date cell of a year from 1200 to 1599: a Solar Hijri date typed as digits, which the
     * spreadsheet program took for a Gregorian day; read as that Solar Hijri day.
     */
    JALALI_DATE_CELL(Level.WARNING),
    /**
     * A workbook of opportunities also holds an incentives sheet, which is not read because an
     * incentives file was given with it: the incentives are read from that file alone.
     */
    IGNORED_SHEET(Level.WARNING);

    /** Where a problem sits, and so what it stops. */
    public enum Level {
        /** Stops the run; nothing is imported. */
        FILE,
        /** Rejects the row. */
        ROW,
        /** Rejects the row; names a column. */
        CELL,
        /** Changes nothing. */
        WARNING
    }

    private final Level level;

    ErrorCode(Level level) {
        this.level = level;
    }

    /**
     * The code as the report writes it, such as {@code out-of-range}.
     *
     * @return the code, never null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Where the problem sits.
     *
     * @return the level, never null
     */
    public Level level() {
        return level;
    }

    /**
     * Finds a code by its report form.
     *
     * @param code such as {@code out-of-range}, not null
     * @return the code
     * @throws IllegalArgumentException when no code has that form
     */
    public static ErrorCode fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
