package ir.anzali.investment.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogLimitsTest {

    @Test
    void the_defaults_are_those_of_a_256_mebibyte_heap() {
        assertThat(CatalogLimits.DEFAULT).isEqualTo(new CatalogLimits(65_536, 4_096, 128L * 1024 * 1024));
        assertThat(CatalogLimits.forHeap(1024L * 1024 * 1024)).isEqualTo(new CatalogLimits(262_144, 16_384,
                512L * 1024 * 1024));
    }

    @Test
    void each_limit_is_changed_alone() {
        CatalogLimits limits = CatalogLimits.DEFAULT.withMaxOpportunities(10).withMaxIncentives(2).withMaxBytes(99);
        assertThat(limits).isEqualTo(new CatalogLimits(10, 2, 99));
    }

    @Test
    void a_limit_below_one_is_refused_with_its_value() {
        assertThatThrownBy(() -> CatalogLimits.DEFAULT.withMaxIncentives(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Catalog limits must be at least 1: opportunities 65536, incentives 0, bytes 134217728");
        assertThatThrownBy(() -> CatalogLimits.forHeap(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The heap must be at least 64 KiB: 1000");
    }
}
