package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The smallest plausible amount of an investment or a minimum investment (CSV format §4): an amount
 * below it is {@code out-of-range}, with a message that proposes the scale word the writer most
 * likely left out ({@code 250 ریال}: did you mean {@code 250 میلیارد ریال}?).
 *
 * @param rials  the smallest IRR amount, in rials, not negative; 0 for no floor
 * @param others the smallest amount in any other currency, in its units, not negative; 0 for no floor
 */
public record AmountFloor(BigDecimal rials, BigDecimal others) {

    /** No floor: every positive amount is plausible. */
    public static final AmountFloor NONE = new AmountFloor(BigDecimal.ZERO, BigDecimal.ZERO);

    /** The CSV format's floors: 1,000,000,000 rials, and 1,000 units of any other currency. */
    public static final AmountFloor FORMAT = new AmountFloor(BigDecimal.valueOf(1_000_000_000L), BigDecimal.valueOf(1000));

    private static final int[] POWERS = {3, 6, 9, 12};
    /** The scale words of {@link #POWERS} as a rial or toman amount is written in a cell. */
    private static final String[] PERSIAN = {"هزار", "میلیون", "میلیارد", "هزار میلیارد"};

    /**
     * Checks the floors.
     *
     * @throws NullPointerException     when a floor is null
     * @throws IllegalArgumentException when a floor is negative
     */
    public AmountFloor {
        Objects.requireNonNull(rials, "rials");
        Objects.requireNonNull(others, "others");
        if (rials.signum() < 0 || others.signum() < 0) {
            throw new IllegalArgumentException("The smallest amount must not be negative: " + rials.min(others));
        }
    }

    /**
     * Checks one amount: a positive amount below the floor of its currency is recorded on the row
     * as {@code out-of-range}, naming the cell's text, the floor and the amount with the scale word
     * that would make it plausible, in the messages' language and, for rials and tomans in English,
     * also as it is written in Persian ({@code 250 billion IRR (250 میلیارد ریال)}). Under a header
     * that names a scale no scale word is proposed, since the cell would then contradict the
     * header: the message names the header and the amount it made, and asks to check either. Zero and
     * negative amounts are left to validation.
     *
     * @param row    the row, holding the problem when there is one
     * @param column the amount's column
     * @param amount the amount
     * @param unit   the unit it was written in, or that its bare number took
     * @param scale  the power of ten of the scale word it was written with, 0 when none
     * @return true when the amount is plausible
     */
    boolean check(Row row, ColumnKey column, Money amount, CurrencyUnits.Unit unit, int scale) {
        BigDecimal floor = amount.currency().equals(Money.IRR) ? rials : others;
        if (amount.amount().signum() <= 0 || amount.amount().compareTo(floor) >= 0) {
            return true;
        }
        Messages messages = row.messages();
        String currency = messages.unit(new CurrencyUnits.Unit(amount.currency(), BigDecimal.ONE));
        String floorText = messages.grouped(floor) + " " + currency;
        String header = row.scaledHeader(column);
        if (header != null) {
            row.problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.amount.small.header",
                    "value", row.text(column), "header", header, "column", row.label(column),
                    "amount", messages.grouped(amount.amount()) + " " + currency,
                    "floor", floorText));
            return false;
        }
        BigDecimal written = amount.amount().divide(unit.factor()).movePointLeft(scale);
        int k = POWERS.length - 1;
        for (int i = 0; i < POWERS.length; i++) {
            if (POWERS[i] > scale && written.movePointRight(POWERS[i]).multiply(unit.factor()).compareTo(floor) >= 0) {
                k = i;
                break;
            }
        }
        String number = written.stripTrailingZeros().toPlainString();
        String suggestion = messages.number(number) + " " + messages.get("scale." + POWERS[k]) + " "
                + messages.unit(unit);
        if (unit.currency().equals(Money.IRR) && !messages.unit(unit).equals(unit.label())) {
            suggestion += " (" + number + " " + PERSIAN[k] + " " + unit.label() + ")";
        }
        row.problem(column, ErrorCode.OUT_OF_RANGE, messages.get("out-of-range.amount.small",
                "value", row.text(column), "column", row.label(column),
                "floor", floorText,
                "suggestion", suggestion));
        return false;
    }
}
