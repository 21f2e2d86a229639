package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.text.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvestmentTest {

    private static final Money RIALS = Money.of(new BigDecimal("150000000000000"), Money.IRR);
    private static final Money EUROS = Money.of(new BigDecimal("50000000"), "EUR");
    private static final Money DOLLARS = Money.of(new BigDecimal("3000000"), "USD");

    @Test
    void parts_are_rial_first_then_by_code_whatever_order_they_are_given_in() {
        Investment given = Investment.of(DOLLARS, EUROS, RIALS);
        assertThat(given.parts()).containsExactly(RIALS, EUROS, DOLLARS);
        assertThat(given).isEqualTo(Investment.of(RIALS, DOLLARS, EUROS));
        assertThat(given.first()).isEqualTo(RIALS);
        assertThat(Investment.of(DOLLARS, EUROS).first()).isEqualTo(EUROS);
        assertThat(given.currencies()).extracting(Currency::getCurrencyCode).containsExactly("IRR", "EUR", "USD");
    }

    @Test
    void two_parts_in_one_currency_are_refused_naming_the_currency() {
        Money moreEuros = Money.of(BigDecimal.TEN, "EUR");
        assertThatThrownBy(() -> Investment.of(EUROS, RIALS, moreEuros)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR is given twice");
    }

    @Test
    void an_investment_without_parts_is_refused() {
        assertThatThrownBy(() -> new Investment(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one amount");
    }

    @Test
    void an_investment_of_one_amount_holds_a_copy_of_it_and_refuses_a_null_part() {
        List<Money> given = new ArrayList<>(List.of(EUROS));
        Investment one = new Investment(given);
        given.set(0, RIALS);
        assertThat(one.parts()).containsExactly(EUROS);
        assertThat(one).isEqualTo(Investment.of(EUROS)).isEqualTo(new Investment(List.of(EUROS)));
        assertThatThrownBy(() -> one.parts().add(RIALS)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Investment(Arrays.asList((Money) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("part");
    }

    @Test
    void to_string_is_the_canonical_text_that_parse_reads_back() {
        Investment two = Investment.of(EUROS, RIALS);
        assertThat(two).hasToString("IRR 150000000000000 + EUR 50000000");
        assertThat(Investment.parse(two.toString())).isEqualTo(two);
        assertThat(Investment.parse("IRR 2500")).isEqualTo(Investment.of(Money.of(new BigDecimal("2500"), Money.IRR)));
        assertThatThrownBy(() -> Investment.parse("IRR 1 + ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void in_gives_the_part_in_a_currency_or_nothing() {
        Investment two = Investment.of(RIALS, EUROS);
        assertThat(two.in(Currency.getInstance("EUR"))).contains(EUROS);
        assertThat(two.in(Currency.getInstance("USD"))).isEmpty();
        assertThat(two.isSingle()).isFalse();
        assertThat(Investment.of(EUROS).isSingle()).isTrue();
    }

    @Test
    void format_joins_the_parts_as_people_read_them() {
        Investment two = Investment.of(EUROS, RIALS);
        assertThat(two.format(Locale.ENGLISH)).isEqualTo("150,000,000,000,000 IRR + 50,000,000 EUR");
        assertThat(two.format(LocalizedText.PERSIAN)).isEqualTo(RIALS.format(LocalizedText.PERSIAN) + " + "
                + EUROS.format(LocalizedText.PERSIAN)).contains("ریال").contains("یورو");
    }

    @Test
    void the_text_of_one_part_is_that_parts_text_and_of_many_the_parts_joined_with_plus() {
        String[] currencies = {"IRR", "USD", "EUR", "AED", "CNY", "JPY", "KWD"};
        for (long seed = 1; seed <= 3000; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            List<Money> parts = new ArrayList<>();
            int count = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 1;
            for (int i = 0; i < count; i++) {
                java.math.BigInteger unscaled = new java.math.BigInteger(1 + r.nextInt(64),
                        new java.util.Random(r.nextLong())).add(java.math.BigInteger.ONE);
                parts.add(Money.of(new BigDecimal(unscaled, r.nextInt(10) - 3),
                        currencies[(i + r.nextInt(currencies.length - 2)) % currencies.length]));
            }
            if (parts.stream().map(Money::currency).distinct().count() < parts.size()) {
                continue;
            }
            Investment investment = new Investment(parts);

            String joined = String.join(" + ", investment.parts().stream().map(Money::toString).toList());
            assertThat(investment).as("seed %d", seed).hasToString(joined);
        }
    }
}
