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
 * An amount in Iranian rials is a whole number of rials (CSV format §4: {@code 0.5 ریال} is out
 * of range); amounts in other currencies may have decimals. On an investment, its rial part. Null
 * is valid.
 * Rule: {@link Rule#OUT_OF_RANGE}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {Validators.WholeRialsValidator.class, Validators.WholeRialsInvestmentValidator.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface WholeRials {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.WholeRials.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
