package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.text.MessageBundle;
import java.util.Locale;

/** The importer's messages in one language, by key; immutable and thread-safe. */
final class Messages {

    private static final MessageBundle BUNDLE = MessageBundle.load(
            name -> Messages.class.getResourceAsStream(name), "messages");

    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
    }

    static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /**
     * The message for a key, with its placeholders filled.
     *
     * @param key    the key, such as {@code type-error.date}
     * @param values name, value, name, value…
     * @return the message
     */
    String get(String key, Object... values) {
        return BUNDLE.get(key, locale, values);
    }
}
