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
import ir.anzali.investment.catalog.text.Digits;

/**
 * A phone number: digits in any script, spaces, {@code +}, {@code -} and parentheses, with 6 to 20
 * digits and at most {@value #MAX_LENGTH} characters. Null is valid. Rule: {@link Rule#TYPE}.
 */
@Documented
@Constraint(validatedBy = Phone.Validator.class)
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

    /** Checks the characters and counts the digits. */
    final class Validator implements ConstraintValidator<Phone, String> {

        /**
         * Tells whether a value is a phone number.
         *
         * @param value the value, or null
         * @return true when the value is null or a phone number
         */
        public static boolean isPhone(String value) {
            if (value == null) {
                return true;
            }
            if (value.length() > MAX_LENGTH) {
                return false;
            }
            int digits = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Digits.value(c) >= 0) {
                    digits++;
                } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
                    return false;
                }
            }
            return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPhone(value);
        }
    }
}
