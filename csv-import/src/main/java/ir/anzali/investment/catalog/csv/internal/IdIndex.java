package ir.anzali.investment.catalog.csv.internal;

/**
 * The ids seen in a file and the line each was first seen on, kept as 64-bit hashes in an
 * open-addressing table: twelve bytes a slot, so that a file of millions of rows is checked for
 * duplicates in little memory. Two different ids share a hash with a chance of about n²/2⁶⁵ (one in
 * 37 million for a million ids). Not thread-safe.
 */
final class IdIndex {

    private long[] hashes = new long[1024];
    private int[] lines = new int[1024];
    private int size;
    private int zeroLine = -1;

    /**
     * Adds an id seen on a line.
     *
     * @return the line the id was first seen on, or -1 when it is new
     */
    long add(String id, long line) {
        int at = (int) Math.min(line, Integer.MAX_VALUE);
        long h = hash(id);
        if (h == 0) {
            if (zeroLine >= 0) {
                return zeroLine;
            }
            zeroLine = at;
            return -1;
        }
        if (size * 4L >= hashes.length * 3L) {
            grow();
        }
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = at;
        size++;
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            long h = oldHashes[k];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[k];
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
