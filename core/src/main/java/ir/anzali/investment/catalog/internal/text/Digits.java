package ir.anzali.investment.catalog.internal.text;

/**
 * Digits in the three scripts that catalog data is written in: ASCII, Persian (U+06F0–U+06F9)
 * and Arabic-Indic (U+0660–U+0669). Stateless and thread-safe.
 */
public final class Digits {

    private Digits() {
    }

    /**
     * Gives the value of a digit in any of the three scripts.
     *
     * @param c the character
     * @return 0–9, or -1 when the character is not such a digit
     */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        return -1;
    }

    /**
     * Replaces Persian and Arabic-Indic digits with ASCII digits, leaving everything else.
     *
     * @param text the text, not null
     * @return the text with ASCII digits, never null
     */
    public static String toAscii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int v = value(c);
            if (v >= 0 && c > '9') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + v));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Replaces ASCII digits with Persian digits (U+06F0–U+06F9), for text shown in Persian.
     *
     * @param text the text, not null
     * @return the text with Persian digits, never null
     */
    public static String toPersian(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('\u06F0' + c - '0'));
            }
        }
        return out == null ? text : out.toString();
    }
}
