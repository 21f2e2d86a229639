package ir.anzali.investment.catalog.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The validator of a rule across the properties of an object, such as "youth jobs are not more than
 * direct jobs": it reports a broken rule on the property to correct ({@code youthJobs}), with the
 * constraint's message, as Hibernate Validator's {@code addPropertyNode} does. A null object holds.
 *
 * @param <A> the constraint
 * @param <T> the type checked
 */
public abstract class PropertyRule<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** For subclasses. */
    protected PropertyRule() {
    }

    /**
     * The property where the rule is broken.
     *
     * @param value the object, not null
     * @return the property to correct, or null when the rule holds
     */
    protected abstract String broken(T value);

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        String property = value == null ? null : broken(value);
        if (property == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(property).addConstraintViolation();
        return false;
    }
}
