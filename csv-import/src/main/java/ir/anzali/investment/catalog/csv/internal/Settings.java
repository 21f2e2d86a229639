package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.ProgressListener;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How files are read: the importer's options, handed to the reading internals.
 *
 * @param encoding   the encoding, or null to detect it
 * @param delimiter  the delimiter, or null to detect it
 * @param locale     the language of messages
 * @param errorLimit how many errors a report lists
 * @param limits     the size limits
 * @param validator  the validator
 * @param progress    the progress listener
 * @param parallelism how many workers map rows while this one reads; 1 or less for none unless an
 *                    executor is given
 * @param temporary   the folder of temporary files
 * @param held        how many rows and bytes a reading whose rows are all kept may take in;
 *                    {@link CatalogLimits#NONE} for a reading that keeps none
 * @param floor       the smallest plausible investment amounts
 * @param executor    the caller's executor that runs the workers, or null for threads of the reading's own
 */
public record Settings(@Nullable Charset encoding, @Nullable Character delimiter, Locale locale, int errorLimit, Limits limits,
        CatalogValidator validator, ProgressListener progress, int parallelism, Path temporary,
        CatalogLimits held, AmountFloor floor, @Nullable Executor executor) {

    /**
     * Whether rows are read, converted and mapped on the calling thread alone: no workers and no
     * executor.
     *
     * @return true for a reading on one thread
     */
    public boolean oneThread() {
        return parallelism <= 1 && executor == null;
    }

    /**
     * These settings for a reading that keeps its rows, within limits.
     *
     * @param value the limits
     * @return the settings
     */
    public Settings holding(CatalogLimits value) {
        return new Settings(encoding, delimiter, locale, errorLimit, limits, validator, progress, parallelism, temporary, value,
                floor, executor);
    }

    /**
     * These settings for one file that has its own encoding or delimiter.
     *
     * @param fileEncoding  the file's encoding, or null for these settings'
     * @param fileDelimiter the file's delimiter, or null for these settings'
     * @return the settings
     */
    public Settings reading(@Nullable Charset fileEncoding, @Nullable Character fileDelimiter) {
        if (fileEncoding == null && fileDelimiter == null) {
            return this;
        }
        return new Settings(fileEncoding != null ? fileEncoding : encoding, fileDelimiter != null ? fileDelimiter : delimiter,
                locale, errorLimit, limits, validator, progress, parallelism, temporary, held, floor, executor);
    }

    /**
     * Checks a delimiter given for reading.
     *
     * @param value the delimiter, or null to detect it
     * @return the delimiter
     * @throws IllegalArgumentException when it is not {@code ,} {@code ;} tab or {@code ؛}
     */
    public static @Nullable Character checkDelimiter(@Nullable Character value) {
        if (value != null && ir.anzali.investment.catalog.text.Delimiter.of(value).isEmpty()) {
            throw new IllegalArgumentException("Delimiter must be ',', ';', tab or '؛': '" + value + "'");
        }
        return value;
    }
}
