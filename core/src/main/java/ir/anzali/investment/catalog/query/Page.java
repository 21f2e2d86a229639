package ir.anzali.investment.catalog.query;

import java.util.List;

/**
 * One page of query results. Immutable and thread-safe.
 *
 * @param items the items of this page, in order, not null
 * @param total how many items match in all
 * @param page  the page number, from 0
 * @param size  the largest number of items a page holds
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The number of pages.
     *
     * @return at least 1
     */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
