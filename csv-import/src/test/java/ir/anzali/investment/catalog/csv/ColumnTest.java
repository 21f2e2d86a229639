package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColumnTest {

    private static final Column.Note NOTE = new Column.Note("Wave height in metres.", "ارتفاع موج به متر.");

    @Test
    void a_note_is_persian_for_fa_and_english_for_any_other_language() {
        assertThat(NOTE.text(Locale.forLanguageTag("fa"))).isEqualTo("ارتفاع موج به متر.");
        assertThat(NOTE.text(Locale.forLanguageTag("fa-IR"))).isEqualTo("ارتفاع موج به متر.");
        assertThat(NOTE.text(Locale.ENGLISH)).isEqualTo("Wave height in metres.");
        assertThat(NOTE.text(Locale.GERMAN)).isEqualTo("Wave height in metres.");
    }

    @Test
    void a_note_empty_in_either_language_is_refused_naming_the_language() {
        assertThatThrownBy(() -> new Column.Note(" ", "ارتفاع موج به متر."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English");
        assertThatThrownBy(() -> new Column.Note("Wave height in metres.", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Persian");
    }

    @Test
    void a_column_holds_its_note() {
        Column column = new Column("wave_height_m", "ارتفاع موج", false, Column.Type.DECIMAL, null, "waveHeightM",
                Column.Access.writeOnly((Object o) -> null), NOTE);

        assertThat(column.note()).isEqualTo(NOTE);
        assertThat(column.aliases()).isEmpty();
    }
}
