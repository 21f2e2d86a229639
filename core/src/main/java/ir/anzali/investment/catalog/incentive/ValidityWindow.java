package ir.anzali.investment.catalog.incentive;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The end of validity is not before its start; holds when either is missing. Reported on {@code validTo}. Rule: cross-field.
 */
@Constraint(validatedBy = ValidityWindow.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ValidityWindow {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.ValidityWindow.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<ValidityWindow, Incentive> {
        @Override
        protected String broken(Incentive value) {
            return value.validTo() != null && value.validFrom() != null && value.validTo().isBefore(value.validFrom())
                    ? "validTo" : null;
        }
    }
}
