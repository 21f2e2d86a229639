package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.text.Digits;
import ir.anzali.investment.catalog.validation.Phone;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the characters and counts the digits. */
public final class PhoneValidator implements ConstraintValidator<Phone, String> {

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
        if (value.length() > Phone.MAX_LENGTH) {
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
        return digits >= Phone.MIN_DIGITS && digits <= Phone.MAX_DIGITS;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isPhone(value);
    }
}
