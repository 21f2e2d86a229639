package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.text.Delimiter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of an import into a {@link CatalogStore}: its bytes, its name, what it holds and how it is
 * read. The store reads the bytes once and closes them. Its encoding and delimiter are detected, or
 * those given to the importer, unless given for this file alone ({@link #withEncoding},
 * {@link #withDelimiter}), as an {@link ImportSource}'s are. Immutable; the stream is the caller's
 * until it is imported.
 *
 * @param in        the bytes of the CSV file or workbook, not null
 * @param name      the file's name, for the report and the import log, not null
 * @param kind      what it holds, not null
 * @param encoding  the encoding it is read in, or null for the importer's
 * @param delimiter the delimiter it is read with, or null for the importer's
 */
public record StoreFile(InputStream in, String name, Kind kind, @Nullable Charset encoding,
        @Nullable Delimiter delimiter) {

    /** Checks that the bytes, the name and the kind are given. */
    public StoreFile {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A file read in the importer's encoding and with its delimiter, or those detected.
     *
     * @param in   the bytes of the CSV file or workbook, not null
     * @param name the file's name, for the report and the import log, not null
     * @param kind what it holds, not null
     */
    public StoreFile(InputStream in, String name, Kind kind) {
        this(in, name, kind, null, null);
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

    /**
     * This file read in an encoding, whatever the importer's.
     *
     * @param value the encoding, or null for the importer's
     * @return the same file read in that encoding, never null
     */
    public StoreFile withEncoding(@Nullable Charset value) {
        return new StoreFile(in, name, kind, value, delimiter);
    }

    /**
     * This file read with a delimiter, whatever the importer's.
     *
     * @param value the delimiter, or null for the importer's
     * @return the same file read with that delimiter, never null
     */
    public StoreFile withDelimiter(@Nullable Delimiter value) {
        return new StoreFile(in, name, kind, encoding, value);
    }

    /** The file as the importer reads it: these bytes, its name, its encoding and delimiter. */
    ImportSource source(InputStream bytes) {
        return ImportSource.of(bytes, name).withEncoding(encoding)
                .withDelimiter(delimiter == null ? null : delimiter.character());
    }
}
