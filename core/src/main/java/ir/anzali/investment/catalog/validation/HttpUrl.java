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
import java.net.URI;

/**
 * A link is an absolute {@code http} or {@code https} URL with a host, at most
 * {@value #MAX_LENGTH} characters long. Null is valid. Rule: {@link Rule#TYPE}.
 */
@Documented
@Constraint(validatedBy = HttpUrl.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {

    /** The longest link, in characters. */
    int MAX_LENGTH = 2000;

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.HttpUrl.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the scheme and host. */
    final class Validator implements ConstraintValidator<HttpUrl, URI> {

        /**
         * Tells whether a link is an absolute http or https URL.
         *
         * @param value the link, or null
         * @return true when the link is null or such a URL
         */
        public static boolean isHttpUrl(URI value) {
            if (value == null) {
                return true;
            }
            String scheme = value.getScheme();
            return value.toString().length() <= MAX_LENGTH && value.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && value.getHost() != null;
        }

        @Override
        public boolean isValid(URI value, ConstraintValidatorContext context) {
            return isHttpUrl(value);
        }
    }
}
