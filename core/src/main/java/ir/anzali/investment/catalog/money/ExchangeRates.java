package ir.anzali.investment.catalog.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Exchange rates that an application supplies; the library ships none and never fetches any.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ExchangeRates {

    /** No rates at all: every conversion between different currencies is unknown. */
    ExchangeRates NONE = (from, to, date) -> Optional.empty();

    /**
     * The rate that converts one unit of {@code from} into {@code to} on a date.
     *
     * @param from the currency converted from, not null
     * @param to   the currency converted to, not null
     * @param date the date of the rate, not null
     * @return the number of units of {@code to} for one unit of {@code from}, or empty when unknown
     */
    Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date);

    /**
     * Converts an amount; an amount already in the target currency is returned as it is. The result
     * is rounded, half to even, to 30 significant digits and at most {@value Money#MAX_FRACTION_DIGITS}
     * decimals.
     *
     * @param money the amount, not null
     * @param to    the target currency, not null
     * @param date  the date of the rate, not null
     * @return the converted amount, or empty when the rate is unknown
     * @throws IllegalArgumentException when the converted amount is too large for {@link Money}
     */
    default Optional<Money> convert(Money money, Currency to, LocalDate date) {
        if (money.currency().equals(to)) {
            return Optional.of(money);
        }
        return rate(money.currency(), to, date).map(r -> {
            BigDecimal converted = money.amount().multiply(r).round(new MathContext(30, RoundingMode.HALF_EVEN));
            if (converted.scale() > Money.MAX_FRACTION_DIGITS) {
                converted = converted.setScale(Money.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN);
            }
            return Money.of(converted, to);
        });
    }
}
