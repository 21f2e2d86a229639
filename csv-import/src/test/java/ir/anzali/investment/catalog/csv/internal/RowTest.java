package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.property.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void whole_tells_an_integer_and_its_value_as_stripping_its_zeros_does() throws Exception {
        Seeds.forEach(20_000, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            BigInteger unscaled = random.nextBoolean() ? BigInteger.valueOf(random.nextLong(-5_000_000_000L, 5_000_000_000L))
                    : BigInteger.valueOf(random.nextInt(-999, 999)).multiply(BigInteger.TEN.pow(random.nextInt(0, 12)));
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(3) == 0 ? random.nextInt(-4, 5) : 0);
            BigDecimal stripped = value.stripTrailingZeros();
            BigDecimal whole = Row.whole(value);
            assertThat(whole.scale() > 0).as("%s", value).isEqualTo(stripped.scale() > 0);
            assertThat(whole.compareTo(stripped)).as("%s", value).isZero();
            assertThat(exactInt(whole)).as("%s", value).isEqualTo(exactInt(stripped));
        });
    }

    private static Object exactInt(BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return "not an int";
        }
    }
}
