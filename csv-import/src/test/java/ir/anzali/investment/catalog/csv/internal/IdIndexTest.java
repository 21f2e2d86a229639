package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void remembers_the_first_line_of_each_id_across_growth() {
        IdIndex index = new IdIndex();
        for (int i = 0; i < 200_000; i++) {
            assertThat(index.add("AFZ-" + i, i + 2L)).isEqualTo(-1);
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(index.add("AFZ-" + i, 1_000_000L)).isEqualTo(i + 2L);
        }
        assertThat(index.add("AFZ-200000", 5L)).isEqualTo(-1);
    }

    @Test
    void close_ids_have_different_hashes() {
        assertThat(IdIndex.hash("AFZ-TOU-001")).isNotEqualTo(IdIndex.hash("AFZ-TOU-010"));
        assertThat(IdIndex.hash("AB")).isNotEqualTo(IdIndex.hash("BA"));
    }
}
