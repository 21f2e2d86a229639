package ir.anzali.investment.catalog.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData defaults = ReferenceData.defaults();

    @Test
    void defaults_hold_the_three_sectors_and_their_subsectors() {
        assertThat(defaults.sectors()).extracting(Sector::code)
                .containsExactly("TOURISM", "MARINE_INDUSTRIES", "PORT_SERVICES");
        assertThat(defaults.sector("TOURISM").orElseThrow().subsectors()).hasSize(6);
        assertThat(defaults.sector("MARINE_INDUSTRIES").orElseThrow().subsectors()).hasSize(5);
        assertThat(defaults.sector("PORT_SERVICES").orElseThrow().subsectors()).hasSize(5);
    }

    @Test
    void subsectors_carry_isic_rev4_classes_with_scheme_and_version() {
        Subsector accommodation = defaults.sector("TOURISM").orElseThrow().subsector("ACCOMMODATION").orElseThrow();
        assertThat(accommodation.classes()).extracting(IndustryClass::toString)
                .containsExactly("ISIC Rev.4 5510", "ISIC Rev.4 5520", "ISIC Rev.4 5590");
        assertThat(IndustryClass.parse("ISIC Rev.4 0311")).isEqualTo(IndustryClass.isic4("0311"));
    }

    @Test
    void defaults_hold_the_five_agencies() {
        assertThat(defaults.agencies()).extracting(Agency::code)
                .containsExactly("AFZO", "MUNICIPALITY", "CITY_COUNCIL", "GOVERNORATE", "PMO_GILAN");
        assertThat(defaults.agency("AFZO").orElseThrow().nameFa()).isEqualTo("سازمان منطقه آزاد انزلی");
    }

    @Test
    void finds_by_code_english_or_persian_name_in_any_case_and_letter_variant() {
        assertThat(defaults.findSector("marine industries")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(defaults.findSector("marine-industries")).map(Sector::code).contains("MARINE_INDUSTRIES");
        assertThat(defaults.findSector("گردشگری")).map(Sector::code).contains("TOURISM");
        assertThat(defaults.findAgency("شهرداري بندرانزلي")).map(Agency::code).contains("MUNICIPALITY");
        assertThat(defaults.findSubsector("ship repair")).map(Subsector::code).contains("SHIP_REPAIR");
        assertThat(defaults.sector("TOURISM").orElseThrow().subsector("گردشگری دریایی"))
                .map(Subsector::code).contains("MARITIME_TOURISM");
    }

    @Test
    void finds_nothing_for_a_misspelt_code_or_a_name_of_something_else() {
        assertThat(defaults.findSector("TURISM")).isEmpty();
        assertThat(defaults.findAgency("TOURISM")).isEmpty();
        assertThat(defaults.findSubsector("AFZO")).isEmpty();
        assertThat(defaults.sector("TOURISM").orElseThrow().subsector("SHIP_REPAIR")).isEmpty();
    }

    @Test
    void an_application_adds_and_replaces_entries() {
        ReferenceData extended = defaults.toBuilder()
                .sector(new Sector("FISHING_HARBOURS", "بنادر صیادی", "Fishing harbours", List.of()))
                .agency(new Agency("AFZO", "سازمان منطقه آزاد تجاری-صنعتی انزلی", "Anzali Free Zone"))
                .build();
        assertThat(extended.sectors()).hasSize(4);
        assertThat(extended.agency("AFZO").orElseThrow().nameEn()).isEqualTo("Anzali Free Zone");
        assertThat(extended.agencies()).hasSize(5);
        assertThat(defaults.agency("AFZO").orElseThrow().nameEn()).isEqualTo("Anzali Free Zone Organization");
        ReferenceData replaced = defaults.toBuilder().clearSectors().build();
        assertThat(replaced.sectors()).isEmpty();
    }

    @Test
    void codes_and_names_are_checked() {
        assertThatThrownBy(() -> new Agency("afzo", "x", "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'afzo'");
        assertThatThrownBy(() -> new Agency("AFZO", " ", "y")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new Sector("S", "x", "y", List.of(Subsector.of("A", "a", "a"),
                Subsector.of("A", "b", "b")))).hasMessageContaining("twice");
    }

    @Test
    void every_lookup_takes_null_or_blank_as_a_form_gives_it_and_finds_nothing() {
        ReferenceData data = ReferenceData.defaults();
        Sector tourism = data.sector("TOURISM").orElseThrow();
        for (String text : new String[] {null, "", "  ", "\u200C"}) {
            assertThat(data.sector(text)).as("sector(%s)", text).isEmpty();
            assertThat(data.agency(text)).as("agency(%s)", text).isEmpty();
            assertThat(data.findSector(text)).as("findSector(%s)", text).isEmpty();
            assertThat(data.findAgency(text)).as("findAgency(%s)", text).isEmpty();
            assertThat(data.findSubsector(text)).as("findSubsector(%s)", text).isEmpty();
            assertThat(tourism.subsector(text)).as("subsector(%s)", text).isEmpty();
        }
    }
}
