package ir.anzali.investment.catalog;

import java.util.Objects;

/**
 * One problem found while building a {@link Catalog}: a reference that does not hold, an id seen
 * twice, or a broken validation rule. Immutable and thread-safe.
 *
 * @param subject  what has the problem, such as {@code opportunity AFZ-TOU-001}, not null
 * @param property the property, such as {@code leadAgency}; empty for the whole subject
 * @param code     the kind of problem, such as {@code unknown-code} or {@code out-of-range}, not null
 * @param message  what is wrong and what to do, in English, not null
 */
public record CatalogProblem(String subject, String property, String code, String message) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     */
    public CatalogProblem {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Gives {@code subject, property: message [code]}. */
    @Override
    public String toString() {
        return subject + (property.isEmpty() ? "" : ", " + property) + ": " + message + " [" + code + "]";
    }
}
