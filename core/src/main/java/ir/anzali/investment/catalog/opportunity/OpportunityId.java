package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.internal.Ids;
import ir.anzali.investment.catalog.validation.CatalogId;

/**
 * The id of an opportunity, such as {@code AFZ-TOU-001}. {@link #of(String)} upper-cases and trims;
 * the shape {@code [A-Z][A-Z0-9-]{2,39}} is a validation rule ({@link CatalogId}), so that a catalog
 * can report every badly shaped id at once. Immutable and thread-safe.
 *
 * @param value the id, not blank
 */
public record OpportunityId(@CatalogId String value) implements Comparable<OpportunityId> {

    /**
     * Checks that the id is not blank.
     *
     * @throws NullPointerException     when it is null
     * @throws IllegalArgumentException when it is blank
     */
    public OpportunityId {
        Ids.check(value, "Opportunity");
    }

    /**
     * Creates an id from text as a person typed it: trimmed and upper-cased.
     *
     * @param text the text, not null
     * @return the id, never null
     */
    public static OpportunityId of(String text) {
        return new OpportunityId(Ids.canonical(text));
    }

    @Override
    public int compareTo(OpportunityId other) {
        return value.compareTo(other.value);
    }

    /** Gives the id itself. */
    @Override
    public String toString() {
        return value;
    }
}
