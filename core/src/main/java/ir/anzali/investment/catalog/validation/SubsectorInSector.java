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
 * The subsector belongs to the sector; holds when there is no subsector. Rule: {@link Rule#CROSS_FIELD}; the violation is reported on {@code subsector}.
 */
@Documented
@Constraint(validatedBy = SubsectorInSector.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface SubsectorInSector {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.SubsectorInSector.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<SubsectorInSector, Opportunity> {
        @Override
        public boolean isValid(Opportunity value, ConstraintValidatorContext context) {
            if (value == null || (value.subsector() == null || value.sector() == null || value.sector().contains(value.subsector()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("subsector").addConstraintViolation();
            return false;
        }
    }
}
