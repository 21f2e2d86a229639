package ir.anzali.investment.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The validation messages of the library in Persian and English, from
 * {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_fa.properties}. Templates use {@code {param}} placeholders
 * only, filled from the constraint's attributes; user input never becomes part of a template.
 * Thread-safe.
 */
public final class ValidationMessages {

    private static final String BASE = "ContributorValidationMessages";
    private static final Properties EN = load(BASE + ".properties");
    private static final Properties FA = load(BASE + "_fa.properties");

    private ValidationMessages() {
    }

    /**
     * Renders a template such as {@code {ir.anzali.investment.catalog.Max.message}} in a language.
     *
     * @param template   the template, not null
     * @param attributes values for the placeholders, not null
     * @param locale     the language: Persian for {@code fa}, English otherwise; not null
     * @return the message, never null
     */
    public static String render(String template, Map<String, ?> attributes, Locale locale) {
        Properties messages = "fa".equals(locale.getLanguage()) ? FA : EN;
        String text = template;
        if (text.startsWith("{") && text.endsWith("}")) {
            String key = text.substring(1, text.length() - 1);
            text = messages.getProperty(key, EN.getProperty(key, template));
        }
        return fill(text, attributes);
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
                String name = text.substring(i + 1, close);
                Object value = values.get(name);
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

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ValidationMessages.class.getModule().getResourceAsStream(name)) {
            InputStream stream = in != null ? in : ValidationMessages.class.getClassLoader().getResourceAsStream(name);
            if (stream == null) {
                throw new IllegalStateException("Missing message file " + name);
            }
            try (InputStreamReader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
