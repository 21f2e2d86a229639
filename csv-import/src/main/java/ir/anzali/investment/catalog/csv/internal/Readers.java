package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** The record readers: those installed, looked up once, and the one that reads a file. */
public final class Readers {

    private Readers() {
    }

    /** Loaded on first use, once for every importer. */
    private static final class Installed {
        static final List<RecordReader> ALL = ServiceLoader.load(RecordReader.class, RecordReader.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * The readers installed as services: the workbook module's, when it is there, and any other jar's.
     *
     * @return the readers, looked up the first time and the same list after, unmodifiable, never null
     */
    public static List<RecordReader> installed() {
        return Installed.ALL;
    }

    /**
     * A file's first bytes, as {@link RecordReader#reads} is shown them.
     *
     * @param file the file, not null
     * @return up to {@link RecordReader#HEAD_BYTES} bytes, fewer for a shorter file, never null
     * @throws IOException when the file cannot be read
     */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(RecordReader.HEAD_BYTES);
        }
    }

    /**
     * The first reader that claims a file by its first bytes.
     *
     * @param readers the readers, in order of preference
     * @param head    the file's first bytes, up to {@link RecordReader#HEAD_BYTES}
     * @return the reader, or null when none claims it
     */
    public static @Nullable RecordReader of(List<RecordReader> readers, byte[] head) {
        for (RecordReader reader : readers) {
            // Each reader sees its own copy, so that none can change what the next one sees.
            if (reader.reads(Arrays.copyOf(head, head.length), head.length)) {
                return reader;
            }
        }
        return null;
    }
}
