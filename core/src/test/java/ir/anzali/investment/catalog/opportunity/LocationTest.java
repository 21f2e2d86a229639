package ir.anzali.investment.catalog.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.RandomDecimals;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void a_land_area_is_kept_as_stripping_its_zeros_would_give_it() {
        for (long seed = 1; seed <= 20_000; seed++) {
            BigDecimal area = RandomDecimals.next(new SplittableRandom(seed));
            // BigDecimal.equals compares the scale too.
            assertThat(RandomDecimals.outcome(() -> new Location(null, null, null, null, area, null).landAreaM2()))
                    .as("seed %d: %s", seed, area).isEqualTo(RandomDecimals.outcome(() -> stripped(area)));
        }
    }

    @Test
    void a_whole_area_with_zeros_keeps_scale_zero() {
        assertThat(new Location(null, null, null, null, new BigDecimal("12000"), null).landAreaM2())
                .isEqualTo(new BigDecimal("12000"));
        assertThat(new Location(null, null, null, null, new BigDecimal("12.50"), null).landAreaM2())
                .isEqualTo(new BigDecimal("12.5"));
    }

    /** The land area as the constructor kept it before whole areas were kept as they are. */
    private static BigDecimal stripped(BigDecimal area) {
        BigDecimal m2 = area.signum() == 0 ? BigDecimal.ZERO : area.stripTrailingZeros();
        if ((long) m2.precision() - m2.scale() > 30 || m2.scale() > 30) {
            throw new IllegalArgumentException("Land area has more than 30 digits before or after the decimal point");
        }
        return m2.scale() < 0 ? m2.setScale(0) : m2;
    }
}
