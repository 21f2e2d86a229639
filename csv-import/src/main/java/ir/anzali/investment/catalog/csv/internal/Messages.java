package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.ProblemPlace;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.Place;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The importer's messages in one language, by key. Numbers filled in — line numbers, counts,
 * limits — are written as {@link Display#number} writes them, with their thousands grouped as the
 * headings of a report group them ({@code line 2,001}, in Persian digits {@code ۲٬۰۰۱}; CSV format §7);
 * cell values are quoted as written.
 * Immutable and thread-safe.
 */
final class Messages {

    private static final MessageBundle BUNDLE = MessageBundle.load(
            name -> Messages.class.getResourceAsStream(name), "messages");

    private final Locale locale;
    private final boolean persian;
    private final Display display;

    private Messages(Locale locale) {
        this.locale = locale;
        this.persian = "fa".equals(locale.getLanguage());
        this.display = Display.of(locale);
    }

    static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /**
     * The message for a key, with its placeholders filled.
     *
     * @param key    the key, such as {@code type-error.date}
     * @param values name, value, name, value…; numbers are written in the language's digits, grouped, and
     *               the {@code value} (a cell's text) is cut as {@link Problem#excerpt(String)} cuts it
     * @return the message
     */
    String get(String key, @Nullable Object... values) {
        for (int i = 1; i < values.length; i += 2) {
            if (values[i] instanceof Number n) {
                values[i] = display.number(new BigDecimal(n.toString()));
            } else if ("value".equals(values[i - 1]) && values[i] instanceof String text) {
                values[i] = Problem.excerpt(text);
            }
        }
        return BUNDLE.get(key, locale, values);
    }

    /** A column as messages name it: its canonical name, and in Persian its Persian header first. */
    String column(Column column) {
        return persian ? column.persianName() + " (" + column.name() + ")" : column.name();
    }

    /**
     * A currency unit as messages name it: {@code ریال}, {@code تومان}, {@code دلار} in Persian;
     * {@code IRR}, {@code toman}, {@code USD} in English.
     */
    String unit(CurrencyUnits.Unit unit) {
        return unit.name(locale);
    }

    /** A coded value as messages name it: its code, and in Persian its Persian name first. */
    String name(Named value) {
        return persian ? value.nameFa() + " (" + value.code() + ")" : value.code();
    }

    /** The separator of a list in a message. */
    String comma() {
        return persian ? "، " : ", ";
    }

    /** A day in both calendars, the language's own first, as {@link Display#dates} writes it. */
    String dates(LocalDate day) {
        return display.dates(day);
    }

    /**
     * A cell of a sheet as messages name it ({@link Display#place}): {@code cell Opportunities!G2,
     * column published_on}, in Persian with the column's Persian header.
     */
    String cell(@Nullable String sheet, String cell, Column column) {
        return display.place(Place.cell(sheet, cell, ProblemPlace.header(column, locale)));
    }

    /** A day of the week as messages name it: {@code جمعه}, {@code Friday}. */
    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** A whole or decimal number with its thousands grouped, in the language's digits: {@code ۱٬۰۰۰٬۰۰۰} or {@code 1,000,000}. */
    String grouped(BigDecimal value) {
        return display.number(value);
    }

    /** A number written in ASCII digits, in the language's digits. */
    String number(String ascii) {
        return persian ? Digits.toPersian(ascii) : ascii;
    }
}
