package ir.anzali.investment.catalog.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Predicate;

/**
 * The validator of the rules across the properties of one type, such as "youth jobs are not more
 * than direct jobs". Each broken rule is reported on the property to correct ({@code youthJobs}, or
 * a nested one such as {@code location.latitude}) with the rule's own message template, as Hibernate
 * Validator's {@code addPropertyNode} does; the constraint's own message is never used. A null
 * object holds. Called without a context (the quick check of {@link ValidationPlan}), it only
 * answers whether every rule holds.
 *
 * @param <A> the constraint
 * @param <T> the type checked
 */
public abstract class CrossFieldRules<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** For subclasses. */
    protected CrossFieldRules() {
    }

    /**
     * One rule.
     *
     * @param property the property to correct when the rule is broken, nested ones joined by {@code .}
     * @param template the message template, such as {@code {ir.anzali.investment.catalog.X.message}}
     * @param broken   true when a value breaks the rule; never given null
     * @param <T>      the type checked
     */
    public record Check<T>(String property, String template, Predicate<T> broken) {
    }

    /**
     * The rules, in the order they are reported.
     *
     * @return the rules, never null; the same list on every call
     */
    protected abstract List<Check<T>> checks();

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (Check<T> check : checks()) {
            if (!check.broken().test(value)) {
                continue;
            }
            if (context == null) {
                return false;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            String[] nodes = check.property().split("\\.");
            NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(check.template())
                    .addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                node = node.addPropertyNode(nodes[i]);
            }
            node.addConstraintViolation();
        }
        return valid;
    }
}
