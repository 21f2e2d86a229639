package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.TextLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks both languages of a localized text. */
public final class TextLengthOfLocalizedText implements ConstraintValidator<TextLength, LocalizedText> {
    private int max;

    @Override
    public void initialize(TextLength annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean faValid = value.fa() == null || value.fa().length() <= max;
        boolean enValid = value.en() == null || value.en().length() <= max;
        return faValid && enValid || Languages.report(context, faValid, enValid);
    }
}
