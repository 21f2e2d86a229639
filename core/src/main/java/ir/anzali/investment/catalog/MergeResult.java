package ir.anzali.investment.catalog;

import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import java.util.Objects;

/**
 * The result of {@link Catalog#merge}: the new catalog and what changed. Immutable and thread-safe.
 *
 * @param catalog       the merged catalog, not null
 * @param incentives    what happened to incentives, not null
 * @param opportunities what happened to opportunities, not null
 */
public record MergeResult(Catalog catalog, Changes<IncentiveId> incentives, Changes<OpportunityId> opportunities) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when a part is null
     */
    public MergeResult {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(incentives, "incentives");
        Objects.requireNonNull(opportunities, "opportunities");
    }
}
