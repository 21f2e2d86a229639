package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks both languages of a localized text. */
public final class PlainTextOfLocalizedText implements ConstraintValidator<PlainText, LocalizedText> {
    @Override
    public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean faValid = value.fa() == null || PersianNormalizer.findControl(value.fa()) < 0;
        boolean enValid = value.en() == null || PersianNormalizer.findControl(value.en()) < 0;
        return faValid && enValid || Languages.report(context, faValid, enValid);
    }
}
