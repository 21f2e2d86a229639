package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ColumnNotesTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_column_of_every_kind_has_a_note_in_persian_and_in_english(Kind kind) {
        for (Column c : kind.columns()) {
            String en = ColumnNotes.of(kind, c, Locale.ENGLISH);
            String fa = ColumnNotes.of(kind, c, PERSIAN);
            assertThat(en).as(c.name()).isNotBlank().doesNotContainPattern("[\u0600-\u06FF]");
            assertThat(fa).as(c.name()).isNotEqualTo(en).containsPattern("[\u0600-\u06FF]");
        }
    }

    @Test
    void a_note_is_found_by_a_key_derived_from_its_kind_and_column() {
        Column investment = Kind.OPPORTUNITIES.columns().stream().filter(c -> c.name().equals("investment")).findFirst()
                .orElseThrow();
        Column id = Kind.INCENTIVES.columns().get(0);

        assertThat(ColumnNotes.key(Kind.OPPORTUNITIES, investment)).isEqualTo("note.opportunities.investment");
        assertThat(ColumnNotes.of(Kind.OPPORTUNITIES, investment, Locale.ENGLISH)).startsWith("Required. The amount");
        assertThat(ColumnNotes.of(Kind.INCENTIVES, id, Locale.ENGLISH)).contains("INC-TAX-20");
        assertThat(ColumnNotes.of(Kind.OPPORTUNITIES, Kind.OPPORTUNITIES.columns().get(0), Locale.ENGLISH))
                .contains("AFZ-TOU-001");
    }

    @Test
    void a_column_without_a_note_is_refused_by_name() {
        Column unknown = new Column("wave_height_m", "ارتفاع موج", false, Column.Type.DECIMAL, null, "waveHeightM",
                Column.Access.writeOnly((Object o) -> null));

        assertThatThrownBy(() -> ColumnNotes.of(Kind.OPPORTUNITIES, unknown, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note.opportunities.wave_height_m");
    }

    @Test
    void the_dropdown_warning_is_in_both_languages() {
        assertThat(ColumnNotes.dropdownTitle(Locale.ENGLISH)).isEqualTo("Not in the list");
        assertThat(ColumnNotes.dropdownTitle(PERSIAN)).isEqualTo("در فهرست نیست");
        assertThat(ColumnNotes.dropdownError(PERSIAN)).startsWith("مقداری از فهرست انتخاب کنید.");
    }
}
