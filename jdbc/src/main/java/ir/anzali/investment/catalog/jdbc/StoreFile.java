package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.csv.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of an import into a {@link CatalogStore}: its bytes, its name and what it holds. The store
 * reads the bytes once and closes them. Immutable; the stream is the caller's until it is imported.
 *
 * @param in   the bytes of the CSV file or workbook, not null
 * @param name the file's name, for the report and the import log, not null
 * @param kind what it holds, not null
 */
public record StoreFile(InputStream in, String name, Kind kind) {

    /** Checks that every component is given. */
    public StoreFile {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A file on disk, opened now and named by its file name.
     *
     * @param file the CSV file or workbook, not null
     * @param kind what it holds, not null
     * @return the file, never null
     * @throws IOException when the file cannot be opened
     */
    public static StoreFile of(Path file, Kind kind) throws IOException {
        Path name = file.getFileName();
        return new StoreFile(Files.newInputStream(file), name == null ? file.toString() : name.toString(), kind);
    }
}
