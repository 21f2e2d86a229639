package ir.anzali.investment.catalog.internal;

import java.util.Objects;

/** What the catalog's id types share: the check of their constructors and the form of their text. */
public final class Ids {

    private Ids() {
    }

    /**
     * Checks an id's value.
     *
     * @param value the value
     * @param kind  what it identifies, for the message, such as {@code Incentive}
     * @return the value
     * @throws NullPointerException     when the value is null
     * @throws IllegalArgumentException when it is blank
     */
    public static String check(String value, String kind) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException(kind + " id must not be blank");
        }
        return value;
    }

    /**
     * An id as a person typed it, in its canonical form: trimmed, with the ASCII letters
     * {@code a}–{@code z} upper-cased and every other character kept as it is, so that an id with a
     * letter outside ASCII ({@code ß-TOU-019}) stays refused by the id pattern rather than turned
     * into another id ({@code SS-TOU-019}) by full case mapping, whatever the default locale.
     *
     * @param text the text, not null
     * @return the canonical text, never null; the very same string when it is already canonical
     */
    public static String canonical(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return upperCased(s, i);
            }
        }
        return s;
    }

    /** The text with the ASCII letters from {@code from} on upper-cased. */
    private static String upperCased(String s, int from) {
        char[] out = s.toCharArray();
        for (int i = from; i < out.length; i++) {
            char c = out[i];
            if (c >= 'a' && c <= 'z') {
                out[i] = (char) (c - 'a' + 'A');
            }
        }
        return new String(out);
    }
}
