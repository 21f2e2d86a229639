package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.ProgressListener;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.nio.charset.Charset;
import java.util.Locale;
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
 * @param parallelism how many threads map rows while this one reads; 1 or less for none
 */
public record Settings(@Nullable Charset encoding, @Nullable Character delimiter, Locale locale, int errorLimit, Limits limits,
        CatalogValidator validator, ProgressListener progress, int parallelism) {
}
