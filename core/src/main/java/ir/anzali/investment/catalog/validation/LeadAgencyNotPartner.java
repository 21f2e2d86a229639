package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import ir.anzali.investment.catalog.opportunity.Opportunity;

/**
 * The lead agency is not also listed as a partner agency. Rule: {@link Rule#CROSS_FIELD}; the violation is reported on {@code partnerAgencies}.
 */
@Documented
@Constraint(validatedBy = LeadAgencyNotPartner.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface LeadAgencyNotPartner {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.LeadAgencyNotPartner.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<LeadAgencyNotPartner, Opportunity> {
        @Override
        public boolean isValid(Opportunity value, ConstraintValidatorContext context) {
            if (value == null || (value.leadAgency() == null || !value.partnerAgencies().contains(value.leadAgency()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("partnerAgencies").addConstraintViolation();
            return false;
        }
    }
}
