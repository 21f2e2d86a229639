package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How numbers, dates and coded values are shown to people in one language (CSV format §7). In
 * Persian: Persian digits, {@code ٬} between thousands and {@code ٫} before decimals
 * ({@code ۱۲٬۵۰۰٫۵}), Solar Hijri dates ({@code ۱۴۰۵/۰۹/۰۶}) and Persian names; in English: ASCII
 * digits with {@code ,} between thousands, ISO dates and English names. For machines — JSON, CSV —
 * use codes, plain numbers and ISO dates instead. Immutable and thread-safe.
 */
public final class Display {

    /** The nouns of counts, kept here once for the importer's messages, the pages and the command line. */
    private static final MessageBundle NOUNS = MessageBundle.load(Display.class::getResourceAsStream, "display");
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
        return NOUNS.get(noun.key(count), persian ? LocalizedText.PERSIAN : Locale.ENGLISH, "count", number(count));
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
     * A date in both calendars, the Solar Hijri first in Persian: {@code ۱۴۰۵/۰۹/۰۶ (۲۰۲۶-۱۱-۲۷)};
     * in English the ISO date alone.
     *
     * @param date the date, not null
     * @return the text, never null
     */
    public String dates(LocalDate date) {
        return persian ? date(date) + " (" + digits(date.toString()) + ")" : date.toString();
    }

    /**
     * The name of a delimiter of a CSV file, with the character itself where it can be seen: the
     * delimiters of the format (CSV format §1), {@code ,} {@code ;} tab and {@code ؛}, as
     * {@code comma ( , )}, {@code semicolon ( ; )}, {@code tab}, {@code Persian semicolon ( ؛ )} or
     * in Persian {@code ویرگول انگلیسی ( , )}…; any other text as it is.
     *
     * @param delimiter the delimiter, not null
     * @return the name, never null
     */
    public String delimiter(String delimiter) {
        return switch (delimiter) {
            case "," -> persian ? "ویرگول انگلیسی ( , )" : "comma ( , )";
            case ";" -> persian ? "نقطه‌ویرگول ( ; )" : "semicolon ( ; )";
            case "\t" -> persian ? "تب" : "tab";
            case "\u061B" -> persian ? "نقطه‌ویرگول فارسی ( \u061B )" : "Persian semicolon ( \u061B )";
            default -> delimiter;
        };
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
}
