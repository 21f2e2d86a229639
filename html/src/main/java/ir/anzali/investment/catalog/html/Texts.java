package ir.anzali.investment.catalog.html;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and numbers of a page in one language (CSV format §7): Persian text, digits and Solar
 * Hijri dates, or English with singular and plural forms. Immutable and thread-safe.
 */
final class Texts {

    private static final MessageBundle BUNDLE = MessageBundle.load(Texts.class::getResourceAsStream, "pages");

    private final Locale locale;
    private final Display display;

    Texts(Locale locale) {
        this.display = Display.of(locale);
        this.locale = display.persian() ? Locale.forLanguageTag("fa") : Locale.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    boolean persian() {
        return display.persian();
    }

    /** The page's {@code lang}. */
    String lang() {
        return persian() ? "fa" : "en";
    }

    /** The page's {@code dir}. */
    String dir() {
        return persian() ? "rtl" : "ltr";
    }

    /** A text with its placeholders filled; numbers given as values are shown in the language's digits. */
    String get(String key, Object... values) {
        Object[] shown = values.clone();
        for (int i = 1; i < shown.length; i += 2) {
            if (shown[i] instanceof Long || shown[i] instanceof Integer) {
                shown[i] = number(((Number) shown[i]).longValue());
            }
        }
        return BUNDLE.get(key, locale, shown);
    }

    /** A count with its noun: {@code 1 row}, {@code 2 rows}, {@code ۲ ردیف} ({@link Display#count}). */
    String count(Counted noun, long count) {
        return display.count(noun, count);
    }

    String number(long value) {
        return display.number(value);
    }

    String number(BigDecimal value) {
        return display.number(value);
    }

    /** The name of a delimiter ({@link Display#delimiter(String)}). */
    String delimiter(String delimiter) {
        return display.delimiter(delimiter);
    }

    String name(Named value) {
        return display.name(value);
    }

    /** The name of a currency: {@code ریال}, {@code Iranian rial}. */
    String currency(Currency currency) {
        return CurrencyUnits.name(currency, locale);
    }

    /** An amount with its currency: {@code ۲۵۰٬۰۰۰ ریال}. */
    String amount(BigDecimal amount, Currency currency) {
        return number(amount) + " " + currency(currency);
    }

    /** Amounts in several currencies, rials first, never added up; a dash when there is none ({@link Money#format(Map, Locale)}). */
    String amounts(Map<Currency, BigDecimal> byCurrency) {
        return Money.format(byCurrency, locale);
    }

    /** The currencies of amounts: the rial, the zone's own currency, first; the others by code. */
    static List<Currency> rialFirst(Map<Currency, ?> byCurrency) {
        return byCurrency.keySet().stream()
                .sorted(Comparator.comparing((Currency c) -> !c.equals(Money.IRR)).thenComparing(Currency::getCurrencyCode))
                .toList();
    }

    /**
     * A day in both calendars, the language's own first: {@code ۱۴۰۵/۰۹/۰۸ (۲۰۲۶-۱۱-۲۹ میلادی)} or
     * {@code 2026-11-29 (Solar Hijri 1405/09/08)} ({@link Display#dates}).
     */
    String day(LocalDate date) {
        return display.dates(date);
    }
}
