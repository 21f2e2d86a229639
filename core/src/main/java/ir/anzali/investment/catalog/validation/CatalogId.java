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
 * The value is an id of the catalog: an upper-case letter, then 2 to 39 upper-case letters, digits
 * or {@code -} ({@code [A-Z][A-Z0-9-]{2,39}}). Null is valid. Rule: {@link Rule#PATTERN}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = Validators.CatalogIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CatalogId {

    /** The pattern, as a regular expression. */
    String REGEX = "[A-Z][A-Z0-9-]{2,39}";

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.CatalogId.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
