package ir.anzali.investment.catalog.spring;

import org.jspecify.annotations.Nullable;

/**
 * The encodings a request names for its parts, as the command line's {@code --encoding} and
 * {@code --incentives-encoding} name them (UTF-8, UTF-16, windows-1256, windows-1252…, any name or
 * alias Java knows): what the {@code encoding-guess} warning asks for when a file's letters look wrong.
 * A part whose encoding is not named is read in the one detected. A name Java does not know is
 * refused with {@link UploadRejectedException.Reason#UNKNOWN_ENCODING} (400) naming it. Immutable.
 *
 * @param encoding           the encoding of the opportunities part, or of the incentives part when it is
 *                           the only part; null or blank to detect it
 * @param incentivesEncoding the encoding of the incentives part; null or blank for {@code encoding} when
 *                           the incentives part is the only part, else to detect it
 */
public record UploadEncodings(@Nullable String encoding, @Nullable String incentivesEncoding) {

    /** Every part read in the encoding detected. */
    public static final UploadEncodings DETECTED = new UploadEncodings(null, null);

    /**
     * The name given for the incentives part.
     *
     * @param alone whether the incentives part is the only part of the request
     * @return the name, or null or blank to detect the encoding
     */
    @Nullable String incentives(boolean alone) {
        return incentivesEncoding != null && !incentivesEncoding.isBlank() ? incentivesEncoding
                : alone ? encoding : null;
    }
}
