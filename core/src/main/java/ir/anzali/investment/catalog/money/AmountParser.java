package ir.anzali.investment.catalog.money;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.NumberWords;
import ir.anzali.investment.catalog.text.NumberParseException;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads amounts as catalog data writes them (CSV format §4): a number (read as
 * {@link NumberParser#parseUnambiguous(String)} reads it, with the Arabic comma {@code ،} also a
 * thousands separator), optionally followed by a scale word — {@code هزار}/{@code thousand},
 * {@code میلیون}/{@code million}, {@code میلیارد}/{@code billion}, {@code تریلیون}/{@code trillion},
 * {@code هزار میلیارد} — or by an English {@code K}, {@code M}/{@code MN}, {@code B}/{@code BN},
 * right after the number or after a space, and optionally by a unit (see {@link CurrencyUnits}:
 * {@code ریال}, {@code ریالی}, {@code تومان}, {@code تومن}, {@code rials}, {@code US$}…). A unit may
 * also stand before the number ({@code $1.5M}, {@code USD 1.5}, {@code €2,000,000},
 * {@code EUR 2,000,000}). {@code همت} is هزار میلیارد تومان. A thousands part may come before the
 * scale word: {@code ۲ هزار و ۵۰۰ میلیارد ریال} is 2,500 × 10⁹ rials.
 *
 * <p>{@code ۲۵۰ میلیارد ریال} is 250000000000 IRR; {@code ۲۵ میلیون تومان} is 250000000 IRR;
 * {@code ۱ همت} is 10000000000000 IRR. The unit written is kept ({@link ParsedAmount#unit()}), so
 * that a caller can tell the toman from the rial although both are stored as IRR; a parsed amount
 * becomes {@link Money} with {@link ParsedAmount#toMoney(CurrencyUnits.Unit)}. Every refusal is a
 * {@link NumberParseException} that says why: a number in words ({@code ده میلیارد},
 * {@code چهارصد و ٥٠}) is {@link NumberParseException.Reason#WORDS}; a word that is neither a scale
 * word nor a unit ({@code 1500 xyz}) is {@link NumberParseException.Reason#UNKNOWN_WORD} and names
 * the word. Stateless and thread-safe.
 */
public final class AmountParser {

    /**
     * A parsed amount, the unit its text named, if any, and the scale word it was written with.
     *
     * @param amount the amount in the base unit of its currency (toman converted into rial), scale
     *               applied, not null
     * @param unit   the unit written before or after the number, or empty
     * @param scale  the power of ten of the scale word written ({@code میلیارد} 9, {@code K} 3), 0
     *               when none
     */
    public record ParsedAmount(BigDecimal amount, Optional<CurrencyUnits.Unit> unit, int scale) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException     when a part is null
         * @throws IllegalArgumentException when the scale is negative
         */
        public ParsedAmount {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
            if (scale < 0) {
                throw new IllegalArgumentException("Scale must not be negative: " + scale);
            }
        }

        /**
         * An amount written without a scale word.
         *
         * @param amount the amount, not null
         * @param unit   the unit written, or empty
         * @throws NullPointerException when a part is null
         */
        public ParsedAmount(BigDecimal amount, Optional<CurrencyUnits.Unit> unit) {
            this(amount, unit, 0);
        }

        /**
         * The currency the text named.
         *
         * @return the currency, or empty when the text named no unit
         */
        public Optional<Currency> currency() {
            return unit.map(CurrencyUnits.Unit::currency);
        }

        /**
         * The amount as money: in the unit the text named, or, for a bare number, in the unit given
         * (a toman there multiplies the number by ten). Whether a unit written disagrees with the
         * one given is for the caller to decide before: the unit written wins here.
         *
         * @param bare the unit of a bare number, such as a currency column's, not null
         * @return the money, never null
         * @throws IllegalArgumentException when the amount has more digits than {@link Money} holds
         */
        public Money toMoney(CurrencyUnits.Unit bare) {
            Objects.requireNonNull(bare, "bare");
            return unit.isPresent() ? Money.of(amount, unit.get().currency())
                    : Money.of(amount.multiply(bare.factor()), bare.currency());
        }
    }

    /**
     * The scale and unit a header names for the bare numbers of its column ({@code (میلیارد ریال)},
     * {@code USD million}).
     *
     * @param scale the power of ten of the scale word, 0 when none
     * @param unit  the unit, or empty when none
     */
    public record ScaleAndUnit(int scale, Optional<CurrencyUnits.Unit> unit) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException     when the unit is null
         * @throws IllegalArgumentException when the scale is negative
         */
        public ScaleAndUnit {
            Objects.requireNonNull(unit, "unit");
            if (scale < 0) {
                throw new IllegalArgumentException("Scale must not be negative: " + scale);
            }
        }

        /**
         * Applies this scale and unit to a bare number of the column.
         *
         * @param bare a number read without scale or unit, not null
         * @return the number scaled, with this unit (toman converted into rial), never null
         */
        public ParsedAmount apply(BigDecimal bare) {
            BigDecimal value = bare.movePointRight(scale);
            return new ParsedAmount(unit.isPresent() ? value.multiply(unit.get().factor()) : value, unit, scale);
        }
    }

    private static final Map<String, Integer> SCALES = Map.of(
            "هزار", 3, "THOUSAND", 3,
            "میلیون", 6, "MILLION", 6,
            "میلیارد", 9, "BILLION", 9,
            "تریلیون", 12, "TRILLION", 12);
    /** Letters right after the number or after a space, in upper case. */
    private static final Map<String, Integer> SUFFIXES = Map.of("K", 3, "M", 6, "MN", 6, "B", 9, "BN", 9);
    /** {@code همت}: هزار میلیارد تومان. */
    private static final String HEMMAT = "همت";
    private static final String AND = "و";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

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
        List<String> t = tokens(PersianNormalizer.normalize(text));
        int i = 0;
        CurrencyUnits.Unit unit = null;
        if (t.size() > 1 && isNumeral(t.get(1)) && !isNumeral(t.get(0))) {
            unit = CurrencyUnits.find(t.get(0)).orElseThrow(() -> refusal(text, t));
            i = 1;
        }
        if (i >= t.size() || !isNumeral(t.get(i))) {
            throw refusal(text, t);
        }
        BigDecimal value = number(text, t.get(i++));
        if (i + 2 < t.size() && Integer.valueOf(3).equals(SCALES.get(t.get(i).toUpperCase(Locale.ROOT)))
                && t.get(i + 1).equals(AND) && isNumeral(t.get(i + 2))) {
            value = withThousands(text, value, number(text, t.get(i + 2)));
            i += 3;
            if (i < t.size() && Integer.valueOf(3).equals(scale(t, i)[0])) {
                throw new NumberParseException(NumberParseException.Reason.NOT_A_NUMBER, text,
                        "a thousands part cannot be followed by thousand; write it as one number", List.of());
            }
        }
        int scale = 0;
        if (i < t.size() && t.get(i).equals(HEMMAT)) {
            unit = twoUnits(text, unit, CurrencyUnits.Unit.TOMAN);
            scale = 12;
            i++;
        } else if (i < t.size()) {
            int[] found = scale(t, i);
            scale = found[0];
            i = found[1];
        }
        if (i < t.size()) {
            Optional<CurrencyUnits.Unit> after = CurrencyUnits.find(t.get(i));
            if (after.isPresent()) {
                unit = twoUnits(text, unit, after.get());
                i++;
            }
        }
        if (i < t.size()) {
            throw refusal(text, t);
        }
        value = value.movePointRight(scale);
        if (unit != null) {
            value = value.multiply(unit.factor());
        }
        try {
            return new ParsedAmount(Money.canonical(value), Optional.ofNullable(unit), scale);
        } catch (IllegalArgumentException e) {
            throw new NumberParseException(NumberParseException.Reason.TOO_MANY_DIGITS, text,
                    "it has more than " + Money.MAX_WHOLE_DIGITS + " digits", List.of());
        }
    }

    /**
     * Reads the scale and unit that an amount column's header names for its bare numbers: scale
     * words and at most one unit, in either order, perhaps in parentheses or after a comma —
     * {@code (میلیارد ریال)}, {@code USD million}, {@code ، میلیون تومان}, {@code همت}.
     *
     * @param text the end of a header, not null
     * @return the scale and unit, or empty when the text is not only scale words and a unit
     */
    public static Optional<ScaleAndUnit> parseScaleAndUnit(String text) {
        String s = PersianNormalizer.normalize(text);
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        } else if (s.startsWith(",") || s.startsWith("،")) {
            s = s.substring(1).strip();
        }
        List<String> t = tokens(s);
        CurrencyUnits.Unit unit = null;
        int scale = 0;
        int i = 0;
        while (i < t.size()) {
            String word = t.get(i);
            int[] found = scale(t, i);
            Optional<CurrencyUnits.Unit> named = CurrencyUnits.find(word);
            if (word.equals(HEMMAT) && scale == 0 && unit == null) {
                scale = 12;
                unit = CurrencyUnits.Unit.TOMAN;
                i++;
            } else if (found[1] > i && scale == 0) {
                scale = found[0];
                i = found[1];
            } else if (named.isPresent() && unit == null) {
                unit = named.get();
                i++;
            } else {
                return Optional.empty();
            }
        }
        return t.isEmpty() ? Optional.empty() : Optional.of(new ScaleAndUnit(scale, Optional.ofNullable(unit)));
    }

    /**
     * The scale at token {@code i}: a scale word, {@code هزار میلیارد}, or a letter suffix.
     *
     * @return the power of ten (0 when none) and the index after the scale
     */
    private static int[] scale(List<String> t, int i) {
        String word = t.get(i).toUpperCase(Locale.ROOT);
        Integer power = SCALES.get(word);
        if (power == null) {
            power = SUFFIXES.get(word);
            return power == null ? new int[] {0, i} : new int[] {power, i + 1};
        }
        if (power == 3 && i + 1 < t.size() && Integer.valueOf(9).equals(SCALES.get(t.get(i + 1).toUpperCase(Locale.ROOT)))) {
            return new int[] {12, i + 2};
        }
        return new int[] {power, i + 1};
    }

    /** {@code N هزار و M}: N × 1000 + M, for whole N and M below a thousand. */
    private static BigDecimal withThousands(String text, BigDecimal thousands, BigDecimal rest) {
        if (thousands.stripTrailingZeros().scale() > 0 || rest.stripTrailingZeros().scale() > 0
                || rest.signum() < 0 || rest.compareTo(THOUSAND) >= 0 || thousands.signum() < 0) {
            throw new NumberParseException(NumberParseException.Reason.NOT_A_NUMBER, text,
                    "in 'N هزار و M', N must be a whole number and M a whole number below 1000", List.of());
        }
        return thousands.multiply(THOUSAND).add(rest);
    }

    private static BigDecimal number(String text, String numeral) {
        try {
            return NumberParser.parseUnambiguous(numeral.replace('،', '٬'));
        } catch (NumberParseException e) {
            throw e.about(text);
        }
    }

    /**
     * Why tokens are no amount: a number in words, else the first word that is neither a numeral,
     * a scale word nor a unit, else their order.
     */
    private static NumberParseException refusal(String text, List<String> t) {
        boolean words = false;
        for (String word : t) {
            boolean known = isNumeral(word) || word.equals(AND) || word.equalsIgnoreCase("AND") || word.equals(HEMMAT)
                    || SCALES.containsKey(word.toUpperCase(Locale.ROOT)) || SUFFIXES.containsKey(word.toUpperCase(Locale.ROOT))
                    || CurrencyUnits.find(word).isPresent();
            if (!known && NumberWords.isNumberWord(word)) {
                words = true;
            } else if (!known) {
                return NumberParseException.unknownWord(text, word);
            }
        }
        if (words) {
            return new NumberParseException(NumberParseException.Reason.WORDS, text,
                    "it is written in words; write it in digits", List.of());
        }
        return new NumberParseException(NumberParseException.Reason.NOT_A_NUMBER, text, t.stream().anyMatch(AmountParser::isNumeral)
                ? "write one number, then a scale word and a unit, such as 250 میلیارد ریال" : "it has no digits", List.of());
    }

    private static CurrencyUnits.Unit twoUnits(String text, CurrencyUnits.@Nullable Unit before, CurrencyUnits.Unit after) {
        if (before != null) {
            throw new NumberParseException(NumberParseException.Reason.NOT_A_NUMBER, text,
                    "it names a unit both before and after the number; write the unit once", List.of());
        }
        return after;
    }

    /**
     * Splits normalized text into numerals — digits with their signs, separators, spaces between
     * groups and exponents — and words: runs of other characters between spaces and numerals.
     */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            boolean numeral = isNumeralChar(s.charAt(i));
            while (i < n && s.charAt(i) != ' ' && isNumeralChar(s.charAt(i)) == numeral
                    || numeral && i < n && continuesNumeral(s, i)) {
                i++;
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** Whether the space or exponent letter at {@code i} is inside a numeral: digits on both sides. */
    private static boolean continuesNumeral(String s, int i) {
        char c = s.charAt(i);
        boolean digitBefore = i > 0 && Digits.value(s.charAt(i - 1)) >= 0;
        int next = i + 1 < s.length() && c != ' ' && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') ? i + 2 : i + 1;
        return (c == ' ' || c == 'e' || c == 'E') && digitBefore && next < s.length() && Digits.value(s.charAt(next)) >= 0;
    }

    private static boolean isNumeralChar(char c) {
        return Digits.value(c) >= 0 || ",٬،.٫/-\u2212+".indexOf(c) >= 0;
    }

    /** Whether a token holds a digit and starts as a numeral does. */
    private static boolean isNumeral(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Digits.value(token.charAt(i)) >= 0) {
                return isNumeralChar(token.charAt(0));
            }
        }
        return false;
    }
}
