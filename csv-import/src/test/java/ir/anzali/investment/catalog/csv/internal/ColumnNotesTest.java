package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColumnNotesTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @Test
    void the_dropdown_warning_is_in_both_languages() {
        assertThat(ColumnNotes.dropdownTitle(Locale.ENGLISH)).isEqualTo("Not in the list");
        assertThat(ColumnNotes.dropdownTitle(PERSIAN)).isEqualTo("در فهرست نیست");
        assertThat(ColumnNotes.dropdownError(PERSIAN)).startsWith("مقداری از فهرست انتخاب کنید.");
        assertThat(ColumnNotes.dropdownError(Locale.ENGLISH)).startsWith("Choose a value from the list.");
    }
}
