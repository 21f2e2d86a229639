package ir.anzali.investment.catalog.internal;

import java.util.Locale;
import java.util.Objects;

/** What the catalog's id types share: the check of their constructors and the form of their text. */
public final class Ids {

    private Ids() {
    }

    /**
     * Checks an id's value.
     *
     * @param value the value
     * @param kind  what it identifies, for the message, such as {@code Incentive}
     * @return the value
     * @throws NullPointerException     when the value is null
     * @throws IllegalArgumentException when it is blank
     */
    public static String check(String value, String kind) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException(kind + " id must not be blank");
        }
        return value;
    }

    /**
     * An id as a person typed it, in its canonical form: trimmed and upper-cased.
     *
     * @param text the text, not null
     * @return the canonical text, never null
     */
    public static String canonical(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
