package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The ids seen in a file and the line each was first seen on, in bounded heap whatever their number.
 * Open addressing on 64-bit hashes; a hash match is confirmed by comparing the ids themselves, so two
 * different ids that share a hash are never taken for a duplicate.
 *
 * <p>Up to a fixed budget (by default 2¹⁸ slots, at most 196,608 ids and 3 Mi characters of them:
 * about 10 MiB of heap) the table and the ids are kept in the heap. Past it, the index moves to two
 * temporary files, owner-only from their creation: the table, memory-mapped (16 bytes a slot, at most
 * three-quarters full, outside the Java heap), and the ids, appended to a file and read back only to
 * confirm a hash match. {@link #close()} deletes them; it must be called on every path. Not
 * thread-safe.
 */
final class IdIndex implements AutoCloseable {

    /** The default heap budget, in slots of the in-heap table. */
    static final int HEAP_SLOTS = 1 << 18;
    /** Characters of ids kept in the heap per slot of the budget. */
    private static final int CHARS_PER_SLOT = 12;
    /** Slots per mapped region: 2²⁶ slots of 16 bytes, 1 GiB, within what one mapping can hold. */
    private static final int REGION_SHIFT = 26;
    private static final int SLOT_BYTES = 16;
    private static final int WRITE_BUFFER = 64 * 1024;

    private final int heapSlots;
    private final Path directory;
    private final ToLongFunction<String> hasher;

    // In heap, up to the budget: the hash, the line and where the id starts in the pool of characters.
    private long[] hashes = new long[1024];
    private int[] lines = new int[1024];
    private int[] starts = new int[1024];
    private char[] pool = new char[16 * 1024];
    private int poolSize;
    private int size;

    // Past the budget: the mapped table and the file of ids, or null while in heap.
    private @Nullable Spill spill;

    /** An index with the default heap budget, spilling into a folder of temporary files. */
    IdIndex(Path directory) {
        this(HEAP_SLOTS, directory, IdIndex::hash);
    }

    /**
     * An index with a heap budget, spilling into a folder, with a hash function.
     *
     * @param heapSlots the in-heap table's largest size, a power of two of at least 16
     * @param directory where the temporary files go
     * @param hasher    the hash of an id
     */
    IdIndex(int heapSlots, Path directory, ToLongFunction<String> hasher) {
        if (heapSlots < 16 || Integer.bitCount(heapSlots) != 1) {
            throw new IllegalArgumentException("heapSlots must be a power of two of at least 16: " + heapSlots);
        }
        this.heapSlots = heapSlots;
        this.directory = directory;
        this.hasher = hasher;
        int initial = Math.min(heapSlots, 1024);
        hashes = new long[initial];
        lines = new int[initial];
        starts = new int[initial];
    }

    /**
     * Adds an id seen on a line.
     *
     * @return the line the id was first seen on, or -1 when it is new
     * @throws IOException when the temporary files cannot be written or read
     */
    long add(String id, long line) throws IOException {
        long h = hasher.applyAsLong(id);
        if (h == 0) {
            h = 1;
        }
        if (spill != null) {
            return spill.add(id, h, line);
        }
        if (size * 4L >= hashes.length * 3L || poolSize + id.length() + 2L > pool.length) {
            if (!growInHeap(id.length())) {
                spill = spillAll();
                return spill.add(id, h, line);
            }
        }
        int mask = hashes.length - 1;
        int i = slot(h) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h && sameInPool(starts[i], id)) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
        starts[i] = poolSize;
        pool[poolSize++] = (char) (id.length() >>> 16);
        pool[poolSize++] = (char) id.length();
        id.getChars(0, id.length(), pool, poolSize);
        poolSize += id.length();
        size++;
        return -1;
    }

    /** Makes room in the heap for one more id, within the budget; false when the budget is spent. */
    private boolean growInHeap(int idLength) {
        long charsNeeded = poolSize + idLength + 2L;
        if (charsNeeded > pool.length) {
            long limit = (long) heapSlots * CHARS_PER_SLOT;
            if (charsNeeded > limit) {
                return false;
            }
            pool = Arrays.copyOf(pool, (int) Math.min(limit, Math.max(charsNeeded, pool.length * 2L)));
        }
        if (size * 4L < hashes.length * 3L) {
            return true;
        }
        if (hashes.length >= heapSlots) {
            return false;
        }
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        int[] oldStarts = starts;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        starts = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            long h = oldHashes[k];
            if (h != 0) {
                int i = slot(h) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[k];
                starts[i] = oldStarts[k];
            }
        }
        return true;
    }

    private boolean sameInPool(int start, String id) {
        int length = pool[start] << 16 | pool[start + 1];
        if (length != id.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (pool[start + 2 + k] != id.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Moves every id of the heap to the temporary files, and frees the heap's arrays. */
    private Spill spillAll() throws IOException {
        Spill s = new Spill(directory, (long) hashes.length * 2);
        try {
            for (int k = 0; k < hashes.length; k++) {
                if (hashes[k] != 0) {
                    int start = starts[k];
                    int length = pool[start] << 16 | pool[start + 1];
                    s.append(hashes[k], lines[k], new String(pool, start + 2, length));
                }
            }
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        hashes = new long[0];
        lines = new int[0];
        starts = new int[0];
        pool = new char[0];
        return s;
    }

    /** Whether the index has moved to its temporary files. */
    boolean spilled() {
        return spill != null;
    }

    /** Deletes the temporary files, if any. The index must not be used afterwards. */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            Spill s = spill;
            spill = null;
            s.close();
        }
    }

    private static int slot(long h) {
        return (int) (h ^ (h >>> 32));
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

    /**
     * The index past the heap budget: a memory-mapped open-addressing table of 16-byte slots (the hash,
     * then one more than where the id's record starts in the file of ids, 0 marking an empty slot), and
     * the file of ids, each record its line (8 bytes), its length (4) and its characters (2 each).
     */
    private static final class Spill {
        private final Path directory;
        private final List<Path> files = new ArrayList<>();
        private final FileChannel ids;
        private final ByteBuffer pending = ByteBuffer.allocate(WRITE_BUFFER);
        private long written;
        private Table table;
        private long size;

        Spill(Path directory, long capacity) throws IOException {
            this.directory = directory;
            try {
                Path idsFile = create("ids");
                ids = FileChannel.open(idsFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                table = new Table(create("table"), capacity);
            } catch (IOException | RuntimeException e) {
                deleteAll();
                throw e;
            }
        }

        private Path create(String what) throws IOException {
            Path file = PrivateFiles.create(directory, "catalog-ids-", "." + what);
            files.add(file);
            return file;
        }

        long add(String id, long h, long line) throws IOException {
            if (size * 4 >= table.capacity * 3) {
                grow();
            }
            long mask = table.capacity - 1;
            long i = slot(h) & mask;
            for (long ref = table.ref(i); ref != 0; ref = table.ref(i)) {
                if (table.hash(i) == h) {
                    long first = lineIfSame(ref - 1, id);
                    if (first >= 0) {
                        return first;
                    }
                }
                i = (i + 1) & mask;
            }
            table.put(i, h, appendId(line, id) + 1);
            size++;
            return -1;
        }

        /** Adds an id moved from the heap, known to be new. */
        void append(long h, long line, String id) throws IOException {
            if (size * 4 >= table.capacity * 3) {
                grow();
            }
            long mask = table.capacity - 1;
            long i = slot(h) & mask;
            while (table.ref(i) != 0) {
                i = (i + 1) & mask;
            }
            table.put(i, h, appendId(line, id) + 1);
            size++;
        }

        private void grow() throws IOException {
            Table old = table;
            Table bigger = new Table(create("table"), old.capacity * 2);
            long mask = bigger.capacity - 1;
            for (long k = 0; k < old.capacity; k++) {
                long ref = old.ref(k);
                if (ref != 0) {
                    long h = old.hash(k);
                    long i = slot(h) & mask;
                    while (bigger.ref(i) != 0) {
                        i = (i + 1) & mask;
                    }
                    bigger.put(i, h, ref);
                }
            }
            table = bigger;
            old.close();
            try {
                PrivateFiles.delete(old.file);
                files.remove(old.file);
            } catch (IOException e) {
                // A mapped file cannot be deleted on some systems while its mapping lives: close retries.
            }
        }

        /** Appends an id's record; returns where it starts. */
        private long appendId(long line, String id) throws IOException {
            int bytes = 12 + 2 * id.length();
            if (pending.remaining() < bytes) {
                flush();
            }
            long at = written + pending.position();
            if (bytes > pending.capacity()) {
                ByteBuffer one = ByteBuffer.allocate(bytes);
                put(one, line, id);
                one.flip();
                writeFully(one);
                return at;
            }
            put(pending, line, id);
            return at;
        }

        private static void put(ByteBuffer out, long line, String id) {
            out.putLong(line).putInt(id.length());
            for (int k = 0; k < id.length(); k++) {
                out.putChar(id.charAt(k));
            }
        }

        private void flush() throws IOException {
            pending.flip();
            writeFully(pending);
            pending.clear();
        }

        private void writeFully(ByteBuffer buffer) throws IOException {
            while (buffer.hasRemaining()) {
                written += ids.write(buffer, written);
            }
        }

        /** The line of the id whose record starts at {@code at} when it is {@code id}, else -1. */
        private long lineIfSame(long at, String id) throws IOException {
            if (at + 12 + 2L * id.length() > written) {
                flush();
            }
            ByteBuffer record = ByteBuffer.allocate(12 + 2 * id.length());
            while (record.hasRemaining()) {
                if (ids.read(record, at + record.position()) < 0) {
                    break;
                }
            }
            record.flip();
            if (record.remaining() < 12) {
                return -1;
            }
            long line = record.getLong();
            if (record.getInt() != id.length() || record.remaining() != 2 * id.length()) {
                return -1;
            }
            for (int k = 0; k < id.length(); k++) {
                if (record.getChar() != id.charAt(k)) {
                    return -1;
                }
            }
            return line;
        }

        void close() throws IOException {
            try {
                ids.close();
                if (table != null) {
                    table.close();
                }
            } finally {
                deleteAll();
            }
        }

        private void deleteAll() throws IOException {
            IOException failure = null;
            for (Path file : files) {
                try {
                    PrivateFiles.delete(file);
                } catch (IOException e) {
                    // A mapped file cannot be deleted on some systems while its mapping lives: it is
                    // deleted again when the program ends.
                    failure = failure == null ? e : failure;
                }
            }
            files.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A table of slots mapped from a file, in regions of 2²⁶ slots. */
    private static final class Table {
        final Path file;
        final long capacity;
        private final FileChannel channel;
        private final MappedByteBuffer[] regions;

        Table(Path file, long capacity) throws IOException {
            this.file = file;
            this.capacity = capacity;
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long regionSlots = 1L << REGION_SHIFT;
            int count = (int) ((capacity + regionSlots - 1) >>> REGION_SHIFT);
            regions = new MappedByteBuffer[count];
            for (int r = 0; r < count; r++) {
                long slots = Math.min(regionSlots, capacity - r * regionSlots);
                regions[r] = channel.map(FileChannel.MapMode.READ_WRITE, r * regionSlots * SLOT_BYTES,
                        slots * SLOT_BYTES);
            }
        }

        long hash(long i) {
            return regions[(int) (i >>> REGION_SHIFT)].getLong((int) (i & ((1L << REGION_SHIFT) - 1)) * SLOT_BYTES);
        }

        long ref(long i) {
            return regions[(int) (i >>> REGION_SHIFT)]
                    .getLong((int) (i & ((1L << REGION_SHIFT) - 1)) * SLOT_BYTES + 8);
        }

        void put(long i, long h, long ref) {
            MappedByteBuffer region = regions[(int) (i >>> REGION_SHIFT)];
            int at = (int) (i & ((1L << REGION_SHIFT) - 1)) * SLOT_BYTES;
            region.putLong(at, h);
            region.putLong(at + 8, ref);
        }

        void close() throws IOException {
            channel.close();
        }
    }
}
