package ir.anzali.investment.catalog.jdbc.internal;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchColumnsTest {

    /** Persian and Latin letters, digits in three scripts, a digit's word, spaces, half-spaces and marks. */
    private static final String[] PIECES = {"ساحل", "انزلی", "كپورچال", "حسن‌رود", "پنج", " ", "\u200C", "ۀ", "آ",
        "\u064E", "Ghazian", "PORT", "۵", "٣", "7", "-"};

    @Test
    void an_area_folded_into_a_reused_buffer_is_the_area_key() {
        StringBuilder reused = new StringBuilder("left over from the row before");
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder area = new StringBuilder();
            int pieces = 1 + r.nextInt(6);
            for (int i = 0; i < pieces; i++) {
                area.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = area.toString();

            assertThat(SearchColumns.areaKey(text, reused)).as("seed %d: %s", seed, text)
                    .hasToString(SearchColumns.areaKey(text));
        }
        assertThat(SearchColumns.areaKey(null, reused)).isNull();
    }
}
