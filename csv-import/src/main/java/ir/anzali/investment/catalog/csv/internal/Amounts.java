package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.money.AmountParser;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.NumberParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount column together with its currency column (CSV format §4): a unit written in the
 * amount sets the currency, and a currency column naming another unit — the toman against the rial
 * included, though both are stored as IRR — is a {@code cross-field} error; otherwise the currency
 * column gives the currency, and {@code تومان} there multiplies by ten. An amount below the
 * importer's floor is {@code out-of-range} ({@link AmountFloor}), each amount of an investment on
 * its own.
 *
 * <p>An investment cell may hold one amount per currency (CSV format §2), joined with {@code +} or
 * the word {@code و}: {@code ۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو}. The word {@code و} joins two
 * amounts only where the amount before it is whole and carries its unit and the cell ends in a unit,
 * so that {@code ۲ هزار و ۵۰۰ میلیارد ریال} stays one amount. With several amounts the currency
 * column gives the unit of the bare numbers among them. A scale and unit that the amount column's
 * header names apply to every amount of the cell ({@link Row#headed}).
 */
final class Amounts {

    /** The most amounts an investment cell is split into; a longer list is read as one amount. */
    private static final int MAX_PARTS = 16;
    private static final Pattern PLUS = Pattern.compile("\\+");
    private static final Pattern AND = Pattern.compile("\\s+و\\s+");
    private static final String JOIN_AND = " و ";

    private Amounts() {
    }

    /**
     * Reads an investment: one amount as {@link #money} reads it, or one per currency.
     *
     * @return the investment, or null when missing or wrong (then the row holds the problem)
     */
    static @Nullable Investment investment(Row row, ColumnKey amountColumn, ColumnKey currencyColumn, AmountFloor floor) {
        String text = row.missing(amountColumn) ? null : row.text(amountColumn);
        List<String> parts = text == null ? List.of() : parts(text);
        if (parts.size() < 2) {
            Money single = money(row, amountColumn, currencyColumn, true, floor);
            return single == null ? null : Investment.of(single);
        }
        CurrencyUnits.Unit column = row.currency(currencyColumn);
        if (column == null && !row.missing(currencyColumn)) {
            return null;
        }
        List<Money> out = new ArrayList<>(parts.size());
        Set<Currency> seen = new HashSet<>();
        boolean columnUsed = false;
        CurrencyUnits.Unit first = null;
        for (String part : parts) {
            AmountParser.ParsedAmount amount;
            try {
                amount = row.headed(amountColumn, AmountParser.parse(part));
            } catch (NumberParseException e) {
                row.numberProblem(amountColumn, e, "type-error.amount");
                return null;
            }
            Money money = amount == null ? null : one(row, amountColumn, currencyColumn, column, amount, part, seen, floor);
            if (amount == null || money == null) {
                return null;
            }
            columnUsed |= amount.unit().map(u -> u.equals(column)).orElse(true);
            first = first == null ? amount.unit().orElse(column) : first;
            out.add(money);
        }
        if (column != null && first != null && !columnUsed) {
            row.problem(currencyColumn, ErrorCode.CROSS_FIELD, row.messages().get("cross-field.currency",
                    "unit", row.messages().unit(first), "currency", row.messages().unit(column)));
            return null;
        }
        return new Investment(out);
    }

    /**
     * The amounts of an investment cell, or the whole cell when it is not a list of amounts. A cell
     * without {@code +} and without {@code و} between white space — nearly every cell — is one
     * amount without a split by pattern: the same result as {@link #split(String)}.
     */
    static List<String> parts(String text) {
        return text.indexOf('+') < 0 && !hasSpacedAnd(text) ? List.of(text.strip()) : split(text);
    }

    /** Whether {@link #AND} occurs in text: a {@code و} with white space (as {@code \s} means) on both sides. */
    private static boolean hasSpacedAnd(String text) {
        for (int i = text.indexOf('و', 1); i > 0 && i + 1 < text.length(); i = text.indexOf('و', i + 1)) {
            if (isRegexSpace(text.charAt(i - 1)) && isRegexSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The amounts of an investment cell split by pattern: what {@link #parts(String)} gives. */
    static List<String> split(String text) {
        String[] pieces = PLUS.split(text, -1);
        if (pieces.length > MAX_PARTS) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.isBlank() && pieces.length > 1) {
                return List.of(text);
            }
            out.addAll(splitOnAnd(piece.strip()));
        }
        return out.size() > MAX_PARTS ? List.of(text) : out;
    }

    /**
     * Splits on the word {@code و} where the amount before it is whole with its unit and the text
     * ends in an amount with its unit; elsewhere {@code و} belongs to the amount.
     */
    private static List<String> splitOnAnd(String piece) {
        String[] words = AND.split(piece, -1);
        if (words.length == 1 || words.length > MAX_PARTS || !carriesUnit(words[words.length - 1])) {
            return List.of(piece);
        }
        List<String> out = new ArrayList<>();
        String current = words[0];
        for (int i = 1; i < words.length; i++) {
            if (carriesUnit(current)) {
                out.add(current);
                current = words[i];
            } else {
                current = current + JOIN_AND + words[i];
            }
        }
        out.add(current);
        return out;
    }

    /** Whether text is a whole amount with its unit. */
    private static boolean carriesUnit(String text) {
        try {
            return AmountParser.parse(text).unit().isPresent();
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * @param required whether the amount itself is required
     * @param floor    the smallest plausible amounts
     * @return the money, or null when missing or wrong (then the row holds the problem)
     */
    static @Nullable Money money(Row row, ColumnKey amountColumn, ColumnKey currencyColumn, boolean required, AmountFloor floor) {
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
        return one(row, amountColumn, currencyColumn, column, amount, row.text(amountColumn), null, floor);
    }

    /**
     * Reads one amount of an amount cell: its unit, or the currency column's for a bare number
     * ({@code required} on the currency column when neither names one); a unit that the currency
     * column contradicts is {@code cross-field}; then the money, checked against the floor.
     *
     * @param column the currency column's unit, null when the column is missing
     * @param amount the amount, the header's scale and unit applied
     * @param text   the amount as written, for messages
     * @param seen   the currencies of the amounts before it in its cell, to which its own is added;
     *               null when it is the cell's only amount. One of several amounts may be in
     *               another currency than the currency column's, but not in another unit of the
     *               same currency, nor in a currency seen before.
     * @return the money, or null when wrong (then the row holds the problem)
     */
    private static @Nullable Money one(Row row, ColumnKey amountColumn, ColumnKey currencyColumn,
            CurrencyUnits.@Nullable Unit column, AmountParser.ParsedAmount amount, @Nullable String text,
            @Nullable Set<Currency> seen, AmountFloor floor) {
        CurrencyUnits.Unit unit = amount.unit().orElse(column);
        if (unit == null) {
            row.problem(currencyColumn, ErrorCode.REQUIRED, row.messages().get("required.currency",
                    "column", row.label(currencyColumn)));
            return null;
        }
        if (column != null && !unit.equals(column) && (seen == null || unit.currency().equals(column.currency()))) {
            row.problem(currencyColumn, ErrorCode.CROSS_FIELD, row.messages().get("cross-field.currency",
                    "unit", row.messages().unit(unit), "currency", row.messages().unit(column)));
            return null;
        }
        if (seen != null && !seen.add(unit.currency())) {
            row.problem(amountColumn, ErrorCode.CROSS_FIELD, row.messages().get("cross-field.currency-twice",
                    "currency", row.messages().unit(new CurrencyUnits.Unit(unit.currency(), BigDecimal.ONE))));
            return null;
        }
        Money money;
        try {
            money = amount.toMoney(unit);
        } catch (IllegalArgumentException e) {
            row.problem(amountColumn, ErrorCode.TYPE_ERROR, row.messages().get("type-error.number.digits",
                    "value", text));
            return null;
        }
        return floor.check(row, amountColumn, money, unit, amount.scale()) ? money : null;
    }
}
