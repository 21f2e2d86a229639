package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Column;
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

    /**
     * The cell of a column of a record, as the exporter writes it: the column's value
     * ({@link Column.Access#get}) written by the rule of its type.
     */
    static String of(Column column, Object record) {
        @Nullable Object value = column.access().get(record);
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case ID -> (String) value;
            case TEXT -> text((String) value);
            case DECIMAL, PERCENT -> decimal((BigDecimal) value);
            case QUANTITY -> quantity((BigDecimal) value);
            case AMOUNT -> value instanceof Investment i ? amount(i) : amount((Money) value);
            case CURRENCY -> value instanceof Investment i ? currency(i) : currency((Money) value);
            case INTEGER -> integer((Integer) value);
            case DATE -> date((LocalDate) value);
            case URL -> url((URI) value);
            case CODE -> code((Named) value);
            case LIST -> list((List<?>) value);
        };
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

    /** Items joined with {@code ;}: codes by their code, text guarded. */
    static String list(List<?> values) {
        return String.join(";", values.stream().map(v -> v instanceof Named n ? n.code() : text((String) v)).toList());
    }
}
