package ir.anzali.investment.catalog.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a workbook cell holds when it is not text: its value as the workbook typed it, so that no
 * text parsing can misread it. Text cells, and every cell of a CSV file, have none.
 */
public sealed interface CellValue {

    /**
     * A number: read as it is, never as text with separators.
     *
     * @param value the number; a cell formatted as a percentage gives its shown value (0.185 as 18.5)
     */
    record Number(BigDecimal value) implements CellValue {
    }

    /**
     * A date: a number in a cell formatted as a date, in the workbook's date system.
     *
     * @param value the day
     */
    record Date(LocalDate value) implements CellValue {
    }

    /**
     * A yes/no value, {@code TRUE} or {@code FALSE}: never a value of the catalog.
     *
     * @param value the value
     */
    record Flag(boolean value) implements CellValue {
    }

    /**
     * An Excel error such as {@code #N/A} or {@code #VALUE!}.
     *
     * @param code the error as Excel shows it
     */
    record Failure(String code) implements CellValue {
    }

    /**
     * A formula whose result the file does not hold: the workbook was written by a program that
     * does not compute formulas.
     *
     * @param formula the formula
     */
    record NoResult(String formula) implements CellValue {
    }

    /**
     * A number past what the library reads, as the CSV format's numbers are bounded: more than 30
     * significant digits, digits before the point or decimals, such as {@code 1E-999999999}.
     *
     * @param written the number as the file writes it
     */
    record Unbounded(String written) implements CellValue {
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
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", year, month, day);
        }
    }
}
