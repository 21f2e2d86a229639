package ir.anzali.investment.catalog.validation;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by the {@code build()} of a builder whose values break a rule — a required value missing,
 * a code that names nothing, a value out of range: the object is not built. It carries every
 * violation, exactly those the builder's {@code validate()} gives, so that a web form can show each
 * beside its field; its message lists them in English.
 */
public final class ValidationFailedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    /** The violations; not serialized with the exception, whose message keeps them in words. */
    private final transient List<Violation> violations;
    /** The message, written when first asked for or when serialized. */
    private @Nullable String message;

    /**
     * Creates the exception.
     *
     * @param violations the violations, not empty
     * @throws IllegalArgumentException when there is no violation
     */
    public ValidationFailedException(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * The violations in English, one a line, the first twenty of them; written when first asked
     * for, so that a caller that reads only {@link #violations()} pays nothing for it.
     *
     * @return the message, never null
     */
    @Override
    public String getMessage() {
        if (message == null) {
            message = describe(violations);
        }
        return message;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        message = getMessage();   // the message is written, the violations are not
        out.defaultWriteObject();
    }

    /**
     * Every violation, ordered by property.
     *
     * @return an unmodifiable list, never null; empty only in an exception read back from its
     *         serialized form, whose message still lists them
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder b = new StringBuilder().append(violations.size())
                .append(violations.size() == 1 ? " rule is broken:" : " rules are broken:");
        violations.stream().limit(LISTED).forEach(v -> b.append("\n  - ")
                .append(v.property().isEmpty() ? "(whole object)" : v.property()).append(": ")
                .append(v.message(Locale.ENGLISH)).append(" [").append(v.rule().code()).append(']'));
        if (violations.size() > LISTED) {
            b.append("\n  … and ").append(violations.size() - LISTED).append(" more");
        }
        return b.toString();
    }
}
