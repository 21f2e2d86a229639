package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Youth jobs are not more than direct jobs; holds when either is missing. Reported on {@code youthJobs}. Rule: cross-field.
 */
@Constraint(validatedBy = YouthJobsWithinDirectJobs.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface YouthJobsWithinDirectJobs {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.YouthJobsWithinDirectJobs.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<YouthJobsWithinDirectJobs, Opportunity> {
        @Override
        protected String broken(Opportunity value) {
            return value.youthJobs() != null && value.directJobs() != null && value.youthJobs() > value.directJobs()
                    ? "youthJobs" : null;
        }
    }
}
