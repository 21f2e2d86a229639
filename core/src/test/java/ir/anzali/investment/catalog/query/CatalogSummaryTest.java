package ir.anzali.investment.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures checked against sums done by hand. */
class CatalogSummaryTest {

    private static final Catalog CATALOG = Catalog.builder(Fixtures.REF)
            .incentive(Fixtures.taxHoliday().build())
            // tourism, AFZO lead, MUNICIPALITY partner: 2,500,000,000,000 IRR, 180 / 110 jobs, OPEN
            .opportunity(Fixtures.hotel().build())
            // tourism, MUNICIPALITY lead, no partner: 850,000,000,000 IRR, 95 / 70, IDENTIFIED
            .opportunity(Fixtures.hotel().id(OpportunityId.of("MUN-TOU-2")).leadAgency(Fixtures.MUNICIPALITY)
                    .partnerAgencies(List.of()).status(Status.IDENTIFIED)
                    .investment(Money.of(new BigDecimal("850000000000"), Money.IRR)).directJobs(95).youthJobs(70).build())
            // tourism, AFZO lead: 8,000,000 EUR, 120 / unknown youth, OPEN
            .opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-3")).partnerAgencies(List.of())
                    .investment(Money.of(new BigDecimal("8000000"), "EUR")).directJobs(120).youthJobs(null).build())
            // port, AFZO lead, MUNICIPALITY partner: 95,000,000 USD, 260 / 80, OPEN
            .opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-POR-1")).sector(Fixtures.PORT).subsector(null)
                    .investment(Money.of(new BigDecimal("95000000"), "USD")).directJobs(260).youthJobs(80).build())
            .build();

    private static Map<Currency, BigDecimal> money(Object... pairs) {
        Map<Currency, BigDecimal> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(Currency.getInstance((String) pairs[i]), new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }

    @Test
    void per_sector_figures_never_sum_across_currencies() {
        CatalogSummary s = CatalogSummary.of(CATALOG.opportunities(), CATALOG.referenceData());
        Summary tourism = s.sectors().get(0).figures();
        assertThat(s.sectors().get(0).sector().code()).isEqualTo("TOURISM");
        assertThat(tourism.opportunities()).isEqualTo(3);
        assertThat(tourism.byStatus()).containsExactly(Map.entry(Status.IDENTIFIED, 1L), Map.entry(Status.OPEN, 2L));
        assertThat(tourism.investment()).isEqualTo(money("IRR", "3350000000000", "EUR", "8000000"));
        assertThat(tourism.directJobs()).isEqualTo(395);
        assertThat(tourism.youthJobs()).isEqualTo(180);
        Summary marine = s.sectors().get(1).figures();
        assertThat(marine.opportunities()).isZero();
        assertThat(marine.investment()).isEmpty();
        Summary port = s.sectors().get(2).figures();
        assertThat(port.investment()).isEqualTo(money("USD", "95000000"));
        assertThat(s.total().opportunities()).isEqualTo(4);
        assertThat(s.total().directJobs()).isEqualTo(655);
        assertThat(s.total().youthJobs()).isEqualTo(260);
    }

    @Test
    void per_agency_figures_count_lead_and_partner_roles() {
        CatalogSummary s = CatalogSummary.of(CATALOG.opportunities(), CATALOG.referenceData());
        CatalogSummary.AgencyFigures afzo = s.agencies().get(0);
        assertThat(afzo.agency().code()).isEqualTo("AFZO");
        assertThat(afzo.lead()).isEqualTo(3);
        assertThat(afzo.partner()).isZero();
        assertThat(afzo.figures().investment()).isEqualTo(money("IRR", "2500000000000", "EUR", "8000000", "USD",
                "95000000"));
        CatalogSummary.AgencyFigures municipality = s.agencies().get(1);
        assertThat(municipality.lead()).isEqualTo(1);
        assertThat(municipality.partner()).isEqualTo(2);
        assertThat(municipality.figures().opportunities()).isEqualTo(3);
        assertThat(municipality.figures().directJobs()).isEqualTo(180 + 95 + 260);
        assertThat(s.agencies().get(4).figures().opportunities()).isZero();
    }

    @Test
    void a_query_result_has_the_same_figures() {
        CatalogSummary s = OpportunityQuery.all().statuses(Status.OPEN).sector("TOURISM").summarize(CATALOG);
        assertThat(s.total().opportunities()).isEqualTo(2);
        assertThat(s.total().investment()).isEqualTo(money("IRR", "2500000000000", "EUR", "8000000"));
        assertThat(s.total().youthJobs()).isEqualTo(110);
    }

    @Test
    void indirect_jobs_add_up_beside_direct_and_youth_jobs_and_unknown_counts_add_nothing() {
        Catalog catalog = Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                .opportunity(Fixtures.hotel().indirectJobs(400).build())
                .opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-3")).indirectJobs(null).build())
                .opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-POR-1")).sector(Fixtures.PORT).subsector(null)
                        .indirectJobs(35).build())
                .build();

        CatalogSummary s = CatalogSummary.of(catalog.opportunities(), catalog.referenceData());

        assertThat(s.sectors().get(0).figures().indirectJobs()).isEqualTo(400);
        assertThat(s.sectors().get(2).figures().indirectJobs()).isEqualTo(35);
        assertThat(s.total().indirectJobs()).isEqualTo(435);
        assertThat(s.total().directJobs()).isEqualTo(540);
    }

    @Test
    void a_two_currency_opportunity_adds_each_part_to_its_currency() {
        Catalog twoCurrencies = Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                .opportunity(Fixtures.hotel().build())
                .opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-2")).investment(Investment.of(
                        Money.of(new BigDecimal("150000000000000"), Money.IRR), Money.of(new BigDecimal("50000000"), "EUR")))
                        .build())
                .build();
        CatalogSummary s = CatalogSummary.of(twoCurrencies.opportunities(), twoCurrencies.referenceData());
        assertThat(s.total().opportunities()).isEqualTo(2);
        assertThat(s.total().investment()).isEqualTo(money("IRR", "152500000000000", "EUR", "50000000"));
    }
}
