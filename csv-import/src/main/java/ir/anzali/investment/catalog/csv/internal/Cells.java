package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.NumberParser;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Values as the exporter writes them (CSV format §6): ISO dates, plain ASCII decimals, amounts and
 * areas that no reader takes for a number with a thousands separator, codes, lists joined with
 * {@code ;}, and text a spreadsheet would run as a formula guarded with a leading {@code '}. Absent
 * values are empty cells.
 */
final class Cells {

    private Cells() {
    }

    static String text(@Nullable String value) {
        return value == null ? "" : FormulaGuard.guard(value);
    }

    static String decimal(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** An amount or area, written so that it is not read as a number with a thousands separator. */
    static String quantity(@Nullable BigDecimal value) {
        return value == null ? "" : NumberParser.writeUnambiguous(value);
    }

    static String integer(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    static String date(@Nullable LocalDate value) {
        return value == null ? "" : value.toString();
    }

    static String url(@Nullable URI value) {
        return value == null ? "" : text(value.toString());
    }

    static String amount(@Nullable Money value) {
        return value == null ? "" : quantity(value.amount());
    }

    static String currency(@Nullable Money value) {
        return value == null ? "" : value.currency().getCurrencyCode();
    }

    /**
     * An investment: one amount as {@link #amount} writes it, or each amount with its currency code
     * joined with {@code +} ({@code 150000000000000 IRR + 50000000 EUR}), with an empty currency cell.
     */
    static String amount(Investment value) {
        return value.isSingle() ? amount(value.first()) : String.join(" + ", value.parts().stream()
                .map(m -> quantity(m.amount()) + ' ' + m.currency().getCurrencyCode()).toList());
    }

    static String currency(Investment value) {
        return value.isSingle() ? currency(value.first()) : "";
    }

    static String code(@Nullable Named value) {
        return value == null ? "" : value.code();
    }

    static String codes(List<? extends Named> values) {
        return String.join(";", values.stream().map(Named::code).toList());
    }

    static String texts(List<String> values) {
        return String.join(";", values.stream().map(Cells::text).toList());
    }
}
