package ir.anzali.investment.catalog.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quick check never passes an object that the full validation would fault: for objects with
 * values on and around every bound, the shared validator (quick check first) and the same
 * Hibernate Validator run in full give identical violations. The lists of tags are of each class
 * the records copy them into (none, one or two items, more), so that the validator chosen by the
 * value's class is chosen for each.
 */
class ValidationPlanTest {

    private static final CatalogValidator FULL = CatalogValidator.using(CatalogValidator.shared().validator());

    private static BigDecimal around(SplittableRandom r, int bound) {
        return new BigDecimal(bound).add(BigDecimal.valueOf(r.nextInt(-2, 3), 1));
    }

    @Test
    void quick_check_and_full_validation_agree_on_random_objects_near_every_bound() {
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            Opportunity o = opportunity(r);
            assertThat(CatalogValidator.shared().validate(o)).as("seed %d", seed).isEqualTo(FULL.validate(o));
            Incentive i = incentive(r);
            assertThat(CatalogValidator.shared().validate(i)).as("seed %d", seed).isEqualTo(FULL.validate(i));
        }
    }

    @Test
    void each_value_checked_alone_gives_what_the_full_validation_of_that_value_gives() throws Exception {
        for (long seed = 1; seed <= 1000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            for (Object object : List.of(opportunity(r), incentive(r))) {
                for (java.lang.reflect.RecordComponent c : object.getClass().getRecordComponents()) {
                    Object value = c.getAccessor().invoke(object);
                    java.util.Map<String, Object> one = new java.util.HashMap<>();
                    one.put(c.getName(), value);
                    assertThat(CatalogValidator.shared().validateValues(object.getClass(), one))
                            .as("seed %d, %s", seed, c.getName()).isEqualTo(FULL.validateValues(object.getClass(), one));
                }
            }
        }
    }

    /** An opportunity with values near every bound, valid or not. */
    private static Opportunity opportunity(SplittableRandom r) {
        Integer direct = r.nextBoolean() ? r.nextInt(-1, 3) : null;
        Opportunity o = Fixtures.unchecked(Fixtures.hotel()
                .id(new OpportunityId(r.nextInt(4) == 0 ? "x1" : "AFZ-" + r.nextInt(100)))
                .title("x".repeat(r.nextInt(198, 203)), r.nextBoolean() ? null : "y".repeat(r.nextInt(199, 202)))
                .location(new Location(r.nextBoolean() ? "a".repeat(r.nextInt(99, 102)) : null, null,
                        r.nextBoolean() ? around(r, r.nextBoolean() ? 90 : -90) : null,
                        r.nextBoolean() ? around(r, r.nextBoolean() ? 180 : -180) : null,
                        r.nextBoolean() ? around(r, 0) : null, null))
                .investment(Money.of(BigDecimal.valueOf(r.nextInt(-1, 2)), Money.IRR))
                .irrPercent(r.nextBoolean() ? around(r, r.nextBoolean() ? 1000 : -100) : null)
                .paybackYears(r.nextBoolean() ? around(r, r.nextBoolean() ? 100 : 0) : null)
                .directJobs(direct)
                .youthJobs(r.nextBoolean() ? r.nextInt(-1, 4) : null)
                .publishedOn(LocalDate.of(2026, 1, 10))
                .deadline(r.nextBoolean() ? LocalDate.of(2026, 1, r.nextInt(8, 13)) : null)
                .partnerAgencies(r.nextBoolean() ? List.of(Fixtures.AFZO) : List.of())
                .contactEmail(r.nextBoolean() ? "a@b.ir" : r.nextBoolean() ? "not an email" : "a@")
                .contactPhone(r.nextBoolean() ? "1".repeat(r.nextInt(4, 23)) : "12a456")
                .feasibilityUrl(r.nextBoolean() ? URI.create("https://a.ir/x") : URI.create("mailto:a@b.ir"))
                .summary(r.nextInt(5) == 0 ? "bell\u0007" : null, null)
                .tags(java.util.Collections.nCopies(r.nextBoolean() ? r.nextInt(48, 53) : r.nextInt(0, 4),
                        r.nextInt(5) == 0 ? "a;b" : "t".repeat(r.nextInt(99, 102))))
                .history(r.nextBoolean() ? List.of() : List.of(new ir.anzali.investment.catalog.opportunity.StatusChange(
                        ir.anzali.investment.catalog.opportunity.Status.OPEN,
                        r.nextBoolean() ? ir.anzali.investment.catalog.opportunity.Status.NEGOTIATION
                                : ir.anzali.investment.catalog.opportunity.Status.OPERATIONAL,
                        LocalDate.of(r.nextBoolean() ? 2026 : 3000, 1, 1), null))));
        if (r.nextInt(4) == 0) {
            o = Fixtures.unchecked(o.toBuilder().investment(Money.of(new BigDecimal("0.5"), Money.IRR))
                    .publishedOn(LocalDate.of(r.nextInt(1799, 1801), 12, 31)).deadline(null));
        }
        return o;
    }

    /** An incentive with values near every bound, valid or not. */
    private static Incentive incentive(SplittableRandom r) {
        return Fixtures.unchecked(Fixtures.taxHoliday()
                .benefitPercent(r.nextBoolean() ? around(r, r.nextBoolean() ? 100 : 0) : null)
                .durationYears(r.nextBoolean() ? r.nextInt(-1, 101) : null)
                .minYouthJobs(r.nextBoolean() ? r.nextInt(-2, 2) : null)
                .validFrom(LocalDate.of(2026, 1, 10))
                .validTo(r.nextBoolean() ? LocalDate.of(2026, 1, r.nextInt(8, 13)) : null));
    }

    @Test
    void a_valid_object_passes_the_quick_check_without_the_full_validation() {
        jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory();
        ValidationPlan plan = new ValidationPlan(factory.getValidator(), factory.getConstraintValidatorFactory());
        assertThat(plan.passes(Fixtures.hotel().build())).isTrue();
        assertThat(plan.passes(Fixtures.taxHoliday().build())).isTrue();
        assertThat(plan.passes(Fixtures.unchecked(Fixtures.hotel().youthJobs(500)))).isFalse();
        assertThat(plan.passes(Fixtures.unchecked(Fixtures.hotel().contactEmail("no")))).isFalse();
        Opportunity hotel = Fixtures.hotel().build();
        assertThat(plan.passes(Opportunity.class, "contactEmail", "a@b.ir")).isTrue();
        assertThat(plan.passes(Opportunity.class, "location", hotel.location())).isTrue();
        assertThat(plan.passes(Opportunity.class, "title", hotel.title())).isTrue();
        assertThat(plan.passes(Opportunity.class, "contactEmail", "no")).isFalse();
        assertThat(plan.passes(Opportunity.class, "youthJobs", 500)).isTrue();
        assertThat(plan.passes(Opportunity.class, "youthJobs", -1)).isFalse();
        assertThat(plan.passes(Opportunity.class, "noSuchProperty", "x")).isFalse();
    }
}
