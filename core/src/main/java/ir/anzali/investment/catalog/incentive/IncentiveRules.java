package ir.anzali.investment.catalog.incentive;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.CrossFieldRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The rules across an incentive's values, each reported on the value to correct with its own
 * message (rule {@code cross-field}): the end of validity is not before its start ({@code validTo});
 * it holds while either is missing.
 */
@Constraint(validatedBy = IncentiveRules.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface IncentiveRules {

    /** @return not used: each rule reports its own message */
    String message() default "";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rules. */
    final class Validator extends CrossFieldRules<IncentiveRules, Incentive> {

        private static final List<Check<Incentive>> CHECKS = List.of(
                new Check<>("validTo", "{ir.anzali.investment.catalog.ValidityWindow.message}",
                        i -> i.validTo() != null && i.validFrom() != null && i.validTo().isBefore(i.validFrom())));

        @Override
        protected List<Check<Incentive>> checks() {
            return CHECKS;
        }
    }
}
