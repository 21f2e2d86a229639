package ir.anzali.investment.catalog.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads dates as catalog data writes them (CSV format §4): ISO {@code 2026-11-27}; Solar Hijri
 * {@code 1405/09/06}, {@code 1405-09-06} or {@code 1405/9/6}; Gregorian {@code 2026/11/27}; in any
 * digit script. A year from 1200 to 1599 is Solar Hijri, a year from 1800 on is Gregorian, and
 * anything else is refused. Stateless and thread-safe.
 */
public final class DateParser {

    /** The first year read as Solar Hijri. */
    public static final int FIRST_JALALI_YEAR = 1200;
    /** The last year read as Solar Hijri. */
    public static final int LAST_JALALI_YEAR = 1599;
    /** The first year read as Gregorian. */
    public static final int FIRST_GREGORIAN_YEAR = 1800;

    private DateParser() {
    }

    /**
     * Parses a date.
     *
     * @param text the text, not null; surrounding white space is ignored
     * @return the date, never null
     * @throws DateTimeParseException when the text does not have the shape of a date
     * @throws DateTimeException      when the year is in no accepted range or the day does not exist;
     *                                the message quotes the text
     */
    public static LocalDate parse(String text) {
        int[] ymd = splitYmd(text);
        if (ymd == null) {
            throw new DateTimeParseException("Not a date: '" + text.strip()
                    + "'; write 1405/09/06 (Solar Hijri) or 2026-11-27", text, 0);
        }
        int year = ymd[0];
        if (year >= FIRST_JALALI_YEAR && year <= LAST_JALALI_YEAR) {
            try {
                return new JalaliDate(year, ymd[1], ymd[2]).toLocalDate();
            } catch (DateTimeException e) {
                throw new DateTimeException("Not a date: '" + text.strip() + "': " + e.getMessage(), e);
            }
        }
        if (year >= FIRST_GREGORIAN_YEAR) {
            try {
                return LocalDate.of(year, ymd[1], ymd[2]);
            } catch (DateTimeException e) {
                throw new DateTimeException("Not a date: '" + text.strip() + "': " + e.getMessage(), e);
            }
        }
        throw new DateTimeException("Year " + year + " of '" + text.strip() + "' is neither Solar Hijri ("
                + FIRST_JALALI_YEAR + "–" + LAST_JALALI_YEAR + ") nor Gregorian (" + FIRST_GREGORIAN_YEAR + " on)");
    }

    /**
     * Splits {@code y/m/d} or {@code y-m-d} with a four-digit year and one- or two-digit month and
     * day, in any digit script, using one kind of separator.
     *
     * @return year, month and day, or null when the text has another shape
     */
    static int[] splitYmd(String text) {
        String s = text.strip();
        int[] out = new int[3];
        int part = 0;
        int digits = 0;
        int value = 0;
        char separator = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = Digits.value(c);
            if (v >= 0) {
                value = value * 10 + v;
                digits++;
                if (digits > (part == 0 ? 4 : 2)) {
                    return null;
                }
                continue;
            }
            if ((c == '/' || c == '-') && part < 2 && (separator == 0 || separator == c)) {
                if (part == 0 ? digits != 4 : digits == 0) {
                    return null;
                }
                separator = c;
                out[part++] = value;
                value = 0;
                digits = 0;
                continue;
            }
            return null;
        }
        if (part != 2 || digits == 0) {
            return null;
        }
        out[2] = value;
        return out;
    }
}
