package ir.anzali.investment.catalog.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    @Test
    void messages_never_take_user_input_as_a_template() {
        String rendered = ValidationMessages.render("{ir.anzali.investment.catalog.Max.message}",
                java.util.Map.of("value", "{ir.anzali.investment.catalog.Min.message}"), Locale.ENGLISH);
        assertThat(rendered).isEqualTo("The value must be at most {ir.anzali.investment.catalog.Min.message}.");
    }
}
