package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date of the catalog lies from {@link #FIRST} to {@link #LAST}: the years a CSV file reads back
 * as Gregorian (a year before 1800 would be read as Solar Hijri or refused) and that have a Solar
 * Hijri date to show. Null is valid. Rule: {@link Rule#OUT_OF_RANGE}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = Validators.CatalogDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CatalogDate {

    /** The first date of the catalog, 1800-01-01. */
    String FIRST = "1800-01-01";
    /** The last date of the catalog, 2999-12-31. */
    String LAST = "2999-12-31";

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.CatalogDate.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
