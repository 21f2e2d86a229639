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

    @Test
    void compact_key_treats_space_half_space_dash_underscore_and_nothing_alike() {
        assertThat(CodeMatcher.compactKey("مبلغ سرمایه گذاری")).isEqualTo(CodeMatcher.compactKey("مبلغ سرمایه‌گذاری"))
                .isEqualTo(CodeMatcher.compactKey("مبلغ سرمایهگذاری")).isEqualTo(CodeMatcher.compactKey("مبلغ_سرمایه-گذاری"));
        assertThat(CodeMatcher.compactKey(" lead-Agency ")).isEqualTo("LEADAGENCY");
    }

    @Test
    void matcher_with_the_compact_key_finds_names_written_without_the_half_space() {
        CodeMatcher<Sector> compact = CodeMatcher.of(ReferenceData.defaults().sectors(), CodeMatcher::compactKey);

        assertThat(compact.find("marineindustries")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(sectors.find("marineindustries")).isEmpty();
        assertThat(compact.suggest("marinindustries")).map(Sector::code).contains("MARINE_INDUSTRIES");
    }
}
