package ir.anzali.investment.catalog.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text in Persian and English, at least one of them present.
 *
 * <p>Both languages are kept normalized (see {@link PersianNormalizer}); a value that is blank after
 * normalization is absent. Immutable and thread-safe.
 *
 * @param fa the Persian text, normalized, or null when absent; never blank
 * @param en the English text, normalized, or null when absent; never blank
 */
public record LocalizedText(@Nullable String fa, @Nullable String en) {

    /** The Persian locale, {@code fa-IR}. */
    public static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    /**
     * Normalizes both languages, takes a blank one as absent, and checks that one is present.
     *
     * @throws IllegalArgumentException when both are absent or blank
     */
    public LocalizedText {
        fa = PersianNormalizer.normalizeToNull(fa);
        en = PersianNormalizer.normalizeToNull(en);
        if (fa == null && en == null) {
            throw new IllegalArgumentException("Text needs a Persian or an English value; both are missing");
        }
    }

    /**
     * Creates text from optional values, normalized, blank values taken as absent.
     *
     * @param fa the Persian text
     * @param en the English text
     * @return the text, never null
     * @throws IllegalArgumentException when both are absent or blank
     */
    public static LocalizedText of(@Nullable String fa, @Nullable String en) {
        return new LocalizedText(fa, en);
    }

    /**
     * Creates text from optional values, or gives null when both are absent or blank.
     *
     * @param fa the Persian text
     * @param en the English text
     * @return the text, or null
     */
    public static @Nullable LocalizedText ofNullable(@Nullable String fa, @Nullable String en) {
        String f = PersianNormalizer.normalizeToNull(fa);
        String e = PersianNormalizer.normalizeToNull(en);
        return f == null && e == null ? null : new LocalizedText(f, e);
    }

    /**
     * The Persian text.
     *
     * @return the text, or empty
     */
    public Optional<String> persian() {
        return Optional.ofNullable(fa);
    }

    /**
     * The English text.
     *
     * @return the text, or empty
     */
    public Optional<String> english() {
        return Optional.ofNullable(en);
    }

    /**
     * The text for a locale: Persian for the Persian language, English otherwise, falling back to
     * the other language when the wanted one is absent.
     *
     * @param locale the locale, not null
     * @return the text, never null
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean persian = "fa".equals(locale.getLanguage());
        return persian ? first(fa, en) : first(en, fa);
    }

    /** Gives the Persian text, or the English one when there is no Persian. */
    @Override
    public String toString() {
        return first(fa, en);
    }

    /** The first text if present, else the second, which the constructor makes present then. */
    private static String first(@Nullable String text, @Nullable String other) {
        return text != null ? text : Objects.requireNonNull(other);
    }
}
