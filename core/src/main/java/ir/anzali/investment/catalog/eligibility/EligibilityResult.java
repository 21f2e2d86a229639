package ir.anzali.investment.catalog.eligibility;

import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether an opportunity qualifies for an incentive on a date, with one reason per condition.
 * Immutable and thread-safe.
 *
 * @param opportunity the opportunity, not null
 * @param incentive   the incentive, not null
 * @param date        the day judged, not null
 * @param outcome     NOT_ELIGIBLE when any condition fails, else UNDETERMINED when any cannot be
 *                    decided, else ELIGIBLE; not null
 * @param reasons     one per condition, the validity window first; never empty
 */
public record EligibilityResult(OpportunityId opportunity, IncentiveId incentive, LocalDate date, Outcome outcome,
        List<Reason> reasons) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException when there is no reason
     */
    public EligibilityResult {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(incentive, "incentive");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("An eligibility result needs at least one reason");
        }
    }
}
