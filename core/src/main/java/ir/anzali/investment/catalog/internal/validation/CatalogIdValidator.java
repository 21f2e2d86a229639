package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.CatalogId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a string against {@link CatalogId#CatalogId.REGEX}. */
public final class CatalogIdValidator implements ConstraintValidator<CatalogId, String> {

    /**
     * Tells whether a value matches {@link CatalogId#CatalogId.REGEX}, without a regular-expression engine.
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
