package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Text holds no control character (CSV format §4: U+0000–U+001F but tab and line breaks, and
 * U+007F–U+009F; see {@link PersianNormalizer#isControl(char)}). On {@link LocalizedText} each
 * language is checked, and a violation names the language ({@code title.fa}). On a list of text,
 * each item is checked, and no item may hold a list separator ({@code ;} {@code |} {@code ،}),
 * which a CSV file could not tell from the end of the item. Null is valid.
 * Rule: {@link Rule#TYPE}.
 */
@Documented
@Constraint(validatedBy = {PlainText.ForString.class, PlainText.ForLocalizedText.class, PlainText.ForList.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.PlainText.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Checks a string. */
    final class ForString implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PersianNormalizer.findControl(value) < 0;
        }
    }

    /** Checks both languages of a localized text. */
    final class ForLocalizedText implements ConstraintValidator<PlainText, LocalizedText> {
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

    /** Checks every item of a list. */
    final class ForList implements ConstraintValidator<PlainText, List<String>> {
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
}
