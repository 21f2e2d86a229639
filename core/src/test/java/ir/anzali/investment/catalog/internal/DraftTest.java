package ir.anzali.investment.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A builder lists its values itself, without reflection: a form missing a required value still has
 * every value it holds checked, and a builder started from a record holds all of it.
 */
class DraftTest {

    private static final LocalDate TOO_EARLY = LocalDate.of(1700, 1, 1);

    @Test
    void an_opportunity_form_without_an_id_still_checks_every_value_it_holds() {
        Opportunity.Builder form = Opportunity.builder().title("هتل", null).sector(Fixtures.TOURISM)
                .irrPercent(new BigDecimal("5000")).paybackYears(BigDecimal.ZERO)
                .directJobs(-1).youthJobs(-1).indirectJobs(-1)
                .publishedOn(TOO_EARLY).deadline(TOO_EARLY)
                .contactEmail("nope").contactPhone("call me").feasibilityUrl(URI.create("ftp://example.org/x"))
                .tags(List.of("x".repeat(Opportunity.MAX_TAG_LENGTH + 1)));

        assertThat(form.validate()).extracting(Violation::property).contains("id", "investment", "leadAgency",
                "irrPercent", "paybackYears", "directJobs", "youthJobs", "indirectJobs", "publishedOn", "deadline",
                "contactEmail", "contactPhone", "feasibilityUrl").anyMatch(p -> p.startsWith("tags"));
    }

    @Test
    void an_incentive_form_without_an_id_still_checks_every_value_it_holds() {
        Incentive.Builder form = Incentive.builder().title("معافیت", null).benefitPercent(new BigDecimal("200"))
                .durationYears(120).minDirectJobs(-1).minYouthJobs(-1).validFrom(TOO_EARLY).validTo(TOO_EARLY);

        assertThat(form.validate()).extracting(Violation::property).contains("id", "type", "authority",
                "benefitPercent", "durationYears", "minDirectJobs", "minYouthJobs", "validFrom", "validTo");
    }

    @Test
    void a_builder_started_from_a_record_holds_every_value_of_it() {
        Opportunity full = Fixtures.hotel().irrPercent(new BigDecimal("18.5")).paybackYears(new BigDecimal("7"))
                .directJobs(120).youthJobs(40).indirectJobs(300).publishedOn(LocalDate.of(2026, 1, 5))
                .deadline(LocalDate.of(2026, 6, 1)).contactEmail("a@b.ir").feasibilityUrl(URI.create("https://b.ir/f"))
                .tags(List.of("هتل", "ساحل")).build();
        Incentive incentive = Fixtures.taxHoliday().benefitPercent(new BigDecimal("50")).durationYears(5)
                .minDirectJobs(10).minYouthJobs(2).validFrom(LocalDate.of(2026, 1, 1)).build();

        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().id(new OpportunityId("AFZ-TOU-999")).build())
                .usingRecursiveComparison().ignoringFields("id").isEqualTo(full);
        assertThat(incentive.toBuilder().build()).isEqualTo(incentive);
    }

    @Test
    void a_builder_missing_any_one_required_value_is_refused_naming_that_value() {
        Map<String, UnaryOperator<Opportunity.Builder>> opportunity = Map.of(
                "id", b -> b.id((OpportunityId) null), "title", b -> b.title((LocalizedText) null),
                "sector", b -> b.sector((Sector) null), "investment", b -> b.investment((Investment) null),
                "leadAgency", b -> b.leadAgency((Agency) null));
        opportunity.forEach((property, without) -> assertThatThrownBy(() -> without.apply(Fixtures.hotel()).build())
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.missing(property))));
        Map<String, UnaryOperator<Incentive.Builder>> incentive = Map.of(
                "id", b -> b.id((IncentiveId) null), "type", b -> b.type((IncentiveType) null),
                "title", b -> b.title((LocalizedText) null), "authority", b -> b.authority((Agency) null));
        incentive.forEach((property, without) -> assertThatThrownBy(() -> without.apply(Fixtures.taxHoliday()).build())
                .isInstanceOfSatisfying(ValidationFailedException.class,
                        e -> assertThat(e.violations()).containsExactly(Violation.missing(property))));
    }
}
