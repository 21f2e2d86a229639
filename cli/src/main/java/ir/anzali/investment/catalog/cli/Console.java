package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.ProgressListener;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import ir.anzali.investment.catalog.text.Named;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Where a command writes, and in which language: texts from the application's resource bundle,
 * numbers, dates, money and names as people read them in Persian or English (CSV format §7), and
 * every line made safe for a terminal ({@link #escape(String)}).
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Display display;
    private final ResourceBundle texts;
    private final boolean terminal;

    Console(PrintStream out, PrintStream err, Locale locale, boolean terminal) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.display = Display.of(locale);
        this.texts = Texts.bundle(locale);
        this.terminal = terminal;
    }

    Locale locale() {
        return locale;
    }

    boolean persian() {
        return display.persian();
    }

    Display display() {
        return display;
    }

    /** Standard output itself, for what is written as it is: CSV, JSON. */
    PrintStream out() {
        return out;
    }

    /**
     * A text of the bundle with its placeholders filled; numbers are written as the language writes
     * them.
     *
     * @param values name, value, name, value…
     */
    String text(String key, @Nullable Object... values) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            Object value = values[i + 1];
            map.put((String) values[i], value instanceof Long || value instanceof Integer
                    ? display.number(((Number) value).longValue())
                    : value instanceof Phrase phrase ? text(phrase.key(), phrase.values()) : value == null ? "" : value);
        }
        return MessageBundle.fill(texts.getString(key), map);
    }

    /**
     * A value of a text that is itself a text of the bundle, such as {@code what.file} or a
     * suggestion with its candidates, written in the console's language when the text is.
     *
     * @param key    the key of the text
     * @param values its values: name, value, name, value…
     */
    record Phrase(String key, @Nullable Object... values) {
    }

    /** Prints a text of the bundle as one line. */
    void line(String key, Object... values) {
        print(text(key, values));
    }

    /** Prints a line, made safe for a terminal. */
    void print(String line) {
        out.println(escape(line));
    }

    void blank() {
        out.println();
    }

    /** {@code 1 row}, {@code 2 rows}, {@code ۲ ردیف}: a count with its noun in the right form ({@link Display#count}). */
    String count(Counted noun, long count) {
        return display.count(noun, count);
    }

    String name(Named value) {
        return value == null ? "-" : display.name(value);
    }

    /** An investment in one currency or several: {@code 150,000,000,000,000 IRR + 50,000,000 EUR}. */
    String money(Investment investment) {
        return investment.format(locale);
    }

    /** Amounts in several currencies, rials first, never added up ({@link Money#format(Map, Locale)}). */
    String amounts(Map<Currency, BigDecimal> byCurrency) {
        return Money.format(byCurrency, locale);
    }

    /** A date, the Solar Hijri first in Persian. */
    String date(LocalDate date) {
        return display.dates(date);
    }

    /** Progress on standard error, on a terminal and for files of some size only. */
    ProgressListener progress(boolean quiet) {
        if (!terminal || quiet) {
            return ProgressListener.NONE;
        }
        return (file, rows, bytes, total) -> {
            if (rows < 4096 && total < 8L * 1024 * 1024) {
                return;
            }
            String done = total > 0 ? display.number(100 * bytes / total) + "%" : display.number(bytes / 1024) + " KiB";
            err.print("\r" + escape(text("progress", "file", file, "rows", rows, "done", done)) + "   ");
            if (total > 0 && bytes >= total) {
                err.println();
            }
        };
    }

    /**
     * Text made safe to print on a terminal: control characters (an ESC could start a terminal
     * command) and the bidi embeddings, overrides and isolates (which reorder what is shown) are
     * written as {@code \}{@code u001B}; everything else is printed as it is.
     *
     * @param text the text, not null
     * @return the safe text, never null
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < ' ' && c != '\t' || c >= '\u007F' && c <= '\u009F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069';
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
