package ir.anzali.investment.catalog.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An investment as one amount per currency, such as {@code ۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو}:
 * never empty, at most one part in each currency, the rial part first and the others in the order
 * of their ISO 4217 codes, so that two investments with the same parts are equal whatever order the
 * parts were given in. Whether each part is greater than zero is a rule that validation checks
 * ({@code PositiveAmount}), so that a form or a file with a zero amount gets a violation, not an
 * exception.
 *
 * <p>{@link #toString()} gives {@code IRR 150000000000000 + EUR 50000000}, which
 * {@link #parse(String)} reads back. Immutable and thread-safe.
 *
 * @param parts the amounts, rial first, then by currency code; not empty, one per currency,
 *              unmodifiable
 */
public record Investment(List<Money> parts) {

    /** Rial first, then by ISO 4217 code. */
    private static final Comparator<Money> ORDER = Comparator.comparing((Money m) -> !m.currency().equals(Money.IRR))
            .thenComparing(m -> m.currency().getCurrencyCode());
    /** What joins the parts in the canonical text. */
    private static final String PLUS = " + ";

    /**
     * Checks the parts and orders them.
     *
     * @throws NullPointerException     when the list or a part is null
     * @throws IllegalArgumentException when there is no part, or two parts in one currency; the
     *                                  message names the currency
     */
    public Investment {
        parts = parts.size() == 1 ? List.of(Objects.requireNonNull(parts.get(0), "part")) : checked(parts);
    }

    /** Parts of one currency each, sorted; refuses none and two in one currency. */
    private static List<Money> checked(List<Money> parts) {
        List<Money> sorted = new ArrayList<>(parts.size());
        Set<Currency> seen = new HashSet<>();
        for (Money part : parts) {
            Objects.requireNonNull(part, "part");
            if (!seen.add(part.currency())) {
                throw new IllegalArgumentException("An investment has one amount per currency; "
                        + part.currency().getCurrencyCode() + " is given twice: add the amounts up into one");
            }
            sorted.add(part);
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("An investment has at least one amount");
        }
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /**
     * An investment in one currency.
     *
     * @param amount the amount, not null
     * @return the investment, never null
     */
    public static Investment of(Money amount) {
        return new Investment(List.of(amount));
    }

    /**
     * An investment of one amount per currency.
     *
     * @param first the first amount, not null
     * @param more  amounts in other currencies, not null
     * @return the investment, never null
     * @throws IllegalArgumentException when two amounts are in one currency
     */
    public static Investment of(Money first, Money... more) {
        List<Money> all = new ArrayList<>(1 + more.length);
        all.add(first);
        all.addAll(List.of(more));
        return new Investment(all);
    }

    /**
     * Reads the canonical text: amounts in the form of {@link Money#parse(String)} joined with
     * {@code +}, such as {@code IRR 150000000000000 + EUR 50000000}.
     *
     * @param text the text, not null
     * @return the investment, never null
     * @throws IllegalArgumentException when a part is not money, or two parts are in one currency
     */
    public static Investment parse(String text) {
        List<Money> parts = new ArrayList<>();
        for (String part : text.split("\\+", -1)) {
            parts.add(Money.parse(part));
        }
        return new Investment(parts);
    }

    /**
     * The part in a currency.
     *
     * @param currency the currency, not null
     * @return the amount in that currency, or empty when the investment has none
     */
    public Optional<Money> in(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        for (Money part : parts) {
            if (part.currency().equals(currency)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /**
     * The first part: the rial amount when there is one, else the amount whose currency code comes
     * first. For an investment in one currency, its amount.
     *
     * @return the first amount, never null
     */
    public Money first() {
        return parts.get(0);
    }

    /**
     * The currencies of the parts, in the order of the parts.
     *
     * @return the currencies, unmodifiable, never null
     */
    public List<Currency> currencies() {
        return parts.stream().map(Money::currency).toList();
    }

    /**
     * Tells whether the investment is in one currency only.
     *
     * @return true when it has one part
     */
    public boolean isSingle() {
        return parts.size() == 1;
    }

    /**
     * The investment as people read it in a language, each part as {@link Money#format(Locale)}
     * gives it, joined with {@code +}: {@code ۱۵۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال + ۵۰٬۰۰۰٬۰۰۰ یورو}.
     *
     * @param locale the language, not null
     * @return the text, never null
     */
    public String format(Locale locale) {
        return parts.stream().map(m -> m.format(locale)).collect(Collectors.joining(PLUS));
    }

    /**
     * Gives the canonical text, such as {@code IRR 150000000000000 + EUR 50000000}: for one part,
     * nearly every investment, that part's text, made without joining.
     */
    @Override
    public String toString() {
        return parts.size() == 1 ? parts.get(0).toString()
                : parts.stream().map(Money::toString).collect(Collectors.joining(PLUS));
    }
}
