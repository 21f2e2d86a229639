package ir.anzali.investment.catalog.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IncentiveTest {

    @Test
    void build_on_an_incomplete_builder_throws_the_violations_not_NullPointerException_id() {
        Incentive.Builder form = Incentive.builder().title("معافیت", null);
        assertThatThrownBy(form::build).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.violations()).isEqualTo(form.validate());
            assertThat(e.violations()).extracting(Violation::property).containsExactly("authority", "id", "type");
            assertThat(e.violations()).extracting(Violation::rule).containsOnly(Rule.REQUIRED);
        });
    }

    @Test
    void build_on_a_complete_but_invalid_builder_throws_the_same_violations_as_validate() {
        Incentive.Builder b = Fixtures.taxHoliday().benefitPercent(new BigDecimal("101"));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationFailedException.class, e -> {
            assertThat(e.violations()).isEqualTo(b.validate());
            assertThat(e.violations()).extracting(Violation::property).containsExactly("benefitPercent");
        });
    }

    @Test
    void an_authority_and_type_from_a_form_are_read_by_code_or_name() {
        Incentive built = Fixtures.taxHoliday().authority("سازمان منطقه آزاد انزلي", Fixtures.REF)
                .type("vat exemption").build();
        assertThat(built.authority()).isEqualTo(Fixtures.AFZO);
        assertThat(built.type()).isEqualTo(IncentiveType.VAT_EXEMPTION);
    }

    @Test
    void a_blank_authority_from_a_form_is_required_and_an_unknown_one_is_unknown_code_with_a_suggestion() {
        assertThat(Fixtures.taxHoliday().authority(" ", Fixtures.REF).validate())
                .containsExactly(Violation.missing("authority"));
        assertThat(Fixtures.taxHoliday().authority(null, Fixtures.REF).validate())
                .containsExactly(Violation.missing("authority"));
        Incentive.Builder form = Fixtures.taxHoliday().authority("AFZ0", Fixtures.REF).type("INCOME_TAX");
        assertThat(form.validate()).extracting(Violation::property, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("authority", Rule.UNKNOWN_CODE),
                org.assertj.core.groups.Tuple.tuple("type", Rule.UNKNOWN_CODE));
        assertThat(form.validate().get(0).message(Locale.ENGLISH)).startsWith("\"AFZ0\" is not a known value. Did you mean AFZO?");
        assertThatThrownBy(form::build).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).isEqualTo(form.validate()));
    }
}
