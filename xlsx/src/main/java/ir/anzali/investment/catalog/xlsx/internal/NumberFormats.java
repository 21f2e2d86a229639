package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.spi.CellValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a cell's number format says about its number: a date, a percentage or a plain number; and
 * the day a date serial number stands for in the 1900 and 1904 date systems.
 */
final class NumberFormats {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** The Julian day number of 1970-01-01, the JDK's epoch day 0. */
    private static final long JULIAN_DAY_OF_1970 = 2_440_588;
    /** The Julian day number of 1582-10-15, the first day of the Gregorian calendar. */
    private static final long GREGORIAN_REFORM = 2_299_161;

    private NumberFormats() {
    }

    /** What a number format shows. */
    enum Shown {
        /** The number. */
        NUMBER,
        /** The day of a date serial number. */
        DATE,
        /** The number times 100. */
        PERCENT
    }

    /**
     * What a format shows.
     *
     * @param id     the format's id, or null
     * @param format the format's code, or null
     * @return a date, a percentage or a number
     */
    static Shown shown(@Nullable Integer id, @Nullable String format) {
        return isDate(id, format) ? Shown.DATE : isPercent(id, format) ? Shown.PERCENT : Shown.NUMBER;
    }

    /**
     * Tells whether a format shows a date: a built-in date format, or one whose codes, outside
     * quoted text, escapes and bracketed sections such as {@code [$-fa-IR,16]}, write a year, month,
     * day, hour or second. Whether its number is a day is the number's to say ({@link #day}).
     *
     * @param id     the format's id, or null
     * @param format the format's code, or null
     * @return true for a date
     */
    static boolean isDate(@Nullable Integer id, @Nullable String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        String codes = codes(format);
        if (codes.isEmpty() || codes.equalsIgnoreCase("general")) {
            return false;
        }
        for (int i = 0; i < codes.length(); i++) {
            char c = Character.toLowerCase(codes.charAt(i));
            if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a format shows a percentage.
     *
     * @param id     the format's id, or null
     * @param format the format's code, or null
     * @return true when it multiplies by 100 and writes {@code %}
     */
    static boolean isPercent(@Nullable Integer id, @Nullable String format) {
        return id != null && (id == 9 || id == 10) || codes(format).indexOf('%') >= 0;
    }

    /**
     * The day of a date serial number; its fraction, the time of day, is left out.
     *
     * @param serial   the number
     * @param date1904 whether the workbook counts from 1904
     * @return the day, or null for a number that is no day of the system
     */
    static @Nullable LocalDate day(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null;
        }
        long days = serial.longValue();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        if (days < 1 || days == 60) {
            return null;
        }
        return days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    /**
     * A date cell before the program's first day shows a Solar Hijri date typed as digits when its
     * year is {@value CellValue.SolarHijri#FIRST_YEAR} to {@value CellValue.SolarHijri#LAST_YEAR}:
     * the serial read as the year, month and day the writing program shows — LibreOffice Calc a day
     * of the Julian calendar before the Gregorian reform (1582-10-15), other programs a day of the
     * proleptic Gregorian calendar.
     *
     * @param serial the cell's number
     * @param calc   whether LibreOffice Calc wrote the workbook
     * @return the date as shown, or null when the serial is not negative or its year is another
     */
    static CellValue.@Nullable SolarHijri solarHijri(BigDecimal serial, boolean date1904, boolean calc) {
        if (serial.signum() >= 0 || serial.compareTo(BigDecimal.valueOf(-1_000_000)) < 0) {
            return null;
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValue();
        long julianDay = (date1904 ? EPOCH_1904 : EPOCH_1900).toEpochDay() + days + JULIAN_DAY_OF_1970;
        int year;
        int month;
        int day;
        if (calc && julianDay < GREGORIAN_REFORM) {
            // The Julian calendar's date of a Julian day number (Meeus' algorithm).
            long c = julianDay + 32_082;
            long d = (4 * c + 3) / 1461;
            long e = c - 1461 * d / 4;
            long m = (5 * e + 2) / 153;
            day = (int) (e - (153 * m + 2) / 5 + 1);
            month = (int) (m + 3 - 12 * (m / 10));
            year = (int) (d - 4800 + m / 10);
        } else {
            LocalDate date = LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_1970);
            year = date.getYear();
            month = date.getMonthValue();
            day = date.getDayOfMonth();
        }
        return year < CellValue.SolarHijri.FIRST_YEAR || year > CellValue.SolarHijri.LAST_YEAR ? null
                : new CellValue.SolarHijri(year, month, day);
    }

    /** The format's codes without quoted text, escaped characters and bracketed sections. */
    private static String codes(@Nullable String format) {
        if (format == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(format.length());
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (bracket == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
