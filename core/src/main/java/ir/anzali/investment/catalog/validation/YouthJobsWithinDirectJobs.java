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
 * Youth jobs are not more than direct jobs; holds when either is missing. Rule: {@link Rule#CROSS_FIELD}; the violation is reported on {@code youthJobs}.
 */
@Documented
@Constraint(validatedBy = YouthJobsWithinDirectJobs.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface YouthJobsWithinDirectJobs {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.YouthJobsWithinDirectJobs.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<YouthJobsWithinDirectJobs, Opportunity> {
        @Override
        public boolean isValid(Opportunity value, ConstraintValidatorContext context) {
            if (value == null || (value.youthJobs() == null || value.directJobs() == null || value.youthJobs() <= value.directJobs())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("youthJobs").addConstraintViolation();
            return false;
        }
    }
}
