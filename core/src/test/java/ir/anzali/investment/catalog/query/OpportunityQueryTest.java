package ir.anzali.investment.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityQueryTest {

    private static Opportunity.Builder o(String id) {
        return Fixtures.hotel().id(OpportunityId.of(id)).incentives(List.of()).summary(null, null).tags(List.of());
    }

    /** Five opportunities: A hotel, B port, C beach food court, D cold store in USD, E lagoon tours. */
    private static final Catalog CATALOG = Catalog.builder(Fixtures.REF)
            .incentive(Fixtures.taxHoliday().sectors(List.of(Fixtures.PORT)).build())
            .opportunity(o("A-1").title("هتل 5 ستاره ساحلی", "Five-star hotel").build())
            .opportunity(o("B-2").title("ترمینال کانتینری", "Container terminal").sector(Fixtures.PORT)
                    .subsector(Fixtures.PORT.subsectors().get(0)).leadAgency(Fixtures.MUNICIPALITY)
                    .partnerAgencies(List.of(Fixtures.AFZO)).status(Status.NEGOTIATION)
                    .investment(Money.of(new BigDecimal("9000000000000"), Money.IRR)).directJobs(300).youthJobs(50)
                    .publishedOn(LocalDate.of(2026, 1, 1)).deadline(null).build())
            .opportunity(o("C-3").title("بازارچه غذای ساحلي", null).summary(null, "Food court by the beach")
                    .location(new Location("ساحل انزلی", null, null, null, null, null))
                    .investment(Money.of(new BigDecimal("850000000000"), Money.IRR)).directJobs(95).youthJobs(70)
                    .partnerAgencies(List.of()).publishedOn(LocalDate.of(2026, 5, 1)).build())
            .opportunity(o("D-4").title("سردخانه", "Cold store").sector(Fixtures.PORT)
                    .subsector(Fixtures.PORT.subsectors().get(1)).investment(Money.of(new BigDecimal("5000000"), "USD"))
                    .directJobs(null).youthJobs(null).tags(List.of("می‌شود", "ترانزیت")).build())
            .opportunity(o("E-5").title("قایقرانی تالاب", "Lagoon boats").status(Status.IDENTIFIED)
                    .investment(Money.of(new BigDecimal("120000000000"), Money.IRR)).directJobs(40).youthJobs(32)
                    .deadline(LocalDate.of(2026, 12, 31)).build())
            .build();

    private static List<String> ids(OpportunityQuery q) {
        return q.run(CATALOG).items().stream().map(x -> x.id().value()).toList();
    }

    @Test
    void each_criterion_alone() {
        assertThat(ids(OpportunityQuery.all())).containsExactly("A-1", "B-2", "C-3", "D-4", "E-5");
        assertThat(ids(OpportunityQuery.all().sector("port_services"))).containsExactly("B-2", "D-4");
        assertThat(ids(OpportunityQuery.all().subsector("WAREHOUSING"))).containsExactly("D-4");
        assertThat(ids(OpportunityQuery.all().statuses(Status.NEGOTIATION, Status.IDENTIFIED)))
                .containsExactly("B-2", "E-5");
        assertThat(ids(OpportunityQuery.all().agency("AFZO", AgencyRole.LEAD))).containsExactly("A-1", "C-3", "D-4",
                "E-5");
        assertThat(ids(OpportunityQuery.all().agency("AFZO", AgencyRole.PARTNER))).containsExactly("B-2");
        assertThat(ids(OpportunityQuery.all().agency("MUNICIPALITY", AgencyRole.ANY))).containsExactly("A-1", "B-2",
                "D-4", "E-5");
        assertThat(ids(OpportunityQuery.all().area("ساحل انزلي"))).containsExactly("C-3");
        assertThat(ids(OpportunityQuery.all().investmentBetween(Money.of(new BigDecimal("850000000000"), Money.IRR),
                Money.of(new BigDecimal("2500000000000"), Money.IRR)))).containsExactly("A-1", "C-3");
        assertThat(ids(OpportunityQuery.all().investmentBetween(Money.of(BigDecimal.ONE, "USD"), null)))
                .containsExactly("D-4");
        assertThat(ids(OpportunityQuery.all().minDirectJobs(100))).containsExactly("A-1", "B-2");
        assertThat(ids(OpportunityQuery.all().minYouthJobs(70))).containsExactly("A-1", "C-3");
        assertThat(ids(OpportunityQuery.all().incentiveAvailable(IncentiveType.INCOME_TAX_EXEMPTION,
                LocalDate.of(2026, 11, 27), Eligibility.withoutRates()))).containsExactly("B-2", "D-4");
    }

    @Test
    void text_search_ignores_letter_variants_case_half_spaces_and_digit_scripts() {
        assertThat(ids(OpportunityQuery.all().text("هتل ۵ ستاره"))).containsExactly("A-1");
        assertThat(ids(OpportunityQuery.all().text("ساحلي"))).containsExactly("A-1", "C-3");
        assertThat(ids(OpportunityQuery.all().text("FOOD COURT"))).containsExactly("C-3");
        assertThat(ids(OpportunityQuery.all().text("می شود"))).containsExactly("D-4");
        assertThat(ids(OpportunityQuery.all().text("میشود"))).containsExactly("D-4");
        assertThat(ids(OpportunityQuery.all().text("FIVE-star"))).containsExactly("A-1");
        assertThat(ids(OpportunityQuery.all().text("nothing like this"))).isEmpty();
    }

    @Test
    void criteria_combine_with_and() {
        assertThat(ids(OpportunityQuery.all().sector("TOURISM").minYouthJobs(40).text("ساحل")))
                .containsExactly("A-1", "C-3");
        assertThat(ids(OpportunityQuery.all().sector("TOURISM").statuses(Status.OPEN).agency("AFZO", AgencyRole.LEAD)
                .minDirectJobs(100))).containsExactly("A-1");
    }

    @Test
    void sorting_is_stable_with_unknown_values_last_either_way() {
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.DIRECT_JOBS, true))).containsExactly("B-2", "A-1", "C-3",
                "E-5", "D-4");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.DIRECT_JOBS, false))).containsExactly("E-5", "C-3",
                "A-1", "B-2", "D-4");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.INVESTMENT, false))).containsExactly("E-5", "C-3",
                "A-1", "B-2", "D-4");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.PUBLISHED_ON, false))).containsExactly("B-2", "C-3",
                "A-1", "D-4", "E-5");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.DEADLINE, true))).containsExactly("A-1", "C-3", "D-4",
                "E-5", "B-2");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.YOUTH_JOBS, true))).containsExactly("A-1", "C-3", "B-2",
                "E-5", "D-4");
        assertThat(ids(OpportunityQuery.all().sortBy(SortKey.ID, true))).containsExactly("E-5", "D-4", "C-3", "B-2",
                "A-1");
    }

    @Test
    void paging_gives_a_total_and_the_asked_page() {
        Page<Opportunity> second = OpportunityQuery.all().page(1, 2).run(CATALOG);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.items()).extracting(x -> x.id().value()).containsExactly("C-3", "D-4");
        assertThat(OpportunityQuery.all().page(9, 2).run(CATALOG).items()).isEmpty();
        assertThatThrownBy(() -> OpportunityQuery.all().page(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_query_is_immutable() {
        OpportunityQuery base = OpportunityQuery.all().sector("TOURISM");
        OpportunityQuery narrower = base.minYouthJobs(100);
        assertThat(ids(base)).containsExactly("A-1", "C-3", "E-5");
        assertThat(ids(narrower)).containsExactly("A-1");
    }

    @Test
    void an_amount_filter_and_the_sort_by_amount_take_the_part_of_a_two_currency_opportunity_in_their_currency() {
        Catalog withTwoCurrencies = Catalog.builder(Fixtures.REF)
                .opportunity(o("R-1").investment(Money.of(new BigDecimal("900000000000"), Money.IRR)).build())
                .opportunity(o("R-2").investment(Investment.of(Money.of(new BigDecimal("100000000000"), Money.IRR),
                        Money.of(new BigDecimal("50000000"), "EUR"))).build())
                .opportunity(o("E-3").investment(Money.of(new BigDecimal("10000000"), "EUR")).build())
                .build();
        List<String> rialsFrom = OpportunityQuery.all().investmentBetween(Money.of(new BigDecimal("50000000000"),
                Money.IRR), Money.of(new BigDecimal("200000000000"), Money.IRR)).run(withTwoCurrencies).items()
                .stream().map(x -> x.id().value()).toList();
        assertThat(rialsFrom).containsExactly("R-2");
        List<String> euros = OpportunityQuery.all().investmentBetween(Money.of(new BigDecimal("20000000"), "EUR"), null)
                .run(withTwoCurrencies).items().stream().map(x -> x.id().value()).toList();
        assertThat(euros).containsExactly("R-2");
        List<String> sorted = OpportunityQuery.all().sortBy(SortKey.INVESTMENT, false).run(withTwoCurrencies).items()
                .stream().map(x -> x.id().value()).toList();
        assertThat(sorted).as("by the first part, the rial one").containsExactly("E-3", "R-2", "R-1");
    }

    @Test
    void investment_range_must_be_in_one_currency() {
        assertThatThrownBy(() -> OpportunityQuery.all().investmentBetween(Money.of(BigDecimal.ONE, "USD"),
                Money.of(BigDecimal.TEN, Money.IRR))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one currency");
    }
}
