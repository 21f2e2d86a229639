package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.internal.Settings;
import ir.anzali.investment.catalog.csv.internal.Source;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file for {@link CatalogImporter} to read, CSV or workbook: a path, which may be read any number of times, or a
 * stream with the name its report gives it — an upload received by a web application, say — which
 * is read once and closed. Its encoding and delimiter are detected, or those given to the importer, unless
 * given for this file alone ({@link #withEncoding}, {@link #withDelimiter}): two files of one import,
 * such as the opportunities and the incentives, may differ. Immutable; a stream's {@code ImportSource}
 * serves one call.
 */
public final class ImportSource {

    private final @Nullable Path path;
    private final @Nullable Source stream;
    private final String name;
    private final @Nullable Charset encoding;
    private final @Nullable Character delimiter;

    private ImportSource(@Nullable Path path, @Nullable Source stream, String name, @Nullable Charset encoding,
            @Nullable Character delimiter) {
        this.path = path;
        this.stream = stream;
        this.name = name;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /**
     * A file on disk, named in its report by its file name.
     *
     * @param file the file, not null
     * @return the file, never null
     */
    public static ImportSource of(Path file) {
        Path name = file.getFileName();
        return new ImportSource(file, null, name == null ? file.toString() : name.toString(), null, null);
    }

    /**
     * A stream, such as an upload, read once and closed.
     *
     * @param in   the bytes, not null
     * @param name the name its report gives it, such as the uploaded file's name, not null
     * @return the file, never null
     */
    public static ImportSource of(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return new ImportSource(null, Source.of(in, name), name, null, null);
    }

    /**
     * This file read in an encoding, whatever the importer's {@link CatalogImporter.Builder#encoding encoding}.
     *
     * @param value the encoding, or null for the importer's
     * @return a source of the same file read in that encoding, never null; a stream's is still read once
     */
    public ImportSource withEncoding(@Nullable Charset value) {
        return new ImportSource(path, stream, name, value, delimiter);
    }

    /**
     * This file read with a delimiter, whatever the importer's {@link CatalogImporter.Builder#delimiter delimiter}.
     *
     * @param value {@code ,} {@code ;} tab or {@code ؛}, or null for the importer's
     * @return a source of the same file read with that delimiter, never null; a stream's is still read once
     * @throws IllegalArgumentException for another character
     */
    public ImportSource withDelimiter(@Nullable Character value) {
        return new ImportSource(path, stream, name, encoding, Settings.checkDelimiter(value));
    }

    /**
     * The name its report gives it.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /** The importer's settings with this file's own encoding and delimiter where given. */
    Settings reading(Settings importer) {
        return importer.reading(encoding, delimiter);
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
