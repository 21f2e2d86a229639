package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.internal.Source;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file for {@link CatalogImporter} to read, CSV or workbook: a path, which may be read any number of times, or a
 * stream with the name its report gives it — an upload received by a web application, say — which
 * is read once and closed. Immutable; a stream's {@code ImportSource} serves one call.
 */
public final class ImportSource {

    private final @Nullable Path path;
    private final @Nullable Source stream;
    private final String name;

    private ImportSource(@Nullable Path path, @Nullable InputStream stream, String name) {
        this.path = path;
        this.stream = stream == null ? null : Source.of(stream, name);
        this.name = name;
    }

    /**
     * A file on disk, named in its report by its file name.
     *
     * @param file the file, not null
     * @return the file, never null
     */
    public static ImportSource of(Path file) {
        Path name = file.getFileName();
        return new ImportSource(file, null, name == null ? file.toString() : name.toString());
    }

    /**
     * A stream, such as an upload, read once and closed.
     *
     * @param in   the bytes, not null
     * @param name the name its report gives it, such as the uploaded file's name, not null
     * @return the file, never null
     */
    public static ImportSource of(InputStream in, String name) {
        return new ImportSource(null, Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"));
    }

    /**
     * The name its report gives it.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /** The file on disk, or null for a stream. */
    @Nullable Path path() {
        return path;
    }

    /** The bytes to read; a stream's may be opened once. */
    Source source() {
        return stream != null ? stream : Source.of(Objects.requireNonNull(path), name);
    }
}
