package ir.anzali.investment.catalog.csv.read;

/**
 * The ids seen in a file, kept as 64-bit hashes in an open-addressing table: eight bytes an id, so
 * that a file of millions of rows is checked for duplicates in little memory. Two different ids
 * share a hash with a chance of about n²/2⁶⁵ (one in 37 million for a million ids). Not thread-safe.
 */
final class IdSet {

    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /**
     * Adds an id.
     *
     * @return true when the id was not there yet
     */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (size * 4L >= slots.length * 3L) {
            grow();
        }
        return insert(slots, h);
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                int mask = slots.length - 1;
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = h;
            }
        }
    }

    /** A 64-bit FNV-1a hash of the characters, finished with a mixing step. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
