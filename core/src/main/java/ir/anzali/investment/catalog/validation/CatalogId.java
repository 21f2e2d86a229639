package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is an id of the catalog: an upper-case letter, then 2 to 39 upper-case letters, digits
 * or {@code -} ({@code [A-Z][A-Z0-9-]{2,39}}). Null is valid. Rule: {@link Rule#PATTERN}.
 */
@Documented
@Constraint(validatedBy = CatalogId.Validator.class)
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

    /** Checks a string against {@link CatalogId#REGEX}. */
    final class Validator implements ConstraintValidator<CatalogId, String> {

        /**
         * Tells whether a value matches {@link CatalogId#REGEX}, without a regular-expression engine.
         *
         * @param value the value, or null
         * @return true when the value is null or matches
         */
        public static boolean matches(String value) {
            if (value == null) {
                return true;
            }
            int n = value.length();
            if (n < 3 || n > 40 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
                return false;
            }
            for (int i = 1; i < n; i++) {
                char c = value.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return matches(value);
        }
    }
}
