package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.validation.PositiveAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks the sign of the amount. */
public final class PositiveAmountValidator implements ConstraintValidator<PositiveAmount, Money> {
    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || value.isPositive();
    }
}
