package ir.anzali.investment.catalog.csv.spi;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * What a reader of a text format found out about a file as a whole, which its report states: the
 * encoding its bytes were read in, whether that encoding was guessed between two that fit, and the
 * delimiter of its cells. A format without these — a workbook — has {@link #NONE}. Immutable.
 *
 * @param encoding the encoding the file was read in, or null for a format that has none
 * @param instead  the other encoding that fitted the bytes when {@code encoding} was a guess between
 *                 two, which the report warns of; null when the encoding was given or certain
 * @param delimiter the character between cells, or null for a format without one or when it could
 *                 not be told
 */
public record Notes(@Nullable Charset encoding, @Nullable Charset instead, @Nullable Character delimiter) {

    /** Nothing to note: the notes of a workbook. */
    public static final Notes NONE = new Notes(null, null, null);

    /**
     * Checks that a guess is one between two encodings.
     *
     * @throws IllegalArgumentException when {@code instead} is given without an encoding, or is the
     *                                  encoding itself
     */
    public Notes {
        if (instead != null && (encoding == null || instead.equals(encoding))) {
            throw new IllegalArgumentException("The other encoding of a guess must differ from the one read: "
                    + instead + " for " + encoding);
        }
    }

    /**
     * Whether the encoding was guessed.
     *
     * @return true when another encoding fitted the bytes as well
     */
    public boolean guessed() {
        return instead != null;
    }
}
