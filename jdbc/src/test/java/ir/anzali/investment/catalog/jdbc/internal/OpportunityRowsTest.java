package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityRowsTest {

    private static final String[] CURRENCIES = {"IRR", "USD", "EUR", "AED", "CNY", "JPY", "KWD"};

    @Test
    void the_investment_column_is_the_investments_text_for_one_part_and_many() {
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            List<Money> parts = new ArrayList<>();
            int count = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 1;
            for (int i = 0; i < count; i++) {
                parts.add(Money.of(amount(r), CURRENCIES[(i + r.nextInt(CURRENCIES.length - 2)) % CURRENCIES.length]));
            }
            if (parts.stream().map(Money::currency).distinct().count() < parts.size()) {
                continue;
            }
            Investment investment = new Investment(parts);

            assertThat(OpportunityRows.investmentText(investment)).as("seed %d", seed)
                    .isEqualTo(investment.toString());
        }
    }

    @Test
    void a_list_appended_to_a_reused_buffer_is_the_columns_text() {
        StringBuilder reused = new StringBuilder("left over from the row before");
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> items = new ArrayList<>();
            int count = r.nextInt(4);
            for (int i = 0; i < count; i++) {
                items.add("item" + r.nextInt(1000) + (r.nextBoolean() ? " هتل" : ""));
            }
            reused.setLength(0);

            OpportunityRows.list(items, Function.identity(), reused);

            String expected = items.isEmpty() ? ""
                    : OpportunityRows.SEPARATOR + String.join(OpportunityRows.SEPARATOR, items) + OpportunityRows.SEPARATOR;
            assertThat(reused).as("seed %d: %s", seed, items).hasToString(expected);
            assertThat(OpportunityRows.list(items, Function.identity())).as("seed %d", seed).isEqualTo(expected);
        }
    }

    /** A positive amount of up to 20 digits and a scale of -3 to 6, trailing zeros included. */
    private static BigDecimal amount(SplittableRandom r) {
        BigInteger unscaled = new BigInteger(1 + r.nextInt(64), new Random(r.nextLong())).add(BigInteger.ONE);
        return new BigDecimal(unscaled, r.nextInt(10) - 3);
    }
}
