package ir.anzali.investment.catalog.reference;

import java.util.Objects;

/**
 * A class of an industry classification, stored with its scheme and version, such as
 * {@code ISIC Rev.4 5510}. Immutable and thread-safe.
 *
 * @param scheme  the classification, such as {@code ISIC}, not blank
 * @param version the version, such as {@code Rev.4}, not blank
 * @param code    the class code, such as {@code 5510}, not blank
 */
public record IndustryClass(String scheme, String version, String code) {

    /** The scheme of the built-in classes. */
    public static final String ISIC = "ISIC";
    /** The version of the built-in classes. */
    public static final String REV_4 = "Rev.4";

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when a part is blank
     */
    public IndustryClass {
        requireText(scheme, "scheme");
        requireText(version, "version");
        requireText(code, "code");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("Industry class " + name + " must be one word: '" + value + "'");
        }
    }

    /**
     * An ISIC Rev.4 class.
     *
     * @param code the four-digit class, not null
     * @return the class, never null
     */
    public static IndustryClass isic4(String code) {
        return new IndustryClass(ISIC, REV_4, code);
    }

    /**
     * Reads the text that {@link #toString()} gives.
     *
     * @param text such as {@code ISIC Rev.4 5510}, not null
     * @return the class, never null
     * @throws IllegalArgumentException when the text has not three words
     */
    public static IndustryClass parse(String text) {
        String[] parts = text.strip().split(" +");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Industry class must be 'SCHEME VERSION CODE': '" + text + "'");
        }
        return new IndustryClass(parts[0], parts[1], parts[2]);
    }

    /** Gives {@code scheme version code}, such as {@code ISIC Rev.4 5510}. */
    @Override
    public String toString() {
        return scheme + ' ' + version + ' ' + code;
    }
}
