package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file's bytes come from: a path, which can be read more than once, or a stream, which
 * cannot.
 */
public interface Source {

    /**
     * The name the report uses.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Opens the bytes.
     *
     * @return a new stream, or the stream once for a one-shot source
     * @throws IOException when the bytes cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * The size in bytes.
     *
     * @return the size, or -1 when unknown
     */
    long size();

    /**
     * Whether {@link #open()} may be called again.
     *
     * @return true for a path
     */
    boolean reopenable();

    /**
     * A file, named in the report by its file name.
     *
     * @param file the file, not null
     * @return the source, never null
     */
    static Source of(Path file) {
        Path name = file.getFileName();
        return of(file, name == null ? file.toString() : name.toString());
    }

    /**
     * A file, named in the report as given: an upload kept in a temporary file keeps its own name.
     *
     * @param file the file, not null
     * @param name the name for the report, not null
     * @return the source, never null
     */
    static Source of(Path file, String name) {
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public boolean reopenable() {
                return true;
            }
        };
    }

    /**
     * A stream, read once.
     *
     * @param in   the bytes, not null; closed when read
     * @param name the name for the report, not null
     * @return the source, never null
     */
    static Source of(InputStream in, String name) {
        return new Source() {
            private boolean opened;

            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                if (opened) {
                    throw new IOException("The stream of " + name + " can be read only once");
                }
                opened = true;
                return in;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public boolean reopenable() {
                return false;
            }
        };
    }
}
