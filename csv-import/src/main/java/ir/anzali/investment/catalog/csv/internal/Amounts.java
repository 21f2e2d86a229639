package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount column together with its currency column (CSV format §4): a unit written in the
 * amount sets the currency, and a currency column naming another unit — the toman against the rial
 * included, though both are stored as IRR — is a {@code cross-field} error; otherwise the currency
 * column gives the currency, and {@code تومان} there multiplies by ten. An amount below the
 * importer's floor is {@code out-of-range} ({@link AmountFloor}).
 */
final class Amounts {

    private Amounts() {
    }

    /**
     * @param required whether the amount itself is required
     * @param floor    the smallest plausible amounts
     * @return the money, or null when missing or wrong (then the row holds the problem)
     */
    static @Nullable Money money(Row row, String amountColumn, String currencyColumn, boolean required, AmountFloor floor) {
        if (required ? !row.required(amountColumn) : row.missing(amountColumn)) {
            if (!row.missing(currencyColumn)) {
                row.currency(currencyColumn);
            }
            return null;
        }
        AmountParser.ParsedAmount amount = row.amount(amountColumn);
        CurrencyUnits.Unit column = row.currency(currencyColumn);
        if (amount == null || column == null && !row.missing(currencyColumn)) {
            return null;
        }
        CurrencyUnits.Unit unit;
        if (amount.unit().isPresent()) {
            unit = amount.unit().get();
            if (column != null && !column.equals(unit)) {
                row.problem(currencyColumn, ErrorCode.CROSS_FIELD, row.messages().get("cross-field.currency",
                        "unit", row.messages().unit(unit), "currency", row.messages().unit(column)));
                return null;
            }
        } else if (column != null) {
            unit = column;
        } else {
            row.problem(currencyColumn, ErrorCode.REQUIRED, row.messages().get("required.currency",
                    "column", row.label(currencyColumn)));
            return null;
        }
        Money money;
        try {
            money = amount.toMoney(unit);
        } catch (IllegalArgumentException e) {
            row.problem(amountColumn, ErrorCode.TYPE_ERROR, row.messages().get("type-error.number.digits",
                    "value", row.text(amountColumn)));
            return null;
        }
        return floor.check(row, amountColumn, money, unit, amount.scale()) ? money : null;
    }
}
