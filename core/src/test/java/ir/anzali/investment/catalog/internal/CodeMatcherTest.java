package ir.anzali.investment.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import org.junit.jupiter.api.Test;

class CodeMatcherTest {

    private final CodeMatcher<Sector> sectors = CodeMatcher.of(ReferenceData.defaults().sectors());

    @Test
    void finds_by_code_or_name_with_space_dash_and_underscore_alike() {
        assertThat(sectors.find("MARINE_INDUSTRIES")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(sectors.find("marine-industries")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(sectors.find("  Marine   Industries ")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(sectors.find("صنايع دريايي")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(CodeMatcher.ofEnum(Status.class).find("open")).contains(Status.OPEN);
    }

    @Test
    void suggests_the_closest_value_within_a_third_of_the_length() {
        assertThat(sectors.find("TURISM")).isEmpty();
        assertThat(sectors.suggest("TURISM")).map(Sector::code).contains("TOURISM");
        assertThat(sectors.suggest("گردشگرى")).map(Sector::code).contains("TOURISM");
        assertThat(sectors.suggest("AGRICULTURE")).isEmpty();
    }

    @Test
    void lists_the_values_in_the_order_given() {
        assertThat(sectors.values()).extracting(Sector::code)
                .containsExactly("TOURISM", "MARINE_INDUSTRIES", "PORT_SERVICES");
    }
}
