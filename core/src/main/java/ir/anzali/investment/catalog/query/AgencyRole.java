package ir.anzali.investment.catalog.query;

/** How an agency takes part in an opportunity, for {@link OpportunityQuery#agency(String, AgencyRole)}. */
public enum AgencyRole {
    /** The agency leads. */
    LEAD,
    /** The agency is a partner. */
    PARTNER,
    /** The agency leads or is a partner. */
    ANY
}
