package ir.anzali.investment.catalog.text;

import java.util.Locale;

/**
 * What people count in the texts of the library and its pages: rows, errors, opportunities and
 * incentives, shown with their noun in the right form by {@link Display#count(Counted, long)}.
 */
public enum Counted {
    /** Rows of a file: {@code 1 row}, {@code 2 rows}, {@code ۲ ردیف}. */
    ROWS,
    /** Errors of a report: {@code 1 error}, {@code 2 errors}, {@code ۲ خطا}. */
    ERRORS,
    /** Opportunities: {@code 1 opportunity}, {@code 2 opportunities}, {@code ۲ فرصت}. */
    OPPORTUNITIES,
    /** Incentives: {@code 1 incentive}, {@code 2 incentives}, {@code ۲ مشوق}. */
    INCENTIVES;

    /** The key of the noun's form for a count in the texts of {@link Display}. */
    String key(long count) {
        return name().toLowerCase(Locale.ROOT) + (count == 1 ? ".one" : ".other");
    }
}
