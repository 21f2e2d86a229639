package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Latitude and longitude are given together or not at all. Reported on the one given. Rule: cross-field.
 */
@Constraint(validatedBy = CoordinatesPaired.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface CoordinatesPaired {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.CoordinatesPaired.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule. */
    final class Validator extends PropertyRule<CoordinatesPaired, Location> {
        @Override
        protected String broken(Location value) {
            if ((value.latitude() == null) == (value.longitude() == null)) {
                return null;
            }
            return value.latitude() != null ? "latitude" : "longitude";
        }
    }
}
