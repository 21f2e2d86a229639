package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The lead agency is not also a partner. Reported on {@code partnerAgencies}. Rule: cross-field.
 */
@Constraint(validatedBy = LeadAgencyNotPartner.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface LeadAgencyNotPartner {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.LeadAgencyNotPartner.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<LeadAgencyNotPartner, Opportunity> {
        @Override
        protected String broken(Opportunity value) {
            return value.leadAgency() != null && value.partnerAgencies().contains(value.leadAgency()) ? "partnerAgencies" : null;
        }
    }
}
