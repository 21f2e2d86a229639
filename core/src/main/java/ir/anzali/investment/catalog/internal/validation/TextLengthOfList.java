package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.TextLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks every item of a list, and the number of items. */
public final class TextLengthOfList implements ConstraintValidator<TextLength, List<String>> {
    private int max;
    private int maxItems;

    @Override
    public void initialize(TextLength annotation) {
        max = annotation.max();
        maxItems = annotation.maxItems();
    }

    @Override
    public boolean isValid(List<String> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = value.size() <= maxItems;
        for (int i = 0; valid && i < value.size(); i++) {
            valid = value.get(i).length() <= max;
        }
        if (!valid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{ir.anzali.investment.catalog.TextLength.list.message}")
                    .addConstraintViolation();
        }
        return valid;
    }
}
