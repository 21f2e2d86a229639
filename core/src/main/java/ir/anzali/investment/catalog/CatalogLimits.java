package ir.anzali.investment.catalog;

/**
 * How much a reading that builds a whole catalog in memory may take in: at most so many
 * opportunities, so many incentives and so many bytes of input. An import into a catalog and the
 * reading of a catalog document check them while they read, and stop at the first item or byte past
 * a limit with an error that names it, so that a file too large for the heap ends with that error,
 * never with {@code OutOfMemoryError}. Reading that streams items to the caller holds none of them
 * and needs no count limit.
 *
 * <p>The defaults ({@link #DEFAULT}, {@link #forHeap(long)}) follow from a measurement: a typical
 * opportunity (every column filled, Persian and English text) takes about 1,840 bytes of heap once in
 * a catalog. Counting {@value #HEAP_BYTES_PER_OPPORTUNITY} bytes per opportunity leaves room for the
 * list being imported and the merged catalog at once; so a heap of H bytes allows H / 4 KiB
 * opportunities (65,536 in 256 MiB), H / 64 KiB incentives (4,096), of which a catalog holds tens,
 * and H / 2 bytes of input (128 MiB), more than those rows take as CSV (about 600 bytes a row) or
 * JSON (about 1,250), so that the counts, which say more, are met first.
 *
 * @param maxOpportunities the most opportunities read, at least 1
 * @param maxIncentives    the most incentives read, at least 1
 * @param maxBytes         the most bytes of input read, at least 1
 */
public record CatalogLimits(long maxOpportunities, long maxIncentives, long maxBytes) {

    /** The heap counted for one opportunity in {@link #forHeap(long)}: 4 KiB. */
    public static final long HEAP_BYTES_PER_OPPORTUNITY = 4 * 1024;

    /**
     * The limits for a heap of 256 MiB: 65,536 opportunities, 4,096 incentives and 128 MiB of
     * input. The importer's default.
     */
    public static final CatalogLimits DEFAULT = forHeap(256L * 1024 * 1024);

    /** No limit: every count and size allowed, as for a caller that bounds its input itself. */
    public static final CatalogLimits NONE = new CatalogLimits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    /**
     * Checks that each limit is positive.
     *
     * @throws IllegalArgumentException when a limit is less than 1
     */
    public CatalogLimits {
        if (maxOpportunities < 1 || maxIncentives < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Catalog limits must be at least 1: opportunities " + maxOpportunities
                    + ", incentives " + maxIncentives + ", bytes " + maxBytes);
        }
    }

    /**
     * The limits for a heap of a size, as the class describes: one opportunity per 4 KiB, one
     * incentive per 64 KiB, and half the heap in bytes of input.
     *
     * @param heapBytes the heap's size in bytes, such as {@code Runtime.getRuntime().maxMemory()}; at
     *                  least 64 KiB
     * @return the limits, never null
     * @throws IllegalArgumentException when the heap is smaller than 64 KiB
     */
    public static CatalogLimits forHeap(long heapBytes) {
        if (heapBytes < 64 * 1024) {
            throw new IllegalArgumentException("The heap must be at least 64 KiB: " + heapBytes);
        }
        return new CatalogLimits(heapBytes / HEAP_BYTES_PER_OPPORTUNITY, heapBytes / (16 * HEAP_BYTES_PER_OPPORTUNITY),
                heapBytes / 2);
    }

    /**
     * These limits with another maximum of opportunities.
     *
     * @param value at least 1
     * @return the limits, never null
     * @throws IllegalArgumentException when less than 1
     */
    public CatalogLimits withMaxOpportunities(long value) {
        return new CatalogLimits(value, maxIncentives, maxBytes);
    }

    /**
     * These limits with another maximum of incentives.
     *
     * @param value at least 1
     * @return the limits, never null
     * @throws IllegalArgumentException when less than 1
     */
    public CatalogLimits withMaxIncentives(long value) {
        return new CatalogLimits(maxOpportunities, value, maxBytes);
    }

    /**
     * These limits with another maximum of bytes of input.
     *
     * @param value at least 1
     * @return the limits, never null
     * @throws IllegalArgumentException when less than 1
     */
    public CatalogLimits withMaxBytes(long value) {
        return new CatalogLimits(maxOpportunities, maxIncentives, value);
    }
}
