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
 * An amount of money is greater than zero; on an investment, every part is. Null is valid. Rule: {@link Rule#OUT_OF_RANGE}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {Validators.PositiveAmountValidator.class, Validators.PositiveInvestmentValidator.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PositiveAmount {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.PositiveAmount.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
