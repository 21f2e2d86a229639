package ir.anzali.investment.catalog.money;

/**
 * Thrown when amounts in different currencies are added or compared without an exchange rate.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for two amounts.
     *
     * @param a one amount, not null
     * @param b the other amount, not null
     */
    public CurrencyMismatchException(Money a, Money b) {
        super("Currencies differ: " + a + " and " + b);
    }
}
