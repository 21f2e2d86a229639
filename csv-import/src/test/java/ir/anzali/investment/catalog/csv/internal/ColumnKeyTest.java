package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.property.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColumnKeyTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_key_is_the_column_of_its_name_at_its_place_in_the_kinds_list(Kind kind) {
        ColumnKey[] all = ColumnKey.all(kind);
        assertThat(all).hasSameSizeAs(kind.columns());
        for (int i = 0; i < all.length; i++) {
            Column column = kind.columns().get(i);
            assertThat(all[i]).isEqualTo(ColumnKey.of(kind, column.name()));
            assertThat(all[i].column()).isSameAs(column);
            assertThat(all[i].position()).isEqualTo(i);
            assertThat(all[i].name()).isEqualTo(column.name());
        }
    }

    @Test
    void a_name_the_kind_lacks_is_refused_with_the_name_and_the_kind() {
        assertThatThrownBy(() -> ColumnKey.of(Kind.INCENTIVES, "sector"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No column sector in INCENTIVES");
    }

    /**
     * Headers of some of a kind's columns in random order, written by canonical name, Persian header
     * or alias, with unknown columns among them: every column's cell is found by its key where it
     * is found by its name.
     */
    @Test
    void a_key_finds_the_cell_that_the_columns_name_finds_in_any_header() throws Exception {
        Seeds.forEach(2_000, seed -> {
            Random random = new Random(seed);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            List<String> cells = new ArrayList<>();
            for (Column column : kind.columns()) {
                if (column.required() || random.nextInt(3) > 0) {
                    List<String> names = new ArrayList<>(column.aliases());
                    names.add(column.name());
                    names.add(column.persianName());
                    cells.add(names.get(random.nextInt(names.size())));
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                cells.add("unknown " + random.nextInt(100));
            }
            Collections.shuffle(cells, random);
            Header header = new Header(kind, cells.toArray(String[]::new), 1, ENGLISH);
            for (ColumnKey key : ColumnKey.all(kind)) {
                assertThat(header.index(key.position())).as("%s in %s", key.name(), cells)
                        .isEqualTo(header.index(key.name()));
                assertThat(header.unit(key.position())).isEqualTo(header.unit(key.name()));
                assertThat(header.written(key.position())).isEqualTo(header.written(key.name()));
            }
        });
    }
}
