package ir.anzali.investment.catalog.validation;

import ir.anzali.investment.catalog.internal.validation.ValidationMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule of one object, in words a person can act on. Immutable and thread-safe.
 *
 * @param property     the path of the property, such as {@code location.latitude} or {@code title.fa};
 *                     empty for the whole object
 * @param rule         the kind of rule, not null
 * @param invalidValue the value that broke it
 * @param template     the message template, such as {@code {ir.anzali.investment.catalog.Max.message}}
 * @param attributes   the constraint's attributes that the template may name, not null
 */
public record Violation(String property, Rule rule, @Nullable Object invalidValue, String template,
        Map<String, Object> attributes) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException when a required part is null
     */
    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(template, "template");
        attributes = Map.copyOf(attributes);
    }

    /**
     * A required value that is missing, such as the title of an opportunity built from a web form
     * whose title field was left empty.
     *
     * @param property the property, not null
     * @return the violation, with rule {@link Rule#REQUIRED}, never null
     */
    public static Violation missing(String property) {
        return new Violation(property, Rule.REQUIRED, null, "{ir.anzali.investment.catalog.Required.message}", Map.of());
    }

    /**
     * The same violation of a property of the object held in {@code parent}: {@code latitude}
     * becomes {@code location.latitude}.
     *
     * @param parent the property holding the object, not null
     * @return the violation, never null
     */
    Violation under(String parent) {
        return new Violation(property.isEmpty() ? parent : parent + "." + property, rule, invalidValue, template,
                attributes);
    }

    /**
     * The message in a language: Persian for {@code fa}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return ValidationMessages.render(template, attributes, locale);
    }

    /**
     * The last name of the property path, such as {@code latitude} for {@code location.latitude},
     * or {@code title.fa} kept whole when it names a language.
     *
     * @return the name, never null; empty for the whole object
     */
    public String leafProperty() {
        int dot = property.lastIndexOf('.');
        if (dot < 0) {
            return property;
        }
        String leaf = property.substring(dot + 1);
        if (leaf.equals("fa") || leaf.equals("en")) {
            int before = property.lastIndexOf('.', dot - 1);
            return property.substring(before + 1);
        }
        if (leaf.equals("value")) {
            int before = property.lastIndexOf('.', dot - 1);
            return property.substring(before + 1, dot);
        }
        return leaf;
    }
}
