package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The deadline is not before the day of publication; holds when either is missing. Reported on {@code deadline}. Rule: cross-field.
 */
@Constraint(validatedBy = DeadlineNotBeforePublication.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface DeadlineNotBeforePublication {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.DeadlineNotBeforePublication.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<DeadlineNotBeforePublication, Opportunity> {
        @Override
        protected String broken(Opportunity value) {
            return value.deadline() != null && value.publishedOn() != null && value.deadline().isBefore(value.publishedOn())
                    ? "deadline" : null;
        }
    }
}
