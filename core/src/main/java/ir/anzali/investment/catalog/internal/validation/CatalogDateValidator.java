package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.CatalogDate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks the range. */
public final class CatalogDateValidator implements ConstraintValidator<CatalogDate, LocalDate> {
    private static final LocalDate FIRST_DATE = LocalDate.parse(CatalogDate.FIRST);
    private static final LocalDate LAST_DATE = LocalDate.parse(CatalogDate.LAST);

    /**
     * Tells whether a date lies in the catalog's range.
     *
     * @param value the date, or null
     * @return true when the date is null or in range
     */
    public static boolean inRange(LocalDate value) {
        return value == null || !value.isBefore(FIRST_DATE) && !value.isAfter(LAST_DATE);
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return inRange(value);
    }
}
