package ir.anzali.investment.catalog.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.ExchangeRates;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Eligibility NO_RATES = Eligibility.withoutRates();

    private static Incentive.Builder bare() {
        return Incentive.builder(new IncentiveId("INC-T")).type(IncentiveType.FINANCIAL_GRANT)
                .title("کمک", "Grant").authority(Fixtures.AFZO);
    }

    private static Arguments c(String condition, UnaryOperator<Incentive.Builder> incentive,
            UnaryOperator<Opportunity.Builder> opportunity, Outcome expected) {
        return Arguments.of(condition, incentive, opportunity, expected);
    }

    static Stream<Arguments> conditions() {
        Location inGhazian = new Location("غازيان", null, null, null, null, null);
        return Stream.of(
                c("sector", b -> b.sectors(List.of(Fixtures.TOURISM)), o -> o, Outcome.ELIGIBLE),
                c("sector", b -> b.sectors(List.of(Fixtures.PORT)), o -> o, Outcome.NOT_ELIGIBLE),
                c("subsector", b -> b.subsectors(List.of(Fixtures.TOURISM.subsectors().get(0))), o -> o,
                        Outcome.ELIGIBLE),
                c("subsector", b -> b.subsectors(List.of(Fixtures.TOURISM.subsectors().get(1))), o -> o,
                        Outcome.NOT_ELIGIBLE),
                c("subsector", b -> b.subsectors(List.of(Fixtures.TOURISM.subsectors().get(1))),
                        o -> o.subsector(null), Outcome.UNDETERMINED),
                c("area", b -> b.areas(List.of("غازیان", "کپورچال")), o -> o.location(inGhazian), Outcome.ELIGIBLE),
                c("area", b -> b.areas(List.of("کپورچال")), o -> o, Outcome.NOT_ELIGIBLE),
                c("area", b -> b.areas(List.of("کپورچال")), o -> o.location(null), Outcome.UNDETERMINED),
                c("investmentModel", b -> b.investmentModels(List.of(InvestmentModel.JOINT_VENTURE)), o -> o,
                        Outcome.ELIGIBLE),
                c("investmentModel", b -> b.investmentModels(List.of(InvestmentModel.BOT)), o -> o,
                        Outcome.NOT_ELIGIBLE),
                c("investmentModel", b -> b.investmentModels(List.of(InvestmentModel.BOT)),
                        o -> o.investmentModel(null), Outcome.UNDETERMINED),
                c("minInvestment", b -> b.minInvestment(Money.of(new BigDecimal("2500000000000"), Money.IRR)), o -> o,
                        Outcome.ELIGIBLE),
                c("minInvestment", b -> b.minInvestment(Money.of(new BigDecimal("2500000000001"), Money.IRR)), o -> o,
                        Outcome.NOT_ELIGIBLE),
                c("minInvestment", b -> b.minInvestment(Money.of(new BigDecimal("1000000"), "USD")), o -> o,
                        Outcome.UNDETERMINED),
                c("minDirectJobs", b -> b.minDirectJobs(180), o -> o, Outcome.ELIGIBLE),
                c("minDirectJobs", b -> b.minDirectJobs(181), o -> o, Outcome.NOT_ELIGIBLE),
                c("minDirectJobs", b -> b.minDirectJobs(1), o -> o.directJobs(null).youthJobs(null),
                        Outcome.UNDETERMINED),
                c("minYouthJobs", b -> b.minYouthJobs(110), o -> o, Outcome.ELIGIBLE),
                c("minYouthJobs", b -> b.minYouthJobs(111), o -> o, Outcome.NOT_ELIGIBLE),
                c("minYouthJobs", b -> b.minYouthJobs(1), o -> o.youthJobs(null), Outcome.UNDETERMINED));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("conditions")
    void each_condition_decides_each_outcome(String condition, UnaryOperator<Incentive.Builder> incentive,
            UnaryOperator<Opportunity.Builder> opportunity, Outcome expected) {
        EligibilityResult r = NO_RATES.evaluate(opportunity.apply(Fixtures.hotel()).build(),
                incentive.apply(bare()).build(), DAY);
        assertThat(r.reasons()).extracting(Reason::condition).containsExactly("validity", condition);
        Reason reason = r.reasons().get(1);
        assertThat(reason.outcome()).isEqualTo(expected);
        assertThat(reason.messageEn()).isNotBlank().doesNotContain("{");
        assertThat(reason.messageFa()).isNotBlank().doesNotContain("{");
        assertThat(r.outcome()).isEqualTo(expected);
    }

    @Test
    void not_eligible_wins_over_undetermined_which_wins_over_eligible() {
        Incentive mixed = bare().sectors(List.of(Fixtures.PORT)).minYouthJobs(1).minDirectJobs(1).build();
        Opportunity unknownYouth = Fixtures.hotel().youthJobs(null).build();
        assertThat(NO_RATES.evaluate(unknownYouth, mixed, DAY).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        Incentive undetermined = bare().sectors(List.of(Fixtures.TOURISM)).minYouthJobs(1).build();
        assertThat(NO_RATES.evaluate(unknownYouth, undetermined, DAY).outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(Outcome.combine(Outcome.UNDETERMINED, Outcome.ELIGIBLE)).isEqualTo(Outcome.UNDETERMINED);
        assertThat(Outcome.combine(Outcome.UNDETERMINED, Outcome.NOT_ELIGIBLE)).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void an_incentive_without_conditions_is_eligible_and_gives_its_validity_as_the_reason() {
        EligibilityResult r = NO_RATES.evaluate(Fixtures.hotel().build(), bare().build(), DAY);
        assertThat(r.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(r.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo("validity");
            assertThat(reason.message(Locale.ENGLISH)).contains("any time");
            assertThat(reason.message(LocalizedText.PERSIAN)).contains("همیشه");
        });
    }

    @Test
    void the_validity_window_includes_both_edges() {
        Incentive window = bare().validFrom(LocalDate.of(2026, 3, 21)).validTo(LocalDate.of(2027, 3, 20)).build();
        Opportunity o = Fixtures.hotel().build();
        assertThat(NO_RATES.evaluate(o, window, LocalDate.of(2026, 3, 20)).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(NO_RATES.evaluate(o, window, LocalDate.of(2026, 3, 21)).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(NO_RATES.evaluate(o, window, LocalDate.of(2027, 3, 20)).outcome()).isEqualTo(Outcome.ELIGIBLE);
        EligibilityResult late = NO_RATES.evaluate(o, window, LocalDate.of(2027, 3, 21));
        assertThat(late.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(late.reasons().get(0).messageFa()).contains("۱۴۰۶/۰۱/۰۱").contains("۱۴۰۵/۰۱/۰۱");
        assertThat(late.reasons().get(0).messageEn()).contains("2027-03-21");
    }

    @Test
    void exchange_rates_decide_amounts_in_other_currencies() {
        ExchangeRates rates = (from, to, date) -> from.equals(Money.IRR) && to.getCurrencyCode().equals("USD")
                ? Optional.of(new BigDecimal("0.000001")) : Optional.empty();
        Opportunity hotel = Fixtures.hotel().build();
        Incentive twoMillionUsd = bare().minInvestment(Money.of(new BigDecimal("2000000"), "USD")).build();
        Incentive threeMillionUsd = bare().minInvestment(Money.of(new BigDecimal("3000000"), "USD")).build();
        Eligibility withRates = Eligibility.withRates(rates);
        assertThat(withRates.evaluate(hotel, twoMillionUsd, DAY).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(withRates.evaluate(hotel, threeMillionUsd, DAY).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(NO_RATES.evaluate(hotel, twoMillionUsd, DAY).outcome()).isEqualTo(Outcome.UNDETERMINED);
        Incentive euros = bare().minInvestment(Money.of(BigDecimal.ONE, "EUR")).build();
        assertThat(withRates.evaluate(hotel, euros, DAY).reasons().get(1).messageEn()).contains("no exchange rate");
    }

    @Test
    void a_minimum_compares_with_the_part_of_a_two_currency_investment_in_its_currency() {
        Opportunity rialsAndEuros = Fixtures.hotel().investment(Investment.of(
                Money.of(new BigDecimal("150000000000000"), Money.IRR), Money.of(new BigDecimal("50000000"), "EUR"))).build();
        Incentive fortyMillionEur = bare().minInvestment(Money.of(new BigDecimal("40000000"), "EUR")).build();
        Incentive sixtyMillionEur = bare().minInvestment(Money.of(new BigDecimal("60000000"), "EUR")).build();
        assertThat(NO_RATES.evaluate(rialsAndEuros, fortyMillionEur, DAY).outcome()).isEqualTo(Outcome.ELIGIBLE);
        EligibilityResult below = NO_RATES.evaluate(rialsAndEuros, sixtyMillionEur, DAY);
        assertThat(below.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(below.reasons().get(1).messageEn()).contains("150,000,000,000,000 IRR + 50,000,000 EUR")
                .contains("below the minimum 60,000,000 EUR");
    }

    @Test
    void a_minimum_in_a_currency_the_investment_lacks_compares_with_every_part_converted_and_summed() {
        ExchangeRates toUsd = (from, to, date) -> !to.getCurrencyCode().equals("USD") ? Optional.empty()
                : from.equals(Money.IRR) ? Optional.of(new BigDecimal("0.00001"))
                : from.getCurrencyCode().equals("EUR") ? Optional.of(new BigDecimal("1.1")) : Optional.empty();
        Opportunity rialsAndEuros = Fixtures.hotel().investment(Investment.of(
                Money.of(new BigDecimal("100000000000"), Money.IRR), Money.of(new BigDecimal("1000000"), "EUR"))).build();
        // 1,000,000 USD of rials + 1,100,000 USD of euros = 2,100,000 USD
        Incentive twoMillionUsd = bare().minInvestment(Money.of(new BigDecimal("2000000"), "USD")).build();
        Incentive twoPointTwoMillionUsd = bare().minInvestment(Money.of(new BigDecimal("2200000"), "USD")).build();
        Eligibility withRates = Eligibility.withRates(toUsd);
        assertThat(withRates.evaluate(rialsAndEuros, twoMillionUsd, DAY).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(withRates.evaluate(rialsAndEuros, twoPointTwoMillionUsd, DAY).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        ExchangeRates rialsOnly = (from, to, date) -> from.equals(Money.IRR) ? Optional.of(BigDecimal.ONE) : Optional.empty();
        assertThat(Eligibility.withRates(rialsOnly).evaluate(rialsAndEuros, twoMillionUsd, DAY).outcome())
                .isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void finds_all_incentives_for_an_opportunity_and_all_opportunities_for_an_incentive() {
        Incentive forTourism = bare().sectors(List.of(Fixtures.TOURISM)).build();
        Incentive forPorts = Fixtures.taxHoliday().sectors(List.of(Fixtures.PORT)).build();
        Opportunity hotel = Fixtures.hotel().incentives(List.of()).build();
        Opportunity port = Fixtures.hotel().id(OpportunityId.of("AFZ-POR-1")).sector(Fixtures.PORT).subsector(null)
                .incentives(List.of()).build();
        Catalog catalog = Catalog.builder(Fixtures.REF).incentive(forTourism).incentive(forPorts).opportunity(hotel)
                .opportunity(port).build();
        assertThat(NO_RATES.incentivesFor(catalog, hotel, DAY)).extracting(EligibilityResult::outcome)
                .containsExactly(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE);
        assertThat(NO_RATES.opportunitiesFor(catalog, forPorts, DAY)).extracting(r -> r.opportunity().value())
                .containsExactly("AFZ-POR-1");
    }

    @Test
    void persian_reasons_name_values_in_persian_with_persian_digits_and_currency_names() {
        Incentive strict = bare().sectors(List.of(Fixtures.PORT)).minDirectJobs(200)
                .minInvestment(Money.of(new java.math.BigDecimal("3000000000000"), Money.IRR)).build();
        EligibilityResult r = NO_RATES.evaluate(Fixtures.hotel().build(), strict, LocalDate.of(2026, 11, 27));
        assertThat(r.reasons()).extracting(Reason::messageFa).contains(
                "بخش گردشگری جزو بخش‌های مشمول (خدمات بندری) نیست.",
                "سرمایه‌گذاری ۲٬۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال کمتر از حداقل ۳٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال است.",
                "۱۸۰ شغل مستقیم کمتر از حداقل ۲۰۰ است.");
        assertThat(r.reasons()).extracting(Reason::messageEn).contains(
                "Sector Tourism is not one of the sectors it covers (Port services).",
                "The investment 2,500,000,000,000 IRR is below the minimum 3,000,000,000,000 IRR.");
    }
}
