package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a string. */
public final class PlainTextOfString implements ConstraintValidator<PlainText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || PersianNormalizer.findControl(value) < 0;
    }
}
