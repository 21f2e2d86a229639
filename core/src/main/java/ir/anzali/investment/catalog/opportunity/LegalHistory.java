package ir.anzali.investment.catalog.opportunity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.internal.validation.CatalogDateValidator;
import ir.anzali.investment.catalog.internal.validation.PropertyRule;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.CatalogDate;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * An opportunity's status history is a path through the lifecycle: every step is a move the
 * lifecycle allows ({@link Status#canMoveTo(Status)}), starts where the step before it ended, and
 * is dated on or after it, within the catalog's dates ({@link CatalogDate}); a note is at most
 * {@value #MAX_NOTE} characters of text without control characters. The violation is reported on
 * {@code history}. Rule: cross-field.
 */
@Constraint(validatedBy = LegalHistory.Validator.class)
@Target({TYPE})
@Retention(RUNTIME)
@interface LegalHistory {

    /** The longest note of a step. */
    int MAX_NOTE = 500;

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.LegalHistory.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks the history. */
    final class Validator extends PropertyRule<LegalHistory, Opportunity> {
        @Override
        protected String broken(Opportunity value) {
            return isPath(value.history()) ? null : "history";
        }

        private static boolean isPath(List<StatusChange> history) {
            StatusChange previous = null;
            for (StatusChange step : history) {
                if (!step.from().canMoveTo(step.to()) || !CatalogDateValidator.inRange(step.date())
                        || previous != null && (previous.to() != step.from() || step.date().isBefore(previous.date()))
                        || step.note() != null && (step.note().length() > MAX_NOTE
                                || PersianNormalizer.findControl(step.note()) >= 0)) {
                    return false;
                }
                previous = step;
            }
            return true;
        }
    }
}
