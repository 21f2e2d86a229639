package ir.anzali.investment.catalog.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a date is written with a weekday that is not its own ({@code پنجشنبه ۶ آذر ۱۴۰۵},
 * though 1405/09/06 is a Friday): a typo in the day or in the weekday. It hands out the weekday
 * written, the date read and its real weekday, so that a message can name both.
 */
public final class WeekdayMismatchException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    private final String weekday;
    private final DayOfWeek written;
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param text    the date's text, not null
     * @param weekday the weekday as written, not null
     * @param written the weekday it names, not null
     * @param date    the date read, not null
     */
    public WeekdayMismatchException(String text, String weekday, DayOfWeek written, LocalDate date) {
        super("'" + text + "' names " + name(written) + ", but " + date + " is a " + name(date.getDayOfWeek()));
        this.weekday = Objects.requireNonNull(weekday, "weekday");
        this.written = Objects.requireNonNull(written, "written");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * The weekday as the text writes it, such as {@code پنجشنبه} or {@code Thu}.
     *
     * @return the word, never null
     */
    public String weekday() {
        return weekday;
    }

    /**
     * The weekday the text names.
     *
     * @return the day, never null
     */
    public DayOfWeek written() {
        return written;
    }

    /**
     * The date read from the rest of the text.
     *
     * @return the date, never null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The date's real weekday.
     *
     * @return the day, never null
     */
    public DayOfWeek actual() {
        return date.getDayOfWeek();
    }

    private static String name(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
