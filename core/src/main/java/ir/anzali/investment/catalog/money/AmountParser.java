package ir.anzali.investment.catalog.money;

import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads amounts as catalog data writes them (CSV format §4): a number (see {@link NumberParser}),
 * optionally followed by a scale word — {@code هزار}/{@code thousand}, {@code میلیون}/{@code million},
 * {@code میلیارد}/{@code billion}, {@code تریلیون}/{@code trillion} — and optionally by a unit
 * (see {@link CurrencyUnits}). {@code ۲۵۰ میلیارد ریال} is 250000000000 IRR; {@code ۲۵ میلیون تومان}
 * is 250000000 IRR. Stateless and thread-safe.
 */
public final class AmountParser {

    /** A parsed amount, and the currency its text named, if any. */
    public record ParsedAmount(BigDecimal amount, Optional<Currency> currency) {
    }

    private static final Map<String, Integer> SCALES = Map.of(
            "هزار", 3, "THOUSAND", 3,
            "میلیون", 6, "MILLION", 6,
            "میلیارد", 9, "BILLION", 9,
            "تریلیون", 12, "TRILLION", 12);

    private AmountParser() {
    }

    /**
     * Parses an amount.
     *
     * @param text the text, not null
     * @return the amount, converted into the base unit of its currency (toman into rial), never null
     * @throws NumberFormatException when the text is not an amount; the message quotes it
     */
    public static ParsedAmount parse(String text) {
        String s = PersianNormalizer.normalize(text);
        CurrencyUnits.Unit unit = null;
        String[] split = splitLastWord(s);
        if (split != null) {
            Optional<CurrencyUnits.Unit> found = CurrencyUnits.find(split[1]);
            if (found.isPresent()) {
                unit = found.get();
                s = split[0];
            }
        }
        int scale = 0;
        split = splitLastWord(s);
        if (split != null) {
            Integer power = SCALES.get(split[1].toUpperCase(Locale.ROOT));
            if (power != null) {
                scale = power;
                s = split[0];
            }
        }
        BigDecimal value;
        try {
            value = NumberParser.parseDecimal(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("Not an amount: '" + text.strip()
                    + "'; write a number, then optionally a scale word and a currency, like '250 میلیارد ریال'");
        }
        value = value.movePointRight(scale);
        if (unit != null) {
            value = value.multiply(unit.factor());
        }
        return new ParsedAmount(Money.canonical(value), Optional.ofNullable(unit).map(CurrencyUnits.Unit::currency));
    }

    /**
     * Splits off the trailing word: letters after a space, or a currency symbol after anything.
     *
     * @return the rest and the word, or null when there is no trailing word
     */
    private static String[] splitLastWord(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '$' || last == '€') {
            return new String[] {s.substring(0, s.length() - 1).strip(), String.valueOf(last)};
        }
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        if (i == s.length() || i == 0) {
            return null;
        }
        return new String[] {s.substring(0, i).strip(), s.substring(i)};
    }
}
