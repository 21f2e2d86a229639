package ir.anzali.investment.catalog.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation of a localized text on the language that breaks it ({@code title.fa}). */
final class Languages {

    private Languages() {
    }

    /**
     * Replaces the default violation with one per language that is not valid.
     *
     * @return false, for the validator to return
     */
    static boolean report(ConstraintValidatorContext context, boolean faValid, boolean enValid) {
        context.disableDefaultConstraintViolation();
        String template = context.getDefaultConstraintMessageTemplate();
        if (!faValid) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("fa").addConstraintViolation();
        }
        if (!enValid) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("en").addConstraintViolation();
        }
        return false;
    }
}
