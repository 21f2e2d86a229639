package ir.anzali.investment.catalog.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityRowsTest {

    private static final String[] CURRENCIES = {"IRR", "USD", "EUR", "AED", "CNY", "JPY", "KWD"};

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
}
