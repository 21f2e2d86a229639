package ir.anzali.investment.catalog.csv.read;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Chooses the delimiter from the header line when none is given (CSV format §1): whichever of
 * {@code ,} {@code ;} tab and {@code ؛} (U+061B) occurs most often outside quotes in the first
 * non-blank line; a comma when none occurs.
 */
final class DelimiterDetector {

    /** The delimiters the format accepts, in order of preference on a tie. */
    static final char[] CANDIDATES = {',', ';', '\t', '\u061B'};

    private DelimiterDetector() {
    }

    /**
     * Looks at the first non-blank line without consuming it.
     *
     * @param reader   the reader, positioned at the start; reset to it afterwards
     * @param maxChars how far to look at most
     * @return the delimiter
     * @throws IOException when reading fails
     */
    static char detect(BufferedReader reader, int maxChars) throws IOException {
        reader.mark(maxChars + 1);
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < maxChars; i++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
                content = true;
                continue;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (content) {
                    break;
                }
                continue;
            }
            if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        reader.reset();
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
