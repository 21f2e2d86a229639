package ir.anzali.investment.catalog.csv.property;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Builders filled as a web form fills them — each field missing, blank, garbage or valid, in any
 * combination — never throw from {@code validate()}, and {@code build()} either builds (exactly when
 * there is no violation) or throws {@link ValidationFailedException} with the same violations.
 */
class FormBuilderPropertyTest {

    private static final List<String> BLANKS = List.of("", " ", "\u00A0\u200C", "\t");

    /**
     * One field's input: valid, or with the seed's fault rate missing, blank or garbage. A quarter
     * of the seeds have no faults, so that both outcomes are checked.
     */
    private static final class Field {
        private final SplittableRandom random;
        private final Generators gen;
        private final double faults;

        Field(Generators gen) {
            this.gen = gen;
            this.random = gen.random();
            this.faults = random.nextInt(4) == 0 ? 0 : random.nextDouble(0.05, 0.6);
        }

        /** Text: one of the valid values, or null, blank, random text, "XYZ" or one of the wrong values. */
        String text(List<String> valid, String... wrong) {
            if (random.nextDouble() >= faults) {
                return valid.get(random.nextInt(valid.size()));
            }
            switch (random.nextInt(4)) {
                case 0:
                    return null;
                case 1:
                    return BLANKS.get(random.nextInt(BLANKS.size()));
                case 2:
                    return random.nextBoolean() ? gen.text(random.nextInt(2, 60)) : "XYZ";
                default:
                    return wrong.length == 0 ? "XYZ" : wrong[random.nextInt(wrong.length)];
            }
        }

        /** A typed value: a valid one, or null or one that breaks its rules. */
        <T> T value(Supplier<T> garbage, Supplier<T> valid) {
            if (random.nextDouble() >= faults) {
                return valid.get();
            }
            return random.nextBoolean() ? null : garbage.get();
        }
    }

    @Test
    void opportunity_form_input_gives_violations_or_an_opportunity_never_another_exception() throws Exception {
        int[] outcomes = new int[2];
        Seeds.forEach(300, seed -> {
            Generators gen = new Generators(seed);
            Field f = new Field(gen);
            Opportunity.Builder b = Opportunity.builder()
                    .id(f.value(() -> OpportunityId.of("1" + gen.random().nextInt(1000)), () -> OpportunityId.of("AFZ-TOU-1")))
                    .title(f.text(List.of("هتل ساحلی")), f.text(List.of("Beach hotel"), "x".repeat(201)))
                    .sector(f.text(List.of("TOURISM", "گردشگری", "tourism"), "TURISM", "MINING"), Generators.REF)
                    .subsector(f.text(List.of("ACCOMMODATION", "اقامتی"), "WAREHOUSING", "ACOMODATION"), Generators.REF)
                    .leadAgency(f.text(List.of("AFZO", "شهرداری بندرانزلی", "MUNICIPALITY"), "AFZ0"), Generators.REF)
                    .investment(f.value(() -> Money.of(BigDecimal.ZERO, Money.IRR),
                            () -> Money.of(new BigDecimal("2500000000000"), Money.IRR)))
                    .directJobs(f.value(() -> -1, () -> 100))
                    .youthJobs(f.value(() -> 500, () -> 20))
                    .irrPercent(f.value(() -> new BigDecimal("1001"), () -> new BigDecimal("18.5")))
                    .publishedOn(f.value(() -> LocalDate.of(3000, 1, 1), () -> LocalDate.of(2026, 11, 27)))
                    .deadline(f.value(() -> LocalDate.of(2026, 1, 1), () -> LocalDate.of(2027, 3, 1)))
                    .contactEmail(f.text(List.of("invest@anzali.ir"), "invest.anzali.ir"))
                    .contactPhone(f.text(List.of("+98 13 4452 1234"), "call us"));
            outcomes[check(b.validate(), b::build)]++;
        });
        assertOutcomes(outcomes);
    }

    @Test
    void incentive_form_input_gives_violations_or_an_incentive_never_another_exception() throws Exception {
        int[] outcomes = new int[2];
        Seeds.forEach(300, seed -> {
            Generators gen = new Generators(seed);
            Field f = new Field(gen);
            Incentive.Builder b = Incentive.builder()
                    .id(f.value(() -> IncentiveId.of("9" + gen.random().nextInt(1000)), () -> IncentiveId.of("INC-TAX-20")))
                    .type(f.text(List.of("INCOME_TAX_EXEMPTION", "vat exemption", "LAND_LEASE"), "INCOME_TAX"))
                    .title(f.text(List.of("معافیت مالیاتی")), f.text(List.of("Tax holiday")))
                    .legalBasis(f.text(List.of("قانون چگونگی اداره مناطق آزاد، ماده ۱۳"), "x".repeat(301)))
                    .authority(f.text(List.of("AFZO", "سازمان منطقه آزاد انزلی"), "AFZ0"), Generators.REF)
                    .benefitPercent(f.value(() -> new BigDecimal("101"), () -> new BigDecimal("50")))
                    .durationYears(f.value(() -> 0, () -> 20))
                    .minInvestment(f.value(() -> Money.of(BigDecimal.ZERO, Money.IRR),
                            () -> Money.of(new BigDecimal("1000000000"), Money.IRR)))
                    .minDirectJobs(f.value(() -> -3, () -> 10))
                    .validFrom(f.value(() -> LocalDate.of(1700, 1, 1), () -> LocalDate.of(2025, 3, 21)))
                    .validTo(f.value(() -> LocalDate.of(2024, 1, 1), () -> LocalDate.of(2045, 3, 20)));
            outcomes[check(b.validate(), b::build)]++;
        });
        assertOutcomes(outcomes);
    }

    /** Unless one seed is rerun, some builders built and some were refused. */
    private static void assertOutcomes(int[] outcomes) {
        if (System.getProperty("catalog.seed") == null) {
            assertThat(outcomes[0]).as("built").isPositive();
            assertThat(outcomes[1]).as("refused").isPositive();
        }
    }

    /**
     * Every violation names its rule and reads in both languages; build() agrees with validate().
     *
     * @return 0 when built, 1 when refused
     */
    private static int check(List<Violation> violations, Supplier<?> build) {
        for (Violation v : violations) {
            assertThat(v.rule()).isNotNull();
            assertThat(v.message(Locale.ENGLISH)).isNotBlank().doesNotContain("ir.anzali.investment");
            assertThat(v.message(LocalizedText.PERSIAN)).isNotBlank().doesNotContain("ir.anzali.investment");
            if (v.rule() == Rule.UNKNOWN_CODE) {
                assertThat(v.property()).isIn("sector", "subsector", "leadAgency", "type", "authority");
            }
        }
        if (violations.isEmpty()) {
            assertThat(build.get()).isNotNull();
            return 0;
        }
        assertThatThrownBy(build::get).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).isEqualTo(violations));
        return 1;
    }
}
