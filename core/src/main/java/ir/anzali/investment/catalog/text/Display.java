package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How numbers, dates and coded values are shown to people in one language (CSV format §7). In
 * Persian: Persian digits, {@code ٬} between thousands and {@code ٫} before decimals
 * ({@code ۱۲٬۵۰۰٫۵}), Solar Hijri dates ({@code ۱۴۰۵/۰۹/۰۶}) and Persian names; in English: ASCII
 * digits with {@code ,} between thousands, ISO dates and English names. Days in both calendars
 * ({@link #dates}) and places in a file ({@link #place}) are rendered here once. For machines — JSON, CSV —
 * use codes, plain numbers and ISO dates instead. Immutable and thread-safe.
 */
public final class Display {

    /**
     * The words of counts, dates and places, kept here once for the importer's messages, the pages
     * and the command line.
     */
    private static final MessageBundle WORDS = MessageBundle.load(Display.class::getResourceAsStream, "display");
    private static final Display PERSIAN = new Display(true);
    private static final Display ENGLISH = new Display(false);

    private final boolean persian;

    private Display(boolean persian) {
        this.persian = persian;
    }

    /**
     * The display of a language: Persian for {@code fa}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the display, never null
     */
    public static Display of(Locale locale) {
        return "fa".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? PERSIAN : ENGLISH;
    }

    /**
     * Whether this is the Persian display.
     *
     * @return true for Persian
     */
    public boolean persian() {
        return persian;
    }

    /**
     * A whole number with its thousands grouped: {@code ۱۲٬۵۰۰} or {@code 12,500}.
     *
     * @param value the number
     * @return the text, never null
     */
    public String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /**
     * A decimal with its thousands grouped and every decimal it has: {@code ۱۲٬۵۰۰٫۷۵} or
     * {@code 12,500.75}.
     *
     * @param value the number, not null
     * @return the text, never null
     */
    public String number(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, plain.scale()));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        String text = format.format(plain);
        return persian ? digits(text.replace(',', '٬').replace('.', '٫')) : text;
    }

    /**
     * A count with its noun in the form the number takes: {@code 1 row}, {@code 1,500 rows},
     * {@code ۱٬۵۰۰ ردیف}.
     *
     * @param noun  what is counted, not null
     * @param count the count
     * @return the text, never null
     */
    public String count(Counted noun, long count) {
        return words(noun.key(count), "count", number(count));
    }

    /**
     * Text whose ASCII digits are written in the language's digits.
     *
     * @param text the text, not null
     * @return the text, never null
     */
    public String digits(String text) {
        return persian ? Digits.toPersian(text) : text;
    }

    /**
     * A date: Solar Hijri in Persian ({@code ۱۴۰۵/۰۹/۰۶}), ISO in English ({@code 2026-11-27}). A
     * date outside the Solar Hijri years supported is shown in ISO in both.
     *
     * @param date the date, not null
     * @return the text, never null
     */
    public String date(LocalDate date) {
        if (!persian) {
            return date.toString();
        }
        try {
            return digits(JalaliDate.from(date).toString());
        } catch (DateTimeException e) {
            return digits(date.toString());
        }
    }

    /**
     * A day in both calendars, the language's own first, as every page, message and command shows a
     * day: {@code ۱۴۰۵/۰۹/۰۶ (۲۰۲۶-۱۱-۲۷ میلادی)} or {@code 2026-11-27 (Solar Hijri 1405/09/06)}. A
     * date outside the Solar Hijri years supported is shown in ISO alone.
     *
     * @param date the date, not null
     * @return the text, never null
     */
    public String dates(LocalDate date) {
        String solar;
        try {
            solar = JalaliDate.from(date).toString();
        } catch (DateTimeException e) {
            return digits(date.toString());
        }
        return words("dates", "solar", digits(solar), "gregorian", digits(date.toString()));
    }

    /**
     * A place in a file as people read it, its parts joined in the language's way:
     * {@code line 7, row 6, column deadline}, {@code cell Opportunities!C7, row 6, column deadline},
     * {@code سطر ۷، ردیف ۶، ستون مهلت}. A sheet's line is said with the sheet's name when there is no
     * cell. The one rendering of places for the importer's messages, the report page and the command
     * line.
     *
     * @param place the place, not null
     * @return the text, empty when the place has no part, never null
     */
    public String place(Place place) {
        List<String> parts = new ArrayList<>(3);
        if (place.cell() != null) {
            parts.add(place.sheet() == null ? words("place.cell", "cell", place.cell())
                    : words("place.sheet-cell", "sheet", place.sheet(), "cell", place.cell()));
        } else if (place.line() != null) {
            parts.add(place.sheet() == null ? words("place.line", "line", number(place.line()))
                    : words("place.sheet-line", "sheet", place.sheet(), "line", number(place.line())));
        }
        if (place.row() != null) {
            parts.add(words("place.row", "row", number(place.row())));
        }
        if (place.column() != null) {
            parts.add(words("place.column", "column", place.column()));
        }
        return String.join(persian ? "، " : ", ", parts);
    }

    /**
     * The name of a delimiter of a CSV file, with the character itself where it can be seen: the
     * delimiters of the format ({@link Delimiter}) as {@code comma ( , )}, {@code semicolon ( ; )},
     * {@code tab}, {@code Persian semicolon ( ؛ )} or in Persian {@code ویرگول انگلیسی ( , )}…; any
     * other text as it is.
     *
     * @param delimiter the delimiter, not null
     * @return the name, never null
     */
    public String delimiter(String delimiter) {
        Delimiter known = delimiter.length() == 1 ? Delimiter.of(delimiter.charAt(0)).orElse(null) : null;
        if (known == null) {
            return delimiter;
        }
        return known == Delimiter.TAB ? name(known) : name(known) + " ( " + delimiter + " )";
    }

    /**
     * The name of a coded value in the language: {@code گردشگری} or {@code Tourism}.
     *
     * @param value the value, not null
     * @return the name, never null
     */
    public String name(Named value) {
        return persian ? value.nameFa() : value.nameEn();
    }

    private String words(String key, Object... values) {
        return WORDS.get(key, persian ? LocalizedText.PERSIAN : Locale.ENGLISH, values);
    }
}
