package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The subsector is one of the sector's; holds when either is missing. Reported on {@code subsector}. Rule: cross-field.
 */
@Constraint(validatedBy = SubsectorInSector.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface SubsectorInSector {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.SubsectorInSector.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<SubsectorInSector, Opportunity> {
        @Override
        protected String broken(Opportunity value) {
            return value.subsector() != null && value.sector() != null && !value.sector().contains(value.subsector())
                    ? "subsector" : null;
        }
    }
}
