package ir.anzali.investment.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void looks_up_by_id_and_keeps_id_order() {
        Catalog c = Catalog.builder(Fixtures.REF)
                .incentive(Fixtures.taxHoliday().build())
                .opportunity(Fixtures.hotel().id(OpportunityId.of("B-002")).build())
                .opportunity(Fixtures.hotel().id(OpportunityId.of("A-001")).build())
                .build();
        assertThat(c.opportunities()).extracting(o -> o.id().value()).containsExactly("A-001", "B-002");
        assertThat(c.opportunity(OpportunityId.of("b-002"))).isPresent();
        assertThat(c.opportunity(OpportunityId.of("C-003"))).isEmpty();
        assertThat(c.incentive(new IncentiveId("INC-TAX-20"))).isPresent();
    }

    @Test
    void reports_every_reference_problem_at_once() {
        Agency stranger = new Agency("PORT_CITY", "بندر", "Port city");
        Sector other = new Sector("MINING", "معدن", "Mining", List.of());
        Opportunity bad = Fixtures.hotel().sector(other).subsector(null).leadAgency(stranger)
                .partnerAgencies(List.of(stranger.equals(Fixtures.AFZO) ? Fixtures.MUNICIPALITY : Fixtures.AFZO))
                .incentives(List.of(new IncentiveId("INC-NONE"))).build();
        assertThatThrownBy(() -> Catalog.builder(Fixtures.REF).opportunity(bad).build())
                .isInstanceOf(InvalidCatalogException.class)
                .satisfies(e -> assertThat(((InvalidCatalogException) e).problems())
                        .extracting(CatalogProblem::property, CatalogProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("sector", "unknown-code"),
                                org.assertj.core.groups.Tuple.tuple("leadAgency", "unknown-code"),
                                org.assertj.core.groups.Tuple.tuple("incentives", "unknown-reference")))
                .hasMessageContaining("MINING").hasMessageContaining("PORT_CITY").hasMessageContaining("INC-NONE");
    }

    @Test
    void a_sector_that_differs_from_the_reference_data_of_its_code_is_a_problem() {
        Sector renamed = new Sector("TOURISM", "گردشگری", "Tourism", List.of());
        Opportunity o = Fixtures.hotel().sector(renamed).subsector(null).build();
        assertThatThrownBy(() -> Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                .opportunity(o).build()).isInstanceOf(InvalidCatalogException.class).hasMessageContaining("differs");
    }

    @Test
    void duplicate_ids_and_validation_rules_are_problems_too() {
        InvalidCatalogException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCatalogException.class,
                () -> Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                        .opportunity(Fixtures.hotel().build())
                        .opportunity(Fixtures.<Opportunity>unchecked(Fixtures.hotel().youthJobs(999))).build());
        assertThat(e.problems()).extracting(CatalogProblem::code).containsExactly("duplicate-id");
        InvalidCatalogException invalid = org.junit.jupiter.api.Assertions.assertThrows(InvalidCatalogException.class,
                () -> Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                        .opportunity(Fixtures.<Opportunity>unchecked(Fixtures.hotel().youthJobs(999))).build());
        assertThat(invalid.problems()).extracting(CatalogProblem::code).containsExactly("cross-field");
    }

    @Test
    void incentives_referring_to_unknown_agencies_are_problems() {
        assertThatThrownBy(() -> Catalog.builder(ReferenceData.builder().build())
                .incentive(Fixtures.taxHoliday().build()).build())
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("authority");
    }

    @Test
    void merge_says_what_was_added_updated_and_left_unchanged() {
        Catalog c = Fixtures.catalog();
        Opportunity same = Fixtures.hotel().build();
        Opportunity changed = Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-001")).directJobs(200).build();
        Opportunity fresh = Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-002")).build();
        MergeResult r = c.merge(List.of(), List.of(fresh, same));
        assertThat(r.opportunities().added()).containsExactly(OpportunityId.of("AFZ-TOU-002"));
        assertThat(r.opportunities().unchanged()).containsExactly(OpportunityId.of("AFZ-TOU-001"));
        assertThat(r.opportunities().updated()).isEmpty();
        MergeResult r2 = r.catalog().merge(List.of(Fixtures.taxHoliday().build()), List.of(changed));
        assertThat(r2.opportunities().updated()).containsExactly(OpportunityId.of("AFZ-TOU-001"));
        assertThat(r2.incentives().unchanged()).containsExactly(new IncentiveId("INC-TAX-20"));
        assertThat(r2.catalog().opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow().directJobs()).isEqualTo(200);
        assertThat(c.opportunities()).hasSize(1);
    }

    @Test
    void a_failed_merge_changes_nothing() {
        Catalog c = Fixtures.catalog();
        Opportunity broken = Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-009"))
                .incentives(List.of(new IncentiveId("INC-NONE"))).build();
        assertThatThrownBy(() -> c.merge(List.of(), List.of(broken))).isInstanceOf(InvalidCatalogException.class);
        assertThat(c).isEqualTo(Fixtures.catalog());
    }
}
