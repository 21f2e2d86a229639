package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Money;
import java.util.Optional;

/**
 * Reads an amount column together with its currency column (CSV format §4): a unit written in the
 * amount sets the currency, and a currency column that disagrees is a {@code cross-field} error;
 * otherwise the currency column gives the currency, and {@code تومان} there multiplies by ten.
 */
final class Amounts {

    private Amounts() {
    }

    /**
     * @param required whether the amount itself is required
     * @return the money, or null when missing or wrong (then the row holds the problem)
     */
    static Money money(Row row, String amountColumn, String currencyColumn, boolean required) {
        if (required ? !row.required(amountColumn) : row.missing(amountColumn)) {
            if (!row.missing(currencyColumn)) {
                row.currency(currencyColumn);
            }
            return null;
        }
        AmountParser.ParsedAmount amount = row.amount(amountColumn);
        Optional<CurrencyUnits.Unit> column = row.currency(currencyColumn);
        if (amount == null || column == null) {
            return null;
        }
        if (amount.currency().isPresent()) {
            if (column.isPresent() && !column.get().currency().equals(amount.currency().get())) {
                row.problem(currencyColumn, ErrorCode.CROSS_FIELD, row.messages().get("cross-field.currency",
                        "unit", amount.currency().get().getCurrencyCode(), "currency",
                        column.get().currency().getCurrencyCode()));
                return null;
            }
            return Money.of(amount.amount(), amount.currency().get());
        }
        if (column.isEmpty()) {
            row.problem(currencyColumn, ErrorCode.REQUIRED, row.messages().get("required.currency",
                    "column", currencyColumn));
            return null;
        }
        return Money.of(amount.amount().multiply(column.get().factor()), column.get().currency());
    }
}
