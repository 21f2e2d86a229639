package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DropdownWarningTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @Test
    void the_dropdown_warning_is_in_both_languages() {
        assertThat(DropdownWarning.title(Locale.ENGLISH)).isEqualTo("Not in the list");
        assertThat(DropdownWarning.title(PERSIAN)).isEqualTo("در فهرست نیست");
        assertThat(DropdownWarning.text(PERSIAN)).startsWith("مقداری از فهرست انتخاب کنید.");
        assertThat(DropdownWarning.text(Locale.ENGLISH)).startsWith("Choose a value from the list.");
    }
}
