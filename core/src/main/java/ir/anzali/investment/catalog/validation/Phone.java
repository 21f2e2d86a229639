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
 * A phone number: digits in any script, spaces, {@code +}, {@code -} and parentheses, with 6 to 20
 * digits and at most {@value #MAX_LENGTH} characters. Null is valid. Rule: {@link Rule#TYPE}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = Validators.PhoneValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Phone {

    /** The fewest digits. */
    int MIN_DIGITS = 6;
    /** The most digits. */
    int MAX_DIGITS = 20;
    /** The most characters. */
    int MAX_LENGTH = 40;

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.Phone.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
