package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads dates as catalog data writes them (CSV format §4): ISO {@code 2026-11-27}; Solar Hijri
 * {@code 1405/09/06}, {@code 1405-09-06}, {@code 1405.09.06} or {@code 1405/9/6}, or with the
 * Persian month name ({@code ۶ آذر ۱۴۰۵}, {@code 6 آذرماه 1405}, {@code امرداد} for {@code مرداد});
 * Gregorian {@code 2026/11/27}, or with the English month name ({@code 27 November 2026},
 * {@code 27 Nov 2026}); in any digit script. A weekday may come first ({@code جمعه ۶ آذر ۱۴۰۵},
 * {@code Friday, 27 November 2026}): it is checked against the date, and a mismatch is a
 * {@link WeekdayMismatchException}. A year from 1200 to 1599 is Solar Hijri, a year from 1800 on is
 * Gregorian, and anything else is refused. The text is normalized first ({@link PersianNormalizer}), so that invisible marks copied
 * with it (an RLM, say) are ignored. Stateless and thread-safe.
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
     * @throws WeekdayMismatchException when a weekday written before the date is not the date's
     * @throws DateTimeException      when the year is in no accepted range or the day does not exist;
     *                                the message quotes the text
     */
    public static LocalDate parse(String text) {
        String normal = PersianNormalizer.normalize(text).strip();
        String weekday = "";
        DayOfWeek written = null;
        int space = normal.indexOf(' ');
        for (int words = 1; words <= 2 && space > 0 && written == null; words++) {
            written = WEEKDAYS.get(weekdayKey(normal.substring(0, space)));
            if (written != null) {
                weekday = normal.substring(0, space);
                normal = normal.substring(space + 1);
            } else {
                space = normal.indexOf(' ', space + 1);
            }
        }
        LocalDate date = parseDate(text, normal);
        if (written != null && written != date.getDayOfWeek()) {
            throw new WeekdayMismatchException(quoted(text), stripComma(weekday), written, date);
        }
        return date;
    }

    private static LocalDate parseDate(String text, String normal) {
        int[] ymd = splitYmd(normal);
        if (ymd == null) {
            ymd = withMonthName(normal);
        }
        if (ymd == null) {
            throw new DateTimeParseException("Not a date: '" + quoted(text)
                    + "'; write 1405/09/06 (Solar Hijri) or 2026-11-27", quoted(text), 0);
        }
        int year = ymd[0];
        if (year >= FIRST_JALALI_YEAR && year <= LAST_JALALI_YEAR && ymd[3] != 2) {
            try {
                return new JalaliDate(year, ymd[1], ymd[2]).toLocalDate();
            } catch (DateTimeException e) {
                throw new DateTimeException("Not a date: '" + quoted(text) + "': " + e.getMessage(), e);
            }
        }
        if (year >= FIRST_GREGORIAN_YEAR && ymd[3] != 1) {
            try {
                return LocalDate.of(year, ymd[1], ymd[2]);
            } catch (DateTimeException e) {
                throw new DateTimeException("Not a date: '" + quoted(text) + "': " + e.getMessage(), e);
            }
        }
        if (ymd[3] == 1) {
            throw new DateTimeException("Year " + year + " of '" + quoted(text) + "' is not a Solar Hijri year ("
                    + FIRST_JALALI_YEAR + "–" + LAST_JALALI_YEAR + "), which a Persian month name needs");
        }
        if (ymd[3] == 2) {
            throw new DateTimeException("Year " + year + " of '" + quoted(text) + "' is not a Gregorian year ("
                    + FIRST_GREGORIAN_YEAR + " on), which an English month name needs");
        }
        throw new DateTimeException("Year " + year + " of '" + quoted(text) + "' is neither Solar Hijri ("
                + FIRST_JALALI_YEAR + "–" + LAST_JALALI_YEAR + ") nor Gregorian (" + FIRST_GREGORIAN_YEAR + " on)");
    }

    /** The Persian month names, Farvardin to Esfand, with {@code امرداد} for Mordad. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** The English month names and their first three letters, in upper case. */
    private static final Map<String, Integer> ENGLISH_MONTHS = new HashMap<>();
    /**
     * The weekdays in Persian, without spaces and ZWNJ ({@code سهشنبه}), and in English, full and
     * in three letters, in upper case.
     */
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[] persian = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
            "بهمن", "اسفند"};
        for (int m = 0; m < 12; m++) {
            MONTHS.put(persian[m], m + 1);
            String english = Month.of(m + 1).name();
            ENGLISH_MONTHS.put(english, m + 1);
            ENGLISH_MONTHS.put(english.substring(0, 3), m + 1);
        }
        MONTHS.put("امرداد", 5);
        String[] days = {"دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"};
        for (DayOfWeek day : DayOfWeek.values()) {
            WEEKDAYS.put(days[day.ordinal()], day);
            WEEKDAYS.put(day.name(), day);
            WEEKDAYS.put(day.name().substring(0, 3), day);
        }
    }

    /** A word or two as a key of {@link #WEEKDAYS}: no comma after, no space or ZWNJ inside, upper case. */
    private static String weekdayKey(String words) {
        return stripComma(words).replace(" ", "").replace(String.valueOf(PersianNormalizer.ZWNJ), "")
                .toUpperCase(Locale.ROOT);
    }

    private static String stripComma(String word) {
        return word.endsWith(",") || word.endsWith("،") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Splits {@code day month year} with a Persian month name, optionally followed by {@code ماه}
     * (attached, after a half-space or after a space): {@code ۶ آذر ۱۴۰۵}, {@code 6 آذرماه 1405};
     * or with an English month name: {@code 27 November 2026}.
     *
     * @param s normalized text
     * @return year, month, day and 1 (a Solar Hijri month name) or 2 (an English one), or null when
     *         the text has another shape
     */
    private static int @Nullable [] withMonthName(String s) {
        String[] words = s.split(" ");
        if (words.length == 4 && words[2].equals("ماه")) {
            words = new String[] {words[0], words[1] + "ماه", words[3]};
        }
        if (words.length != 3) {
            return null;
        }
        int day = digits(words[0], 2);
        int year = digits(words[2], 4);
        String name = words[1];
        if (name.endsWith("ماه")) {
            name = name.substring(0, name.length() - 3);
            if (name.endsWith(String.valueOf(PersianNormalizer.ZWNJ))) {
                name = name.substring(0, name.length() - 1);
            }
        }
        if (day <= 0 || year <= 0) {
            return null;
        }
        Integer month = MONTHS.get(name);
        if (month != null) {
            return new int[] {year, month, day, 1};
        }
        month = ENGLISH_MONTHS.get(words[1].toUpperCase(Locale.ROOT));
        return month == null ? null : new int[] {year, month, day, 2};
    }

    /** The value of one to {@code max} digits in any script, or -1. */
    private static int digits(String s, int max) {
        if (s.isEmpty() || s.length() > max) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = Digits.value(s.charAt(i));
            if (v < 0) {
                return -1;
            }
            value = value * 10 + v;
        }
        return value;
    }

    private static String quoted(String text) {
        String s = text.strip();
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /**
     * Splits {@code y/m/d}, {@code y-m-d} or {@code y.m.d} with a four-digit year and one- or two-digit month and
     * day, in any digit script, using one kind of separator.
     *
     * @return year, month, day and 0, or null when the text has another shape
     */
    static int @Nullable [] splitYmd(String text) {
        String s = text.strip();
        int[] out = new int[4];
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
            if ((c == '/' || c == '-' || c == '.') && part < 2 && (separator == 0 || separator == c)) {
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
