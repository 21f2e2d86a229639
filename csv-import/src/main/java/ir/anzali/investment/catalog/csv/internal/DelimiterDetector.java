package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Chooses the delimiter from the header line when none is given (CSV format §1): whichever of
 * {@code ,} {@code ;} tab and {@code ؛} (U+061B) occurs most often outside quotes in the first
 * non-blank line; a comma when none occurs.
 */
final class DelimiterDetector {

    /** The delimiters the format accepts, in order of preference on a tie. */
    static final char[] CANDIDATES = ir.anzali.investment.catalog.text.Delimiter.characters().toCharArray();

    private DelimiterDetector() {
    }

    /**
     * Looks at the first non-blank line without consuming it.
     *
     * @param in       the UTF-8 bytes, positioned at the start; reset to it afterwards
     * @param maxChars how far to look at most
     * @return the delimiter
     * @throws IOException when reading fails
     */
    static char detect(InputStream in, int maxChars) throws IOException {
        // UTF-8 takes at most three bytes a character; the reader reads ahead at most 8 KiB.
        in.mark(3 * maxChars + 16 * 1024);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
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
        in.reset();
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
