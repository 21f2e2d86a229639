package ir.anzali.investment.catalog.csv.internal;

/**
 * The guard against spreadsheet formulas (CSV format §6): text that a spreadsheet would run as a
 * formula — starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, after
 * any apostrophes — is written with one more leading {@code '}, and reading removes exactly one. So
 * export then import gives back the text as it was, apostrophes included.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /**
     * Adds the guard where a spreadsheet would run the text.
     *
     * @param text the text, not null
     * @return the text to write, never null
     */
    public static String guard(String text) {
        return needsGuard(text, 0) ? "'" + text : text;
    }

    /**
     * Removes the guard that {@link #guard(String)} added.
     *
     * @param text the text read, not null
     * @return the text, never null
     */
    public static String unguard(String text) {
        return text.startsWith("'") && needsGuard(text, 1) ? text.substring(1) : text;
    }

    private static boolean needsGuard(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
