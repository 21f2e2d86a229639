package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks every item of a list. */
public final class PlainTextOfList implements ConstraintValidator<PlainText, List<String>> {
    @Override
    public boolean isValid(List<String> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (String item : value) {
            if (PersianNormalizer.findControl(item) >= 0 || item.indexOf(';') >= 0 || item.indexOf('|') >= 0
                    || item.indexOf('\u060C') >= 0) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{ir.anzali.investment.catalog.PlainText.item.message}")
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }
}
