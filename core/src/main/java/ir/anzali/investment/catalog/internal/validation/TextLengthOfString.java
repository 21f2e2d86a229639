package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.TextLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a string. */
public final class TextLengthOfString implements ConstraintValidator<TextLength, String> {
    private int max;

    @Override
    public void initialize(TextLength annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.length() <= max;
    }
}
