package ir.anzali.investment.catalog.csv.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a cell of a record holds, as the file typed it, so that no text parsing can misread a value
 * the file already typed: text, nothing, a number, a date, a yes/no value, an error, a formula
 * without its result, a number past the format's bounds, or a Solar Hijri date typed as digits into
 * a date cell. A text format's cells are all {@link Text} or {@link Blank}. Each value is immutable
 * and thread-safe; {@link #text()} is what the cell reads as when a column wants text.
 */
public sealed interface CellValue {

    /** The one blank cell. */
    Blank BLANK = new Blank();

    /**
     * The cell's text, as a CSV file would hold its value.
     *
     * @return the text, empty for a blank cell, never null
     */
    String text();

    /**
     * A text cell, or {@link #BLANK} for the empty text.
     *
     * @param text the text, not null
     * @return the cell, never null
     */
    static CellValue of(String text) {
        return text.isEmpty() ? BLANK : new Text(text);
    }

    /**
     * Text, read as a CSV file's cell is read.
     *
     * @param value the text, not null; may be empty or only white space
     */
    record Text(String value) implements CellValue {
        /** Checks the text. */
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A cell with nothing in it; {@link #BLANK} is the one instance needed. */
    record Blank() implements CellValue {
        @Override
        public String text() {
            return "";
        }
    }

    /**
     * A number: read as it is, never as text with separators.
     *
     * @param value the number, not null; a cell formatted as a percentage gives its shown value
     *              (0.185 as 18.5)
     */
    record Number(BigDecimal value) implements CellValue {
        /** Checks the value. */
        public Number {
            Objects.requireNonNull(value, "value");
        }

        /** The number written plainly, without grouping or exponent. */
        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /**
     * A date: a number in a cell formatted as a date, in the workbook's date system.
     *
     * @param value the day, not null
     */
    record Date(LocalDate value) implements CellValue {
        /** Checks the value. */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        /** The day as ISO, {@code 2026-11-27}. */
        @Override
        public String text() {
            return value.toString();
        }
    }

    /**
     * A yes/no value, {@code TRUE} or {@code FALSE}: never a value of the catalog.
     *
     * @param value the value
     */
    record Flag(boolean value) implements CellValue {
        /** {@code TRUE} or {@code FALSE}. */
        @Override
        public String text() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /**
     * An error of the program that wrote the file, such as {@code #N/A} or {@code #VALUE!}.
     *
     * @param code the error as the program shows it, not null
     */
    record Failure(String code) implements CellValue {
        /** Checks the code. */
        public Failure {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String text() {
            return code;
        }
    }

    /**
     * A formula whose result the file does not hold: the workbook was written by a program that
     * does not compute formulas.
     *
     * @param formula the formula as written in a cell, {@code =B2}, not null
     */
    record NoResult(String formula) implements CellValue {
        /** Checks the formula. */
        public NoResult {
            Objects.requireNonNull(formula, "formula");
        }

        @Override
        public String text() {
            return formula;
        }
    }

    /**
     * A number past what the library reads, as the CSV format's numbers are bounded: more than 30
     * significant digits, digits before the point or decimals, such as {@code 1E-999999999}.
     *
     * @param written the number as the file writes it, not null
     */
    record Unbounded(String written) implements CellValue {
        /** Checks the text. */
        public Unbounded {
            Objects.requireNonNull(written, "written");
        }

        @Override
        public String text() {
            return written;
        }
    }

    /**
     * A date cell of a year from 1200 to 1599 as the program that wrote the workbook shows it: a Solar
     * Hijri date typed as digits ({@code 1405/09/06}), which the program took for a Gregorian day.
     * The numbers are as shown, not checked against the Solar Hijri calendar.
     *
     * @param year  the year shown
     * @param month the month shown, 1 to 12
     * @param day   the day shown, 1 to 31
     */
    record SolarHijri(int year, int month, int day) implements CellValue {
        /** The first year read as Solar Hijri. */
        public static final int FIRST_YEAR = 1200;
        /** The last year read as Solar Hijri. */
        public static final int LAST_YEAR = 1599;

        /** The date as typed, {@code yyyy/MM/dd}. */
        @Override
        public String text() {
            return String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day);
        }

        /** The date as typed, {@code yyyy/MM/dd}. */
        @Override
        public String toString() {
            return text();
        }
    }
}
