package ir.anzali.investment.catalog.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A date of the Solar Hijri (Jalali) calendar, the official calendar of Iran.
 *
 * <p>Months 1–6 have 31 days, months 7–11 have 30, and Esfand (12) has 29, or 30 in a leap year.
 * Leap years follow the 33-year break table used by the Iranian calendar authority's published
 * conversions; it agrees with the official leap-year table of 1206–1498 (1403 is leap, 1404 is
 * not, though the 2820-year arithmetic says it is). Years from 1 to 3176 are supported.
 *
 * <p>{@link #toString()} gives {@code 1405/09/06}, which {@link #parse(String)} reads back.
 * Immutable and thread-safe.
 *
 * @param year  the Solar Hijri year, 1–3176
 * @param month the month, 1–12
 * @param day   the day of the month, 1 to the month's length
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    /** The first supported year. */
    public static final int MIN_YEAR = 1;
    /** The last supported year. */
    public static final int MAX_YEAR = 3176;

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};
    /** The epoch day of Nowruz of each year from {@link #MIN_YEAR} to the year after {@link #MAX_YEAR}. */
    private static final long[] NOWRUZ = new long[MAX_YEAR - MIN_YEAR + 2];

    static {
        for (int year = MIN_YEAR; year <= MAX_YEAR + 1; year++) {
            NOWRUZ[year - MIN_YEAR] = nowruzByBreaks(year).toEpochDay();
        }
    }

    private static final LocalDate FIRST_DAY = firstDay(MIN_YEAR);
    private static final LocalDate LAST_DAY = firstDay(MAX_YEAR + 1).minusDays(1);

    /**
     * Checks the date against the calendar.
     *
     * @throws DateTimeException when the year, month or day does not exist; the message names it
     */
    public JalaliDate {
        int length = lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            throw new DateTimeException("Day " + day + " does not exist in month " + month + " of " + year
                    + ", which has " + length + " days");
        }
    }

    /**
     * Creates a date.
     *
     * @param year  the year
     * @param month the month
     * @param day   the day
     * @return the date, never null
     * @throws DateTimeException when the date does not exist
     */
    public static JalaliDate of(int year, int month, int day) {
        return new JalaliDate(year, month, day);
    }

    /**
     * Converts a Gregorian date.
     *
     * @param date the date, not null
     * @return the same day in the Solar Hijri calendar, never null
     * @throws DateTimeException when the date lies outside the supported years
     */
    public static JalaliDate from(LocalDate date) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new DateTimeException("Date outside the supported Solar Hijri years " + MIN_YEAR + "–" + MAX_YEAR
                    + ": " + date);
        }
        int jy = date.getYear() - 621;
        LocalDate nowruz = firstDay(jy);
        if (date.isBefore(nowruz)) {
            jy--;
            nowruz = firstDay(jy);
        }
        int dayOfYear = (int) ChronoUnit.DAYS.between(nowruz, date);
        int month;
        int day;
        if (dayOfYear < 186) {
            month = dayOfYear / 31 + 1;
            day = dayOfYear % 31 + 1;
        } else {
            int rest = dayOfYear - 186;
            month = Math.min(rest / 30 + 7, 12);
            day = rest - (month - 7) * 30 + 1;
        }
        return new JalaliDate(jy, month, day);
    }

    /**
     * Parses {@code 1405/09/06}, {@code 1405-09-06}, {@code 1405.09.06} or {@code 1405/9/6}, in any digit script.
     *
     * @param text the text, not null
     * @return the date, never null
     * @throws DateTimeException when the text is not such a date, or the date does not exist
     */
    public static JalaliDate parse(String text) {
        int[] parts = DateParser.splitYmd(PersianNormalizer.normalize(text));
        if (parts == null) {
            String shown = text.length() <= 200 ? text : text.substring(0, 200) + "…";
            throw new DateTimeException("Not a Solar Hijri date (write 1405/09/06): '" + shown + "'");
        }
        return new JalaliDate(parts[0], parts[1], parts[2]);
    }

    /**
     * The same day in the Gregorian calendar.
     *
     * @return the date, never null
     */
    public LocalDate toLocalDate() {
        int dayOfYear = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
        return LocalDate.ofEpochDay(NOWRUZ[year - MIN_YEAR] + dayOfYear + day - 1L);
    }

    /**
     * Tells whether a year is a leap year, with 30 days in Esfand.
     *
     * @param year the year, 1–3176
     * @return true for a leap year
     * @throws DateTimeException when the year is not supported
     */
    public static boolean isLeapYear(int year) {
        checkYear(year);
        return NOWRUZ[year + 1 - MIN_YEAR] - NOWRUZ[year - MIN_YEAR] == 366;
    }

    /**
     * Gives the number of days in a month.
     *
     * @param year  the year, 1–3176
     * @param month the month, 1–12
     * @return 29, 30 or 31
     * @throws DateTimeException when the year or month is out of range
     */
    public static int lengthOfMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new DateTimeException("Solar Hijri month must be 1–12: " + month);
        }
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    /**
     * Gives the Gregorian date of the first day of a Solar Hijri year (Nowruz).
     *
     * @param year the Solar Hijri year, 1–3176
     * @return the date, never null
     * @throws DateTimeException when the year is not supported
     */
    public static LocalDate nowruz(int year) {
        checkYear(year);
        return firstDay(year);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Solar Hijri year out of range " + MIN_YEAR + "–" + MAX_YEAR + ": " + year);
        }
    }

    /** Nowruz of a supported year or of the year after the last one. */
    private static LocalDate firstDay(int year) {
        return LocalDate.ofEpochDay(NOWRUZ[year - MIN_YEAR]);
    }

    /**
     * Nowruz of any year of the break table, including the year after the last supported one,
     * computed from the table: what {@link #NOWRUZ} holds, worked out once for every year.
     */
    static LocalDate nowruzByBreaks(int year) {
        int gy = year + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (year < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + (jump % 33) / 4;
            jp = jm;
        }
        int n = year - jp;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        return LocalDate.of(gy, 3, 1).plusDays(march - 1L);
    }

    @Override
    public int compareTo(JalaliDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    /**
     * Gives the canonical text, {@code yyyy/MM/dd} in ASCII digits, such as {@code 1405/09/06},
     * whatever the default locale.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day);
    }
}
