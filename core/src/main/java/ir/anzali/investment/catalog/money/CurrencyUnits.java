package ir.anzali.investment.catalog.money;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currency words of catalog data (CSV format §4): ISO 4217 codes of real currencies and the
 * unit words {@code ریال}, {@code تومان} (ten rials), {@code $}, {@code دلار}, {@code €},
 * {@code یورو}, {@code درهم}, {@code یوان}, {@code روبل}; the adjectival {@code ریالی},
 * {@code تومانی}, {@code دلاری}, {@code یورویی} and the colloquial {@code تومن}; and, in any case,
 * {@code rial(s)}, {@code toman(s)}, {@code dollar(s)}, {@code euro(s)} and {@code US$}. Codes that are no money — gold, silver,
 * testing and fund codes such as {@code XAU}, {@code XXX}, {@code XDR} — are not units (see
 * {@link Money#isMoney(Currency)}). Stateless and thread-safe.
 */
public final class CurrencyUnits {

    /**
     * A currency together with how many of its units one named unit is: ten for the toman, one
     * otherwise. Two units are equal when both parts are, so the rial and the toman differ although
     * both are stored as IRR.
     *
     * @param currency the currency, not null
     * @param factor   how many units of the currency one named unit is, not null
     */
    public record Unit(Currency currency, BigDecimal factor) {

        /** The toman: ten rials. */
        public static final Unit TOMAN = new Unit(Money.IRR, BigDecimal.TEN);

        /**
         * The name of the unit as staff write it: {@code تومان} for the toman, {@code ریال} for the
         * rial, the ISO code otherwise.
         *
         * @return the name, never null
         */
        public String label() {
            if (currency.equals(Money.IRR)) {
                return factor.compareTo(BigDecimal.ONE) == 0 ? "ریال" : "تومان";
            }
            return currency.getCurrencyCode();
        }

        /**
         * The name of the unit in a language: the toman is {@code تومان} in Persian and
         * {@code toman} in English; any other unit is its currency's name
         * ({@link CurrencyUnits#name(Currency, Locale)}: {@code ریال}, {@code دلار}… in Persian,
         * {@code IRR}, {@code USD}… in English).
         *
         * @param locale the language, not null
         * @return the name, never null
         */
        public String name(Locale locale) {
            if (factor.compareTo(BigDecimal.ONE) != 0) {
                return "fa".equals(locale.getLanguage()) ? label() : "toman";
            }
            return CurrencyUnits.name(currency, locale);
        }
    }

    private static final Map<String, Unit> WORDS = new LinkedHashMap<>();

    static {
        word("ریال", "IRR", 1);
        word("تومان", "IRR", 10);
        word("$", "USD", 1);
        word("دلار", "USD", 1);
        word("€", "EUR", 1);
        word("یورو", "EUR", 1);
        word("درهم", "AED", 1);
        word("یوان", "CNY", 1);
        word("روبل", "RUB", 1);
        // Adjectival, colloquial and English forms, after the names above.
        word("ریالی", "IRR", 1);
        word("تومانی", "IRR", 10);
        word("تومن", "IRR", 10);
        word("دلاری", "USD", 1);
        word("یورویی", "EUR", 1);
        word("rial", "IRR", 1);
        word("rials", "IRR", 1);
        word("toman", "IRR", 10);
        word("tomans", "IRR", 10);
        word("us$", "USD", 1);
        word("dollar", "USD", 1);
        word("dollars", "USD", 1);
        word("euro", "EUR", 1);
        word("euros", "EUR", 1);
    }

    private CurrencyUnits() {
    }

    private static void word(String word, String code, int factor) {
        WORDS.put(word, new Unit(Currency.getInstance(code), BigDecimal.valueOf(factor)));
    }

    /**
     * Finds the unit a word names: a unit word, or the ISO 4217 code of a real currency in any case.
     *
     * @param word the word, not null; normalized before matching
     * @return the unit, or empty when the word names none
     */
    public static Optional<Unit> find(String word) {
        String w = PersianNormalizer.normalize(word);
        Unit unit = WORDS.get(w);
        if (unit == null) {
            unit = WORDS.get(w.toLowerCase(Locale.ROOT));
        }
        if (unit != null) {
            return Optional.of(unit);
        }
        return w.length() == 3 ? Optional.ofNullable(Codes.UNITS.get(w.toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /**
     * The unit of every ISO 4217 code of money, in upper case, made once when first asked for: the
     * platform's currencies that {@link Money#isMoney(Currency)} accepts.
     */
    private static final class Codes {
        static final Map<String, Unit> UNITS = units();

        private Codes() {
        }

        private static Map<String, Unit> units() {
            Map<String, Unit> units = new HashMap<>();
            for (Currency currency : Currency.getAvailableCurrencies()) {
                if (Money.isMoney(currency)) {
                    units.put(currency.getCurrencyCode(), new Unit(currency, BigDecimal.ONE));
                }
            }
            return Map.copyOf(units);
        }
    }

    /**
     * The name of a currency as people read it: in Persian {@code ریال}, {@code دلار},
     * {@code یورو}, {@code درهم}, {@code یوان}, {@code روبل}, or the platform's Persian name of
     * another currency; in English its ISO code.
     *
     * @param currency the currency, not null
     * @param locale   the language, not null
     * @return the name, never null
     */
    public static String name(Currency currency, Locale locale) {
        if (!"fa".equals(locale.getLanguage())) {
            return currency.getCurrencyCode();
        }
        for (Map.Entry<String, Unit> e : WORDS.entrySet()) {
            Unit unit = e.getValue();
            if (unit.currency().equals(currency) && unit.factor().compareTo(BigDecimal.ONE) == 0
                    && Character.isLetter(e.getKey().charAt(0))) {
                return e.getKey();
            }
        }
        return currency.getDisplayName(locale);
    }

    /**
     * The unit words other than ISO codes, in a stable order.
     *
     * @return an unmodifiable set, never null
     */
    public static Set<String> words() {
        return Collections.unmodifiableSet(WORDS.keySet());
    }
}
