package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.opportunity.Status;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The figures a joint working group reports for a group of opportunities: how many, how many in
 * each status, the investment per currency (never summed across currencies; an investment in several
 * currencies adds each part to its currency), and the direct, youth and indirect jobs (unknown
 * counts add nothing). Immutable and thread-safe.
 *
 * @param opportunities how many opportunities
 * @param byStatus      how many in each status that occurs, in lifecycle order, not null
 * @param investment    the total investment per currency, by currency code order, not null
 * @param directJobs    the direct jobs
 * @param youthJobs     the youth jobs
 * @param indirectJobs  the indirect jobs
 */
public record Summary(long opportunities, Map<Status, Long> byStatus, Map<Currency, BigDecimal> investment,
        long directJobs, long youthJobs, long indirectJobs) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException when a map is null
     */
    public Summary {
        Objects.requireNonNull(byStatus, "byStatus");
        Objects.requireNonNull(investment, "investment");
        EnumMap<Status, Long> statuses = new EnumMap<>(Status.class);
        statuses.putAll(byStatus);
        byStatus = Collections.unmodifiableMap(statuses);
        TreeMap<Currency, BigDecimal> sorted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        sorted.putAll(investment);
        investment = Collections.unmodifiableMap(sorted);
    }
}
