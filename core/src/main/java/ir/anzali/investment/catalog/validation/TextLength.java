package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import ir.anzali.investment.catalog.text.LocalizedText;

/**
 * Text is at most {@link #max()} characters long. On {@link LocalizedText} each language is
 * checked, and a violation names the language ({@code title.fa}). On a list of text each item is
 * checked, and the list holds at most {@link #maxItems()} items. Null is valid.
 * Rule: {@link Rule#TOO_LONG}.
 */
@Documented
@Constraint(validatedBy = {TextLength.ForString.class, TextLength.ForLocalizedText.class, TextLength.ForList.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface TextLength {

    /** @return the largest number of characters allowed */
    int max();

    /** @return the most items a list may hold */
    int maxItems() default Integer.MAX_VALUE;

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.TextLength.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a string. */
    final class ForString implements ConstraintValidator<TextLength, String> {
        private int max;

        @Override
        public void initialize(TextLength annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.length() <= max;
        }
    }

    /** Checks both languages of a localized text. */
    final class ForLocalizedText implements ConstraintValidator<TextLength, LocalizedText> {
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

    /** Checks every item of a list, and the number of items. */
    final class ForList implements ConstraintValidator<TextLength, List<String>> {
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
}
