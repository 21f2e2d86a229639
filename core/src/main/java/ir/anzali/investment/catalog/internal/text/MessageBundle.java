package ir.anzali.investment.catalog.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Messages in English and Persian, read from {@code NAME.properties} and {@code NAME_fa.properties}
 * in UTF-8. Templates use {@code {name}} placeholders, filled after the template is chosen; values
 * are never read as templates. Immutable and thread-safe.
 */
public final class MessageBundle {

    private final Properties en;
    private final Properties fa;

    private MessageBundle(Properties en, Properties fa) {
        this.en = en;
        this.fa = fa;
    }

    /**
     * Loads a bundle. The opener is called in the caller's module, so that the caller's own
     * resources are found: {@code MessageBundle.load(n -> MyClass.class.getResourceAsStream(n), "messages")}.
     *
     * @param opener   opens a resource by name, giving null when there is none; not null
     * @param baseName the name without {@code .properties}, such as {@code messages}; not null
     * @return the bundle, never null
     * @throws IllegalStateException when a file is missing
     */
    public static MessageBundle load(Function<String, InputStream> opener, String baseName) {
        return new MessageBundle(read(opener, baseName + ".properties"), read(opener, baseName + "_fa.properties"));
    }

    /**
     * The template for a key in a language, falling back to English.
     *
     * @param key    the key, not null
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the template, or null when the key is unknown
     */
    public @Nullable String template(String key, Locale locale) {
        String t = "fa".equals(locale.getLanguage()) ? fa.getProperty(key) : null;
        return t != null ? t : en.getProperty(key);
    }

    /**
     * The template for a key that must be known, in a language, falling back to English.
     *
     * @param key    the key, not null
     * @param locale Persian for {@code fa}, English otherwise; not null
     * @return the template, never null
     * @throws IllegalArgumentException when the key is unknown
     */
    public String requireTemplate(String key, Locale locale) {
        String template = template(key, locale);
        if (template == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return template;
    }

    /**
     * The message for a key with its placeholders filled.
     *
     * @param key    the key, not null
     * @param locale the language, not null
     * @param values name, value, name, value…
     * @return the message, never null
     * @throws IllegalArgumentException when the key is unknown
     */
    public String get(String key, Locale locale, @Nullable Object... values) {
        String template = requireTemplate(key, locale);
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put((String) values[i], values[i + 1] == null ? "" : values[i + 1]);
        }
        return fill(template, map);
    }

    /**
     * Replaces each {@code {name}} in a text with its value; a placeholder without a value is kept.
     * Values are inserted as they are and never read as placeholders themselves.
     *
     * @param text   the text, not null
     * @param values the values, not null
     * @return the filled text, never null
     */
    public static String fill(String text, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i) {
                Object value = values.get(text.substring(i + 1, close));
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static Properties read(Function<String, InputStream> opener, String name) {
        Properties p = new Properties();
        try (InputStream in = opener.apply(name)) {
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
