package ir.anzali.investment.catalog.cli;

import org.jspecify.annotations.Nullable;

/**
 * A command given what it cannot work with — a file that is not there, an option that does not
 * fit — told in one line in the user's language, with exit status 2. Carries the text's key and
 * values; the message is made in the chosen language when printed.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient @Nullable Object[] values;

    /**
     * @param key    the key of the text
     * @param values name, value, name, value…
     */
    UsageException(String key, @Nullable Object... values) {
        super(key, null, false, false);
        this.key = key;
        this.values = values.clone();
    }

    String message(Console c) {
        return c.text(key, values);
    }
}
