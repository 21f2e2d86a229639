package ir.anzali.investment.catalog.opportunity;

/**
 * Thrown when an opportunity is asked to move to a status its lifecycle does not allow from its
 * current one. The message names both statuses and what is allowed.
 */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final Status from;
    private final Status to;

    /**
     * Creates the exception.
     *
     * @param id   the opportunity, not null
     * @param from the current status, not null
     * @param to   the refused status, not null
     */
    public IllegalTransitionException(OpportunityId id, Status from, Status to) {
        super("Opportunity " + id + " cannot move from " + from + " to " + to
                + (from.next().isEmpty() ? "; " + from + " is final" : "; allowed: " + from.next()));
        this.from = from;
        this.to = to;
    }

    /**
     * The current status.
     *
     * @return the status, never null
     */
    public Status from() {
        return from;
    }

    /**
     * The refused status.
     *
     * @return the status, never null
     */
    public Status to() {
        return to;
    }
}
