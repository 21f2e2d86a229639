package ir.anzali.investment.catalog.csv.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem of an import report (CSV format §5). Immutable and thread-safe.
 *
 * @param line    the physical line, 1-based, the header line included, where the record starts
 *                (for a file-level problem, where it was found), or null when there is no line
 * @param row     the 1-based number of the data record, or null for a problem of the header or file
 * @param column  the canonical English column name, or null for a problem of a whole row or file
 * @param value   the raw cell text, cut to its first {@value #MAX_VALUE_CHARS} characters followed by
 *                {@code …} when longer, or null where there is none
 * @param code    the error or warning code, not null
 * @param message what is wrong and what to do, in the report's language, not null
 * @param sheet   for a workbook, the sheet's name; null for a CSV file
 * @param cell    for a workbook, the cell as Excel names it, such as {@code D7}; null for a CSV file
 *                and for a problem of a whole row or file
 */
public record Problem(@Nullable Long line, @Nullable Long row, @Nullable String column, @Nullable String value,
        ErrorCode code, String message, @Nullable String sheet, @Nullable String cell) {

    /** The most characters of a value a problem keeps (CSV format §5). */
    public static final int MAX_VALUE_CHARS = 200;

    /**
     * Checks the required parts and cuts a long value.
     *
     * @throws NullPointerException when code or message is null
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        value = excerpt(value);
    }

    /**
     * A problem of a CSV file, which has no sheets or cells.
     *
     * @param line    the physical line, or null
     * @param row     the data record, or null
     * @param column  the column, or null
     * @param value   the raw cell text, or null
     * @param code    the code, not null
     * @param message the message, not null
     */
    public Problem(@Nullable Long line, @Nullable Long row, @Nullable String column, @Nullable String value,
            ErrorCode code, String message) {
        this(line, row, column, value, code, message, null, null);
    }

    /**
     * The same problem found on a numbered data record.
     *
     * @param number the 1-based number of the data record
     * @return a new problem, never null
     */
    public Problem onRow(long number) {
        return new Problem(line, number, column, value, code, message, sheet, cell);
    }

    /**
     * Text as a report quotes it: its first {@value #MAX_VALUE_CHARS} characters followed by
     * {@code …} when longer, so that a report stays small whatever the file holds. A character
     * written with two UTF-16 units is never cut in half.
     *
     * @param text the text, or null
     * @return the excerpt, or null for null
     */
    public static @Nullable String excerpt(@Nullable String text) {
        if (text == null || text.length() <= MAX_VALUE_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_VALUE_CHARS - 1)) ? MAX_VALUE_CHARS - 1 : MAX_VALUE_CHARS;
        return text.substring(0, end) + "…";
    }
}
