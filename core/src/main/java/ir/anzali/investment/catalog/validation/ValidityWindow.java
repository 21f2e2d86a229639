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
import ir.anzali.investment.catalog.incentive.Incentive;

/**
 * An incentive's validity ends on or after it starts; holds when either end is open. Rule: {@link Rule#CROSS_FIELD}; the violation is reported on {@code validTo}.
 */
@Documented
@Constraint(validatedBy = ValidityWindow.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface ValidityWindow {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.ValidityWindow.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<ValidityWindow, Incentive> {
        @Override
        public boolean isValid(Incentive value, ConstraintValidatorContext context) {
            if (value == null || (value.validTo() == null || value.validFrom() == null || !value.validTo().isBefore(value.validFrom()))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("validTo").addConstraintViolation();
            return false;
        }
    }
}
