package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.internal.FileFormat;
import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import ir.anzali.investment.catalog.csv.internal.Source;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ImportSource} made ready to read: its format — a CSV file, a workbook, or a format that is
 * refused — told by its content, not its name ({@link FileFormat}); and for a stream that must be read
 * twice or is a container (a workbook, which is read by random access, or another zip archive or
 * compound file, whose entries tell its format), a copy in a temporary file readable by its owner
 * only, deleted on close. A workbook is opened — and its archive checked — once however many times
 * it is read ({@link #once}), and closed on close. Not thread-safe: one import uses it.
 */
final class Opened implements Closeable {

    private final String name;
    private final @Nullable Path path;
    private final boolean spooled;
    private final @Nullable Source stream;
    private final FileFormat format;
    private WorkbookReader.@Nullable Workbook book;
    private @Nullable WorkbookException failure;

    private Opened(String name, @Nullable Path path, boolean spooled, @Nullable Source stream, FileFormat format) {
        this.name = name;
        this.path = path;
        this.spooled = spooled;
        this.stream = stream;
        this.format = format;
    }

    /**
     * Makes a file ready to read.
     *
     * @param file  the file
     * @param twice whether it will be read twice, so that a stream must be copied to a file
     * @return the file, to be closed
     * @throws IOException when the file cannot be read or a stream cannot be copied
     */
    static Opened of(ImportSource file, boolean twice) throws IOException {
        Path path = file.path();
        if (path != null) {
            return new Opened(file.name(), path, false, null, FileFormat.of(path));
        }
        BufferedInputStream in = new BufferedInputStream(file.source().open());
        in.mark(FileFormat.HEAD_BYTES);
        byte[] head = in.readNBytes(FileFormat.HEAD_BYTES);
        in.reset();
        FileFormat first = FileFormat.ofHead(head, head.length);
        boolean container = first == FileFormat.WORKBOOK || first == FileFormat.OFFICE_97;
        if (!first.readable() && !container) {
            // Refused by its first bytes: nothing more of it is read.
            in.close();
            return new Opened(file.name(), null, false, null, first);
        }
        if (!container && !twice) {
            return new Opened(file.name(), null, false, Source.of(in, file.name()), first);
        }
        Path copy = PrivateFiles.create(Path.of(System.getProperty("java.io.tmpdir")), "catalog-upload-",
                container ? ".bin" : ".csv");
        try (in) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return new Opened(file.name(), copy, true, null, container ? FileFormat.of(copy) : first);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** The name its report gives it. */
    String name() {
        return name;
    }

    /** Whether it is a workbook rather than a CSV file. */
    boolean workbook() {
        return format == FileFormat.WORKBOOK;
    }

    /** Its format, told by its content. */
    FileFormat format() {
        return format;
    }

    /** The file on disk, or null for a stream read once. */
    @Nullable Path path() {
        return path;
    }

    /** Its bytes, as a CSV file's are read. */
    Source source() {
        return stream != null ? stream : Source.of(java.util.Objects.requireNonNull(path), name);
    }

    /**
     * A reader that opens this workbook with {@code reader} the first time it is asked and gives
     * that same open workbook, or the same failure, every time after; closing what it gives closes
     * nothing, the workbook is closed with this file.
     */
    WorkbookReader once(WorkbookReader reader) {
        return (file, limits) -> {
            if (failure != null) {
                throw failure;
            }
            if (book == null) {
                try {
                    book = reader.open(file, limits);
                } catch (WorkbookException e) {
                    failure = e;
                    throw e;
                }
            }
            WorkbookReader.Workbook open = book;
            return new WorkbookReader.Workbook() {
                @Override
                public List<String> sheets() {
                    return open.sheets();
                }

                @Override
                public WorkbookReader.Rows rows(String sheet) throws IOException {
                    return open.rows(sheet);
                }

                @Override
                public void close() {
                    // Closed with the file.
                }
            };
        };
    }

    @Override
    public void close() throws IOException {
        try {
            if (book != null) {
                book.close();
            }
        } finally {
            if (spooled && path != null) {
                Files.deleteIfExists(path);
            }
        }
    }
}
