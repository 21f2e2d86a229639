package ir.anzali.investment.catalog;

import java.util.List;

/**
 * What a merge did to one kind of item: the ids added, updated and left unchanged, each list
 * sorted. Immutable and thread-safe.
 *
 * @param added     ids that were not in the catalog, not null
 * @param updated   ids whose item changed, not null
 * @param unchanged ids whose item was already equal, not null
 * @param <I>       the kind of id
 */
public record Changes<I extends Comparable<I>>(List<I> added, List<I> updated, List<I> unchanged) {

    /** Copies the lists. */
    public Changes {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
    }
}
