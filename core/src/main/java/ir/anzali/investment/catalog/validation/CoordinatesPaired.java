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
import ir.anzali.investment.catalog.opportunity.Location;

/**
 * Latitude and longitude are given together or not at all. Rule: {@link Rule#CROSS_FIELD}; the
 * violation is reported on the coordinate that is given.
 */
@Documented
@Constraint(validatedBy = CoordinatesPaired.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
public @interface CoordinatesPaired {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.CoordinatesPaired.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the pair. */
    final class Validator implements ConstraintValidator<CoordinatesPaired, Location> {
        @Override
        public boolean isValid(Location value, ConstraintValidatorContext context) {
            if (value == null || (value.latitude() == null) == (value.longitude() == null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(value.latitude() != null ? "latitude" : "longitude").addConstraintViolation();
            return false;
        }
    }
}
