package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.validation.WholeRials;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks that a rial amount has no fraction. */
public final class WholeRialsValidator implements ConstraintValidator<WholeRials, Money> {
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || !value.currency().equals(Money.IRR) || value.amount().scale() <= 0;
    }
}
