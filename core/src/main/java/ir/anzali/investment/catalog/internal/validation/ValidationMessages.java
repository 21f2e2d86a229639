package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The validation messages of the library in Persian and English, from
 * {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_fa.properties}. Templates use {@code {param}} placeholders
 * only, filled from the constraint's attributes; user input never becomes part of a template.
 * Thread-safe.
 */
public final class ValidationMessages {

    private static final MessageBundle MESSAGES = MessageBundle.load(
            name -> ValidationMessages.class.getResourceAsStream("/" + name), "ContributorValidationMessages");

    private ValidationMessages() {
    }

    /**
     * Renders a template such as {@code {ir.anzali.investment.catalog.Max.message}} in a language.
     *
     * @param template   the template, not null
     * @param attributes values for the placeholders, not null
     * @param locale     the language: Persian for {@code fa}, English otherwise; not null. In
     *                   Persian, digits of the values are written in Persian digits
     * @return the message, never null
     */
    public static String render(String template, Map<String, ?> attributes, Locale locale) {
        String text = template;
        if (text.startsWith("{") && text.endsWith("}")) {
            String found = MESSAGES.template(text.substring(1, text.length() - 1), locale);
            if (found != null) {
                text = found;
            }
        }
        if (!"fa".equals(locale.getLanguage())) {
            return MessageBundle.fill(text, attributes);
        }
        Map<String, Object> persian = new HashMap<>();
        attributes.forEach((name, value) -> persian.put(name, value instanceof Number || value instanceof CharSequence
                ? Digits.toPersian(value.toString()) : value));
        return MessageBundle.fill(text, persian);
    }
}
