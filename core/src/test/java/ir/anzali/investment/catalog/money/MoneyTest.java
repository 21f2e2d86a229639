package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.RandomDecimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void equal_amounts_with_different_scales_are_equal() {
        assertThat(Money.of(new BigDecimal("1.50"), "USD")).isEqualTo(Money.of(new BigDecimal("1.5"), "USD"));
        assertThat(Money.of(new BigDecimal("1E+3"), "IRR").amount().toPlainString()).isEqualTo("1000");
    }

    @Test
    void to_string_and_parse_round_trip() {
        Money m = Money.of(new BigDecimal("250000000000"), Money.IRR);
        assertThat(m.toString()).isEqualTo("IRR 250000000000");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }

    @Test
    void parse_refuses_other_shapes() {
        assertThatThrownBy(() -> Money.parse("250 IRR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("250 IRR");
        assertThatThrownBy(() -> Money.parse("IRR lots")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adding_or_comparing_different_currencies_is_refused() {
        Money irr = Money.of(BigDecimal.TEN, Money.IRR);
        Money usd = Money.of(BigDecimal.ONE, "USD");
        assertThat(irr.plus(irr)).isEqualTo(Money.of(new BigDecimal("20"), Money.IRR));
        assertThatThrownBy(() -> irr.plus(usd)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("IRR 10").hasMessageContaining("USD 1");
        assertThatThrownBy(() -> irr.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void null_parts_are_named() {
        assertThatThrownBy(() -> new Money(null, BigDecimal.ONE)).hasMessage("currency");
        assertThatThrownBy(() -> new Money(Money.IRR, null)).hasMessage("amount");
    }

    @Test
    void exchange_rates_convert_only_when_a_rate_is_known() {
        ExchangeRates rates = (from, to, date) -> from.getCurrencyCode().equals("USD") && to.equals(Money.IRR)
                ? Optional.of(new BigDecimal("1000000")) : Optional.empty();
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(rates.convert(Money.of(new BigDecimal("2"), "USD"), Money.IRR, day))
                .contains(Money.of(new BigDecimal("2000000"), Money.IRR));
        assertThat(rates.convert(Money.of(BigDecimal.ONE, "EUR"), Money.IRR, day)).isEmpty();
        assertThat(ExchangeRates.NONE.convert(Money.of(BigDecimal.ONE, Money.IRR), Money.IRR, day))
                .contains(Money.of(BigDecimal.ONE, Money.IRR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "XXX", "XDR", "XTS"})
    void codes_that_are_no_money_are_refused(String code) {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e100000000", "1e-999999999", "1e41", "1e-31", "-1e50"})
    void amounts_too_large_or_too_fine_are_refused_without_computing_them(String amount) {
        assertThatThrownBy(() -> Money.of(new BigDecimal(amount), Money.IRR)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("IRR " + amount)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_largest_amounts_are_kept_whole() {
        BigDecimal forty = new BigDecimal("9".repeat(40));
        assertThat(Money.of(forty, Money.IRR).toString()).isEqualTo("IRR " + "9".repeat(40));
        assertThat(Money.parse("USD 0." + "0".repeat(29) + "1").amount()).isEqualByComparingTo("1E-30");
        assertThatThrownBy(() -> Money.of(forty, Money.IRR).plus(Money.of(BigDecimal.ONE, Money.IRR)))
                .isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IRR 12,5", "IRR ۱۲", "IRR 1e3", "IRR +5", "IRR 5.", "IRR .5", "IRR --5"})
    void parse_reads_only_the_plain_form(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amounts_in_several_currencies_show_the_rial_first_never_added_up_and_a_dash_for_none() {
        Map<Currency, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(Currency.getInstance("USD"), new BigDecimal("1500000"));
        amounts.put(Currency.getInstance("EUR"), new BigDecimal("8000000"));
        amounts.put(Money.IRR, new BigDecimal("4685000000000"));

        assertThat(Money.format(amounts, Locale.ENGLISH))
                .isEqualTo("4,685,000,000,000 " + CurrencyUnits.name(Money.IRR, Locale.ENGLISH) + ", 8,000,000 "
                        + CurrencyUnits.name(Currency.getInstance("EUR"), Locale.ENGLISH) + ", 1,500,000 "
                        + CurrencyUnits.name(Currency.getInstance("USD"), Locale.ENGLISH));
        assertThat(Money.format(amounts, Locale.forLanguageTag("fa"))).startsWith("۴٬۶۸۵٬۰۰۰٬۰۰۰٬۰۰۰ ریال، ۸٬۰۰۰٬۰۰۰ ");
        assertThat(Money.format(Map.of(), Locale.ENGLISH)).isEqualTo("-");
    }

    @Test
    void canonical_keeps_a_whole_amount_as_stripping_its_zeros_would_give_it() {
        for (long seed = 1; seed <= 20_000; seed++) {
            BigDecimal amount = RandomDecimals.next(new SplittableRandom(seed));
            // BigDecimal.equals compares the scale too.
            assertThat(RandomDecimals.outcome(() -> Money.canonical(amount))).as("seed %d: %s", seed, amount)
                    .isEqualTo(RandomDecimals.outcome(() -> strippedCanonical(amount)));
        }
    }

    /** {@link Money#canonical} as it was before whole amounts were kept as they are. */
    private static BigDecimal strippedCanonical(BigDecimal amount) {
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        long wholeDigits = (long) stripped.precision() - stripped.scale();
        if (wholeDigits > Money.MAX_WHOLE_DIGITS || stripped.scale() > Money.MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("Amount has more than " + Money.MAX_WHOLE_DIGITS
                    + " digits before the decimal point or " + Money.MAX_FRACTION_DIGITS + " after it: "
                    + (stripped.precision() > 100 ? stripped.unscaledValue().bitLength() + "-bit number"
                            : stripped.toString()));
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
