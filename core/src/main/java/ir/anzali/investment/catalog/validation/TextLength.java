package ir.anzali.investment.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import ir.anzali.investment.catalog.text.LocalizedText;

/**
 * Text is at most {@link #max()} characters long. On {@link LocalizedText} each language is
 * checked, and a violation names the language ({@code title.fa}). On a list of text each item is
 * checked, and the list holds at most {@link #maxItems()} items. Null is valid.
 * Rule: {@link Rule#TOO_LONG}.
 */
// The validators are the implementation: named here for Bean Validation, not API.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {Validators.TextLengthOfString.class, Validators.TextLengthOfLocalizedText.class,
        Validators.TextLengthOfList.class})
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
}
