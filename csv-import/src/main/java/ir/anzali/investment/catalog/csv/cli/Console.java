package ir.anzali.investment.catalog.csv.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.csv.ProgressListener;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.MessageBundle;
import ir.anzali.investment.catalog.text.Named;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Where a command writes, in which language and format. */
final class Console {

    static final MessageBundle TEXT = MessageBundle.load(name -> Console.class.getResourceAsStream(name), "text");

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final boolean json;
    private final boolean terminal;

    Console(PrintStream out, PrintStream err, Locale locale, boolean json, boolean terminal) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.json = json;
        this.terminal = terminal;
    }

    static Console of(Args args, PrintStream out, PrintStream err, boolean terminal) throws UsageException {
        Locale locale = args.choice("lang", "en", "en", "fa").equals("fa") ? LocalizedText.PERSIAN : Locale.ENGLISH;
        boolean json = args.choice("format", "text", "text", "json").equals("json");
        return new Console(out, err, locale, json, terminal);
    }

    Locale locale() {
        return locale;
    }

    boolean persian() {
        return "fa".equals(locale.getLanguage());
    }

    boolean json() {
        return json;
    }

    PrintStream out() {
        return out;
    }

    String text(String key, Object... values) {
        return TEXT.get(key, locale, values);
    }

    void line(String key, Object... values) {
        out.println(text(key, values));
    }

    void json(ObjectNode tree) {
        out.println(ReportJson.write(tree));
    }

    String name(Named value) {
        return value == null ? "-" : value.name(locale);
    }

    String money(Money m) {
        return amount(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    String amounts(Map<java.util.Currency, BigDecimal> byCurrency) {
        if (byCurrency.isEmpty()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        byCurrency.forEach((c, a) -> b.append(b.length() == 0 ? "" : " + ").append(amount(a)).append(' ')
                .append(c.getCurrencyCode()));
        return b.toString();
    }

    static String amount(BigDecimal a) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(a);
    }

    /** Progress on standard error, only on a terminal and for files of some size. */
    ProgressListener progress() {
        if (!terminal || json) {
            return ProgressListener.NONE;
        }
        return (file, rows, bytes, total) -> {
            if (rows < 4096 && total < 8L * 1024 * 1024) {
                return;
            }
            String percent = total > 0 ? (100 * bytes / total) + "%" : bytes / 1024 + " KiB";
            err.print("\r" + text("progress", "file", file, "rows", rows, "percent", percent) + "   ");
            if (total > 0 && bytes >= total) {
                err.println();
            }
        };
    }
}
