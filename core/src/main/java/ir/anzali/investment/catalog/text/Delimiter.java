package ir.anzali.investment.catalog.text;

import java.util.Optional;

/**
 * The delimiters of a CSV file (CSV format §1), the one list the importer detects and accepts, the
 * pages and the command line name and an option converts: {@code ,} {@code ;} tab and the Persian
 * semicolon {@code ؛}. Their names are shown by {@link Display#delimiter(String)}.
 */
public enum Delimiter implements NamedConstant {
    /** {@code ,}, what Excel writes in most languages. */
    COMMA(',', "ویرگول انگلیسی", "comma"),
    /** {@code ;}, what Excel writes where {@code ,} is the decimal separator. */
    SEMICOLON(';', "نقطه‌ویرگول", "semicolon"),
    /** The tab, of text saved as "Unicode Text". */
    TAB('\t', "تب", "tab"),
    /** {@code ؛} (U+061B), the Persian semicolon. */
    PERSIAN_SEMICOLON('\u061B', "نقطه‌ویرگول فارسی", "Persian semicolon");

    private final char character;
    private final LocalizedText names;

    Delimiter(char character, String nameFa, String nameEn) {
        this.character = character;
        this.names = new LocalizedText(nameFa, nameEn);
    }

    /**
     * The character.
     *
     * @return the character
     */
    public char character() {
        return character;
    }

    @Override
    public LocalizedText names() {
        return names;
    }

    /**
     * The delimiter a character is.
     *
     * @param character the character
     * @return the delimiter, or empty when the format has no such delimiter
     */
    public static Optional<Delimiter> of(char character) {
        for (Delimiter d : values()) {
            if (d.character == character) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The characters of the delimiters, in the order of the list: {@code ,;\t؛}.
     *
     * @return the characters, never null
     */
    public static String characters() {
        StringBuilder b = new StringBuilder(values().length);
        for (Delimiter d : values()) {
            b.append(d.character);
        }
        return b.toString();
    }
}
