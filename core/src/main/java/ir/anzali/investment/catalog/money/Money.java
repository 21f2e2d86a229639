package ir.anzali.investment.catalog.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} and an ISO 4217 {@link Currency}, never
 * a {@code double}. {@code IRR} is the rial; toman amounts are stored in rial.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts are numerically equal
 * ({@code 1.50 USD} equals {@code 1.5 USD}); the amount is stored with trailing zeros removed.
 * {@link #toString()} gives {@code IRR 250000000000}, which {@link #parse(String)} reads back.
 * Immutable and thread-safe.
 *
 * @param currency the currency, not null
 * @param amount   the amount, not null, without trailing zeros
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

    /** The Iranian rial. */
    public static final Currency IRR = Currency.getInstance("IRR");

    /**
     * Checks and canonicalizes.
     *
     * @throws NullPointerException when an argument is null
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        amount = canonical(amount);
    }

    /**
     * Creates an amount.
     *
     * @param amount   the amount, not null
     * @param currency the currency, not null
     * @return the money, never null
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(currency, amount);
    }

    /**
     * Creates an amount from a currency code.
     *
     * @param amount       the amount, not null
     * @param currencyCode an ISO 4217 code, not null
     * @return the money, never null
     * @throws IllegalArgumentException when the code is not an ISO 4217 currency
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(Currency.getInstance(currencyCode), amount);
    }

    /**
     * Reads the canonical text {@code CUR amount}, such as {@code IRR 250000000000}.
     *
     * @param text the text, not null
     * @return the money, never null
     * @throws IllegalArgumentException when the text is not in that form
     */
    public static Money parse(String text) {
        String s = text.strip();
        int space = s.indexOf(' ');
        if (space != 3) {
            throw new IllegalArgumentException("Money must be written 'CUR amount', like 'IRR 2500': '" + text + "'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(s.substring(0, 3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Money must start with an ISO 4217 currency code: '" + text + "'", e);
        }
        try {
            return new Money(currency, new BigDecimal(s.substring(4).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Money amount is not a decimal: '" + text + "'", e);
        }
    }

    /**
     * Tells whether the amount is greater than zero.
     *
     * @return true for a positive amount
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Adds an amount in the same currency.
     *
     * @param other the amount, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    /**
     * Compares amounts in the same currency.
     *
     * @throws CurrencyMismatchException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
    }

    /** Gives the canonical text, such as {@code IRR 250000000000}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }

    static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
