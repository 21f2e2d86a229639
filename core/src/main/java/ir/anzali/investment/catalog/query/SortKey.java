package ir.anzali.investment.catalog.query;

/** What query results are ordered by; ties are broken by id, so the order is always stable. */
public enum SortKey {
    /** The id. */
    ID,
    /**
     * The investment's first part (its rial amount when it has one, see {@code Investment.first()});
     * amounts in different currencies are ordered by currency code first.
     */
    INVESTMENT,
    /** The publication date; opportunities without one come last. */
    PUBLISHED_ON,
    /** The deadline; opportunities without one come last. */
    DEADLINE,
    /** The direct jobs; unknown counts come last. */
    DIRECT_JOBS,
    /** The youth jobs; unknown counts come last. */
    YOUTH_JOBS
}
