package ir.anzali.investment.catalog.money;

import java.math.BigDecimal;
import ir.anzali.investment.catalog.text.Display;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An amount of money in one currency: a {@link BigDecimal} and an ISO 4217 {@link Currency}, never
 * a {@code double}. {@code IRR} is the rial; toman amounts are stored in rial.
 *
 * <p>Two amounts are equal when their currencies are equal and their amounts are numerically equal
 * ({@code 1.50 USD} equals {@code 1.5 USD}); the amount is stored with trailing zeros removed. The
 * currency is one of money ({@link #isMoney(Currency)}), and the amount has at most
 * {@value #MAX_WHOLE_DIGITS} digits before the decimal point and {@value #MAX_FRACTION_DIGITS} after
 * it, so that computing with it and printing it stay cheap whatever the input.
 * {@link #toString()} gives {@code IRR 250000000000}, which {@link #parse(String)} reads back.
 * Immutable and thread-safe.
 *
 * @param currency the currency, not null
 * @param amount   the amount, not null, without trailing zeros
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

    /** The Iranian rial. */
    public static final Currency IRR = Currency.getInstance("IRR");
    /** The most digits an amount has before the decimal point. */
    public static final int MAX_WHOLE_DIGITS = 40;
    /** The most digits an amount has after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 30;

    /** ISO 4217 codes that are not money: precious metals, testing, funds and units of account. */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XDR", "XSU",
            "XUA", "XBA", "XBB", "XBC", "XBD");

    /**
     * Checks and canonicalizes.
     *
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when the currency is no money or the amount has too many digits
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        if (!isMoney(currency)) {
            throw new IllegalArgumentException("Not a currency of money: " + currency.getCurrencyCode()
                    + "; give the ISO 4217 code of a real currency, such as IRR, USD or EUR");
        }
        amount = canonical(amount);
    }

    /**
     * Tells whether an ISO 4217 currency is money: not gold, silver, palladium or platinum
     * ({@code XAU}, {@code XAG}, {@code XPD}, {@code XPT}), not a testing or "no currency" code
     * ({@code XTS}, {@code XXX}), and not a unit of account or fund ({@code XDR}, {@code XSU},
     * {@code XUA}, {@code XBA}–{@code XBD}).
     *
     * @param currency the currency, not null
     * @return true for money
     */
    public static boolean isMoney(Currency currency) {
        return !NOT_MONEY.contains(currency.getCurrencyCode());
    }

    /**
     * Creates an amount.
     *
     * @param amount   the amount, not null
     * @param currency the currency, not null
     * @return the money, never null
     * @throws IllegalArgumentException when the currency is no money or the amount has more than
     *                                  {@value #MAX_WHOLE_DIGITS} digits before the point or
     *                                  {@value #MAX_FRACTION_DIGITS} after it
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
     * @throws IllegalArgumentException when the code is not an ISO 4217 currency of money, or the
     *                                  amount has too many digits
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(Currency.getInstance(currencyCode), amount);
    }

    /**
     * Reads the canonical text {@code CUR amount}, such as {@code IRR 250000000000}.
     *
     * @param text the text, not null
     * @return the money, never null
     * @throws IllegalArgumentException when the text is not in that form, or is no money
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
        String amount = s.substring(4).strip();
        if (!isPlainDecimal(amount)) {
            throw new IllegalArgumentException("Money amount is not a plain decimal such as 2500 or -12.5: '"
                    + text + "'");
        }
        return new Money(currency, new BigDecimal(amount));
    }

    /** An optional minus, digits, and optionally a point and digits; short enough for any money. */
    private static boolean isPlainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (n - i == 0 || n > MAX_WHOLE_DIGITS + MAX_FRACTION_DIGITS + 2) {
            return false;
        }
        boolean point = false;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c == '.' && !point && k > i && k < n - 1) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
     * @throws IllegalArgumentException  when the sum has more than {@value #MAX_WHOLE_DIGITS} digits
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

    /**
     * The amount as people read it in a language, with the name of its currency: in Persian
     * {@code ۲۵۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال}, in English {@code 250,000,000,000 IRR}. For machines use
     * {@link #toString()}.
     *
     * @param locale the language, not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        Display display = Display.of(locale);
        return display.number(amount) + ' ' + CurrencyUnits.name(currency, locale);
    }

    /**
     * Amounts in several currencies as people read them in a language, never added up: the rial, the
     * zone's own currency, first and the others by code, separated by {@code ", "} ({@code "، "} in
     * Persian): {@code 4,685,000,000,000 IRR, 8,000,000 EUR}; a dash ({@code -}) when there is none.
     * The one rendering of a total per currency, for text, tables and pages alike.
     *
     * @param byCurrency the amount of each currency, not null
     * @param locale     the language, not null
     * @return the text, never null
     */
    public static String format(Map<Currency, BigDecimal> byCurrency, Locale locale) {
        if (byCurrency.isEmpty()) {
            return "-";
        }
        Display display = Display.of(locale);
        StringJoiner joined = new StringJoiner(display.persian() ? "، " : ", ");
        byCurrency.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Currency, BigDecimal> e) -> !e.getKey().equals(IRR))
                        .thenComparing(e -> e.getKey().getCurrencyCode()))
                .forEach(e -> joined.add(display.number(e.getValue()) + ' ' + CurrencyUnits.name(e.getKey(), locale)));
        return joined.toString();
    }

    /** Gives the canonical text, such as {@code IRR 250000000000}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }

    /**
     * The amount without trailing zeros and with a scale of at least zero, refused before any costly
     * step when it has too many digits. A whole amount of scale zero, nearly every amount, is that
     * already and is returned as it is.
     */
    static BigDecimal canonical(BigDecimal amount) {
        if (amount.scale() == 0 && amount.precision() <= MAX_WHOLE_DIGITS) {
            return amount;
        }
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        long wholeDigits = (long) stripped.precision() - stripped.scale();
        if (wholeDigits > MAX_WHOLE_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("Amount has more than " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point or " + MAX_FRACTION_DIGITS + " after it: "
                    + (stripped.precision() > 100 ? stripped.unscaledValue().bitLength() + "-bit number"
                            : stripped.toString()));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
