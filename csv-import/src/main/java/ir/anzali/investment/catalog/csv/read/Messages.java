package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.validation.ValidationMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The importer's messages in Persian and English, by key; immutable and thread-safe. */
final class Messages {

    private static final Properties EN = load("messages.properties");
    private static final Properties FA = load("messages_fa.properties");

    private final Properties messages;

    private Messages(Properties messages) {
        this.messages = messages;
    }

    static Messages of(Locale locale) {
        return new Messages("fa".equals(locale.getLanguage()) ? FA : EN);
    }

    /**
     * The message for a key, with its placeholders filled.
     *
     * @param key    the key, such as {@code type-error.date}
     * @param values name, value, name, value…
     * @return the message
     */
    String get(String key, Object... values) {
        String template = messages.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No message " + key);
        }
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put((String) values[i], values[i + 1] == null ? "" : values[i + 1]);
        }
        return ValidationMessages.fill(template, map);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing message file " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
