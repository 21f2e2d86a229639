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
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text holds no control character (CSV format §4: U+0000–U+001F but tab and line breaks, and
 * U+007F–U+009F), no lone surrogate and no noncharacter, none of which a file can carry back
 * (see {@link PersianNormalizer#findNonText(CharSequence)}). On {@link LocalizedText} each
 * language is checked, and a violation names the language ({@code title.fa}). On a list of text,
 * each item is checked, and no item may hold a list separator ({@code ;} {@code |} {@code ،}),
 * which a CSV file could not tell from the end of the item. Null is valid.
 * Rule: {@link Rule#TYPE}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {Validators.PlainTextOfString.class, Validators.PlainTextOfLocalizedText.class,
        Validators.PlainTextOfList.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** @return the message template */
    String message() default "{ir.anzali.investment.catalog.PlainText.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
