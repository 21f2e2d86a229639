package ir.anzali.investment.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.validation.CatalogId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogIdValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ABC", "A1-", "a12", "1AB", "AB_C", "AFZ-TOU-001",
        "A234567890123456789012345678901234567890", "A2345678901234567890123456789012345678901", "ÀBC", "AB C", ""})
    void the_id_check_agrees_with_its_regular_expression(String id) {
        assertThat(Validators.CatalogIdValidator.matches(id)).isEqualTo(id.matches(CatalogId.REGEX));
    }
}
