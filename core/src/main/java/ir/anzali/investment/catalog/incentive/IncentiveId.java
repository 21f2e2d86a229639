package ir.anzali.investment.catalog.incentive;

import ir.anzali.investment.catalog.internal.Ids;
import ir.anzali.investment.catalog.validation.CatalogId;

/**
 * The id of an incentive, such as {@code INC-TAX-20}. {@link #of(String)} upper-cases and trims;
 * the shape {@code [A-Z][A-Z0-9-]{2,39}} is a validation rule ({@link CatalogId}), so that a catalog
 * can report every badly shaped id at once. Immutable and thread-safe.
 *
 * @param value the id, not blank
 */
public record IncentiveId(@CatalogId String value) implements Comparable<IncentiveId> {

    /**
     * Checks that the id is not blank.
     *
     * @throws NullPointerException     when it is null
     * @throws IllegalArgumentException when it is blank
     */
    public IncentiveId {
        Ids.check(value, "Incentive");
    }

    /**
     * Creates an id from text as a person typed it: trimmed and upper-cased.
     *
     * @param text the text, not null
     * @return the id, never null
     */
    public static IncentiveId of(String text) {
        return new IncentiveId(Ids.canonical(text));
    }

    @Override
    public int compareTo(IncentiveId other) {
        return value.compareTo(other.value);
    }

    /** Gives the id itself. */
    @Override
    public String toString() {
        return value;
    }
}
