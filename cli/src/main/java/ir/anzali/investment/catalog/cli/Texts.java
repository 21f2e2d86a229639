package ir.anzali.investment.catalog.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The application's texts — help, output, errors — in English ({@code messages.properties}) and
 * Persian ({@code messages_fa.properties}), and how the language is chosen.
 */
final class Texts {

    private static final String BUNDLE = "ir.anzali.investment.catalog.cli.messages";

    private Texts() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "fa".equals(locale.getLanguage()) ? locale : Locale.ROOT,
                Texts.class.getModule());
    }

    /**
     * The language of output (CSV format §7): {@code --lang} when given, else Persian when the
     * environment's language for messages starts with {@code fa} — the first set of
     * {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG}, as POSIX reads them — else English.
     * {@code CATALOG_LANG}, which the launcher sets when it has to change the locale so that file
     * names are read as UTF-8, carries the user's own choice.
     *
     * @param lang the value of {@code --lang}, or null
     * @param env  the environment, not null
     */
    static Locale locale(@Nullable String lang, java.util.Map<String, String> env) {
        String chosen = lang;
        if (chosen == null) {
            for (String name : new String[] {"CATALOG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
                String value = env.get(name);
                if (value != null && !value.isEmpty()) {
                    chosen = value;
                    break;
                }
            }
        }
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("fa") ? Locale.forLanguageTag("fa-IR")
                : Locale.ENGLISH;
    }
}
