package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A workbook's shared strings, held compactly: each string's UTF-8 bytes one after the other and
 * an index of where each starts. Up to {@link #HEAP_BYTES} the bytes stay in the heap; past that
 * they go to a temporary file, owner-only from its creation, which is mapped into memory outside the
 * heap and deleted as soon as it is mapped (or, where the system keeps a mapped file, when the table
 * is closed). So three million short strings, or a sheet of distinct text, cost the heap their index
 * only: four bytes a string. A string is decoded each time it is asked for, except through a
 * {@link Lookup}, which one thread uses for a batch of rows and which keeps the last short string
 * asked for at each of {@value #RECENT} places, so that the codes a sheet repeats row after row are
 * decoded about once a batch. Built on one thread ({@link Builder}); once built, thread-safe until
 * closed.
 */
final class SharedStrings implements Closeable {

    /** The most bytes of strings kept in the heap. */
    static final int HEAP_BYTES = 8 << 20;

    /** How many decoded strings a {@link Lookup} keeps: a power of two. */
    static final int RECENT = 2048;
    /** The longest string kept decoded, in bytes. */
    static final int RECENT_BYTES = 64;

    private static final SharedStrings NONE = new SharedStrings(new int[] {0}, 0, ByteBuffer.allocate(0), null);

    private final int[] starts;
    private final int count;
    private final ByteBuffer bytes;
    private @Nullable Path file;

    private SharedStrings(int[] starts, int count, ByteBuffer bytes, @Nullable Path file) {
        this.starts = starts;
        this.count = count;
        this.bytes = bytes;
        this.file = file;
    }

    /** A workbook without shared strings. */
    static SharedStrings none() {
        return NONE;
    }

    /** How many strings there are. */
    int size() {
        return count;
    }

    /**
     * A string, decoded anew.
     *
     * @param index its 0-based index
     * @return the string, or null when there is no such string
     */
    @Nullable String get(int index) {
        return index < 0 || index >= count ? null : decode(starts[index], starts[index + 1] - starts[index]);
    }

    private String decode(int from, int length) {
        if (bytes.hasArray()) {
            return new String(bytes.array(), bytes.arrayOffset() + from, length, StandardCharsets.UTF_8);
        }
        byte[] utf8 = new byte[length];
        bytes.get(from, utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * A lookup for one thread, for a batch of rows.
     *
     * @return a new lookup, never null
     */
    Lookup lookup() {
        return new Lookup();
    }

    /**
     * The strings as one thread looks them up for a batch of rows: a string of at most
     * {@value #RECENT_BYTES} bytes is kept at place {@code index % RECENT} until another takes that
     * place, so that the codes the rows repeat are decoded once; a longer one is decoded each time.
     * Not thread-safe: what it keeps is plain arrays, which no other thread sees.
     */
    final class Lookup {
        /** One more than the index of the string kept at each place, 0 for none. */
        private final int[] kept = new int[RECENT];
        private final String[] texts = new String[RECENT];

        private Lookup() {
        }

        /**
         * A string.
         *
         * @param index its 0-based index
         * @return the string, or null when there is no such string
         */
        @Nullable String get(int index) {
            if (index < 0 || index >= count) {
                return null;
            }
            int from = starts[index];
            int length = starts[index + 1] - from;
            if (length > RECENT_BYTES) {
                return decode(from, length);
            }
            int slot = index & (RECENT - 1);
            if (kept[slot] == index + 1) {
                return texts[slot];
            }
            String text = decode(from, length);
            kept[slot] = index + 1;
            texts[slot] = text;
            return text;
        }
    }

    /** Deletes the temporary file, if it is still there. */
    @Override
    public void close() throws IOException {
        Path left = file;
        file = null;
        if (left != null) {
            PrivateFiles.delete(left);
        }
    }

    /** Gathers the strings in order, then builds the table. Not thread-safe. */
    static final class Builder implements Closeable {
        private final Path directory;
        private int[] starts = new int[1024];
        private int count;
        private byte[] heap = new byte[1 << 16];
        private long length;
        private @Nullable Path file;
        private @Nullable OutputStream out;
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        /** A string's bytes as they are encoded. */
        private ByteBuffer encoded = ByteBuffer.allocate(256);

        /**
         * A builder.
         *
         * @param directory where a temporary file goes when the strings outgrow the heap's share
         */
        Builder(Path directory) {
            this.directory = directory;
        }

        /**
         * Adds the next string.
         *
         * @throws IOException when the temporary file cannot be written, or the strings pass 2 GiB
         */
        void add(String s) throws IOException {
            add(CharBuffer.wrap(s));
        }

        /**
         * Adds the next string, encoded from its characters without a string between; a lone
         * surrogate is written {@code ?}, as {@link String#getBytes} writes it.
         *
         * @param s its characters, read to their end
         * @throws IOException when the temporary file cannot be written, or the strings pass 2 GiB
         */
        void add(CharBuffer s) throws IOException {
            // A character of UTF-16 takes at most three bytes of UTF-8; a pair of surrogates four.
            if (encoded.capacity() < 3 * s.remaining()) {
                encoded = ByteBuffer.allocate(Math.max(3 * s.remaining(), 2 * encoded.capacity()));
            }
            encoded.clear();
            utf8.reset();
            utf8.encode(s, encoded, true);
            utf8.flush(encoded);
            int n = encoded.position();
            if (length + n > Integer.MAX_VALUE - 8) {
                throw new IOException("the shared strings pass 2 GiB");
            }
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
            }
            starts[count] = (int) length;
            count++;
            if (out == null && length + n > HEAP_BYTES) {
                file = PrivateFiles.create(directory, "catalog-strings-", ".bin");
                out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
                out.write(heap, 0, (int) length);
                heap = new byte[0];
            }
            if (out != null) {
                out.write(encoded.array(), 0, n);
            } else {
                if (length + n > heap.length) {
                    heap = Arrays.copyOf(heap, (int) Math.min(HEAP_BYTES, Math.max(2L * heap.length, length + n)));
                }
                System.arraycopy(encoded.array(), 0, heap, (int) length, n);
            }
            length += n;
        }

        /** The table of the strings added; the builder is done with. */
        SharedStrings build() throws IOException {
            starts[count] = (int) length;
            OutputStream written = out;
            Path spilled = file;
            if (written == null || spilled == null) {
                return new SharedStrings(starts, count, ByteBuffer.wrap(heap, 0, (int) length).slice(), null);
            }
            written.close();
            out = null;
            ByteBuffer mapped;
            try (FileChannel channel = FileChannel.open(spilled, StandardOpenOption.READ)) {
                mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, length);
            }
            file = null;
            SharedStrings table = new SharedStrings(starts, count, mapped, spilled);
            try {
                table.close();
            } catch (IOException e) {
                // A system that keeps a mapped file from being deleted: the table deletes it when closed.
                table.file = spilled;
            }
            return table;
        }

        /** Deletes the temporary file of a table not built. */
        @Override
        public void close() throws IOException {
            try {
                if (out != null) {
                    out.close();
                }
            } finally {
                out = null;
                if (file != null) {
                    PrivateFiles.delete(file);
                    file = null;
                }
            }
        }
    }
}
