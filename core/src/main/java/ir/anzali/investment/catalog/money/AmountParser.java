package ir.anzali.investment.catalog.money;

import ir.anzali.investment.catalog.text.NumberParseException;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads amounts as catalog data writes them (CSV format §4): a number (read as
 * {@link NumberParser#parseUnambiguous(String)} reads it), optionally followed by a scale word —
 * {@code هزار}/{@code thousand}, {@code میلیون}/{@code million}, {@code میلیارد}/{@code billion},
 * {@code تریلیون}/{@code trillion}, {@code هزار میلیارد} — or by an English {@code K}, {@code M}/{@code MN},
 * {@code B}/{@code BN} right after the number, and optionally by a unit (see {@link CurrencyUnits}).
 * A unit may also stand before the number ({@code $1.5M}, {@code USD 1.5}, {@code €2,000,000},
 * {@code EUR 2,000,000}). {@code همت} is هزار میلیارد تومان.
 *
 * <p>{@code ۲۵۰ میلیارد ریال} is 250000000000 IRR; {@code ۲۵ میلیون تومان} is 250000000 IRR;
 * {@code ۱ همت} is 10000000000000 IRR. The unit written is kept ({@link ParsedAmount#unit()}), so
 * that a caller can tell the toman from the rial although both are stored as IRR. Every refusal is a
 * {@link NumberParseException} that says why: a number in words ({@code ده میلیارد}) is
 * {@link NumberParseException.Reason#WORDS}. Stateless and thread-safe.
 */
public final class AmountParser {

    /**
     * A parsed amount and the unit its text named, if any.
     *
     * @param amount the amount in the base unit of its currency (toman converted into rial), not null
     * @param unit   the unit written before or after the number, or empty
     */
    public record ParsedAmount(BigDecimal amount, Optional<CurrencyUnits.Unit> unit) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException when a part is null
         */
        public ParsedAmount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
        }

        /**
         * The currency the text named.
         *
         * @return the currency, or empty when the text named no unit
         */
        public Optional<Currency> currency() {
            return unit.map(CurrencyUnits.Unit::currency);
        }
    }

    private static final Map<String, Integer> SCALES = Map.of(
            "هزار", 3, "THOUSAND", 3,
            "میلیون", 6, "MILLION", 6,
            "میلیارد", 9, "BILLION", 9,
            "تریلیون", 12, "TRILLION", 12);
    /** Suffixes right after the digits, in upper case. */
    private static final Map<String, Integer> SUFFIXES = Map.of("K", 3, "M", 6, "MN", 6, "B", 9, "BN", 9);
    /** {@code همت}: هزار میلیارد تومان. */
    private static final String HEMMAT = "همت";

    private AmountParser() {
    }

    /**
     * Parses an amount.
     *
     * @param text the text, not null
     * @return the amount, converted into the base unit of its currency (toman into rial), never null
     * @throws NumberParseException when the text is not an amount; the message quotes it
     */
    public static ParsedAmount parse(String text) {
        String s = PersianNormalizer.normalize(text);
        CurrencyUnits.Unit unit = null;
        int scale = 0;
        String[] prefix = splitLeadingUnit(s);
        if (prefix != null) {
            unit = CurrencyUnits.find(prefix[0]).orElse(null);
            s = prefix[1];
        }
        String[] split = splitLastWord(s);
        if (split != null) {
            if (split[1].equals(HEMMAT)) {
                unit = twoUnits(text, unit, CurrencyUnits.Unit.TOMAN);
                scale = 12;
                s = split[0];
            } else {
                Optional<CurrencyUnits.Unit> found = CurrencyUnits.find(split[1]);
                if (found.isPresent()) {
                    unit = twoUnits(text, unit, found.get());
                    s = split[0];
                }
            }
        }
        if (scale == 0) {
            split = splitLastWord(s);
            if (split != null) {
                Integer power = SCALES.get(split[1].toUpperCase(Locale.ROOT));
                if (power != null) {
                    scale = power;
                    s = split[0];
                    String[] before = splitLastWord(s);
                    if (power == 9 && before != null && Integer.valueOf(3).equals(SCALES.get(before[1].toUpperCase(Locale.ROOT)))) {
                        scale = 12;
                        s = before[0];
                    }
                }
            }
        }
        if (scale == 0) {
            int letters = trailingLetters(s);
            if (letters > 0 && letters < s.length() && Character.isDigit(s.charAt(s.length() - letters - 1))) {
                Integer power = SUFFIXES.get(s.substring(s.length() - letters).toUpperCase(Locale.ROOT));
                if (power != null) {
                    scale = power;
                    s = s.substring(0, s.length() - letters);
                }
            }
        }
        BigDecimal value;
        try {
            value = NumberParser.parseUnambiguous(s);
        } catch (NumberParseException e) {
            throw new NumberParseException(e.reason(), text, reasonText(e), e.readings());
        }
        value = value.movePointRight(scale);
        if (unit != null) {
            value = value.multiply(unit.factor());
        }
        try {
            return new ParsedAmount(Money.canonical(value), Optional.ofNullable(unit));
        } catch (IllegalArgumentException e) {
            throw new NumberParseException(NumberParseException.Reason.TOO_MANY_DIGITS, text,
                    "it has more than " + Money.MAX_WHOLE_DIGITS + " digits", List.of());
        }
    }

    private static CurrencyUnits.Unit twoUnits(String text, CurrencyUnits.@Nullable Unit before, CurrencyUnits.Unit after) {
        if (before != null) {
            throw new NumberParseException(NumberParseException.Reason.NOT_A_NUMBER, text,
                    "it names a unit both before and after the number; write the unit once", List.of());
        }
        return after;
    }

    // The constructor of NumberParseException always sets a message.
    @SuppressWarnings("NullAway")
    private static String reasonText(NumberParseException e) {
        String message = e.getMessage();
        int colon = message.lastIndexOf("': ");
        return colon < 0 ? message : message.substring(colon + 3);
    }

    /**
     * Splits off a unit that stands before the number: a currency symbol, or a unit word followed by
     * a space.
     *
     * @return the unit and the rest, or null when the text does not start with a unit
     */
    private static String @Nullable [] splitLeadingUnit(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (first == '$' || first == '€') {
            return new String[] {String.valueOf(first), s.substring(1).strip()};
        }
        int space = s.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String word = s.substring(0, space);
        return CurrencyUnits.find(word).isPresent() ? new String[] {word, s.substring(space + 1)} : null;
    }

    /**
     * Splits off the trailing word: letters after anything else, or a currency symbol.
     *
     * @return the rest and the word, or null when there is no trailing word
     */
    private static String @Nullable [] splitLastWord(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '$' || last == '€') {
            return new String[] {s.substring(0, s.length() - 1).strip(), String.valueOf(last)};
        }
        int i = s.length() - trailingLetters(s);
        if (i == s.length() || i == 0) {
            return null;
        }
        return new String[] {s.substring(0, i).strip(), s.substring(i)};
    }

    private static int trailingLetters(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.length() - i;
    }
}
