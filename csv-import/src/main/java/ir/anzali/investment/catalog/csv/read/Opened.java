package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.internal.FileFormat;
import ir.anzali.investment.catalog.csv.internal.Interrupts;
import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import ir.anzali.investment.catalog.csv.internal.Settings;
import ir.anzali.investment.catalog.csv.internal.Source;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ImportSource} made ready to read: its format — a CSV file, a workbook, or a format that is
 * refused — told by its content, not its name ({@link FileFormat}); and for a stream that must be read
 * twice or is a container (a workbook, which is read by random access, or another zip archive or
 * compound file, whose entries tell its format), a copy in a temporary file, owner-only from its
 * creation and written in place, held open and locked while in use and deleted on close, and on every
 * failure of the copy. A copy left by a process that crashed is removed by the next copy made in the
 * same folder once it is a day old, if it belongs to the same user and no process holds it locked. A
 * workbook is opened — and its archive checked — once however many times it is read ({@link #once}),
 * and closed on close. Not thread-safe: one import uses it.
 */
final class Opened implements Closeable {

    /** The start of the names of copies, for finding leftovers. */
    static final String PREFIX = "catalog-upload-";
    private static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    private final ImportSource file;
    private final @Nullable Path path;
    private final @Nullable FileChannel copy;
    private final @Nullable Source stream;
    private final FileFormat format;
    private WorkbookReader.@Nullable Workbook book;
    private @Nullable WorkbookException failure;

    private Opened(ImportSource file, @Nullable Path path, @Nullable FileChannel copy, @Nullable Source stream,
            FileFormat format) {
        this.file = file;
        this.path = path;
        this.copy = copy;
        this.stream = stream;
        this.format = format;
    }

    /**
     * Makes a file ready to read.
     *
     * @param file      the file
     * @param twice     whether it will be read twice, so that a stream must be copied to a file
     * @param temporary the folder of copies
     * @return the file, to be closed
     * @throws IOException when the file cannot be read or a stream cannot be copied, or the thread was
     *                     interrupted while copying ({@link InterruptedIOException})
     */
    static Opened of(ImportSource file, boolean twice, Path temporary) throws IOException {
        Path path = file.path();
        if (path != null) {
            return new Opened(file, path, null, null, FileFormat.of(path));
        }
        BufferedInputStream in = new BufferedInputStream(file.source().open());
        FileFormat first;
        try {
            in.mark(FileFormat.HEAD_BYTES);
            byte[] head = in.readNBytes(FileFormat.HEAD_BYTES);
            in.reset();
            first = FileFormat.ofHead(head, head.length);
        } catch (IOException | RuntimeException | Error e) {
            in.close();
            throw e;
        }
        boolean container = first == FileFormat.WORKBOOK || first == FileFormat.OFFICE_97;
        if (!first.readable() && !container) {
            // Refused by its first bytes: nothing more of it is read.
            in.close();
            return new Opened(file, null, null, null, first);
        }
        if (!container && !twice) {
            return new Opened(file, null, null, Source.of(in, file.name()), first);
        }
        return spool(in, file, container ? null : first, temporary);
    }

    /**
     * Copies a stream into a new owner-only file, removing the file on every failure; closes the stream.
     *
     * @param known the format, or null for a container, whose format its entries tell
     */
    private static Opened spool(InputStream in, ImportSource file, @Nullable FileFormat known, Path temporary)
            throws IOException {
        Path copy = null;
        FileChannel channel = null;
        try {
            try (in) {
                copy = PrivateFiles.create(temporary, PREFIX, known == null ? ".bin" : ".csv");
                channel = PrivateFiles.openLocked(copy);
                write(in, channel);
            }
            return new Opened(file, copy, channel, null, known != null ? known : FileFormat.of(copy));
        } catch (IOException | RuntimeException | Error e) {
            discard(channel, copy, e);
            throw e;
        } finally {
            if (copy != null) {
                PrivateFiles.removeLeftovers(temporary, PREFIX + "*", LEFTOVER_AGE, copy);
            }
        }
    }

    /** Writes a stream into the file created for it, stopping when the thread is interrupted. */
    private static void write(InputStream in, FileChannel channel) throws IOException {
        Interrupts.copy(in, Channels.newOutputStream(channel));
    }

    /** Closes and deletes a copy after a failure, keeping the failure as the exception thrown. */
    private static void discard(@Nullable FileChannel channel, @Nullable Path copy, Throwable failure) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        try {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The importer's settings with the file's own encoding and delimiter where given. */
    Settings reading(Settings importer) {
        return file.reading(importer);
    }

    /** The name its report gives it. */
    String name() {
        return file.name();
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
        return stream != null ? stream : Source.of(Objects.requireNonNull(path), file.name());
    }

    /**
     * A reader that opens this workbook with {@code reader} the first time it is asked and gives
     * that same open workbook, or the same failure, every time after; closing what it gives closes
     * nothing, the workbook is closed with this file.
     */
    WorkbookReader once(WorkbookReader reader) {
        return (file, limits, temporary) -> {
            if (failure != null) {
                throw failure;
            }
            if (book == null) {
                try {
                    book = reader.open(file, limits, temporary);
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
            if (copy != null) {
                try {
                    copy.close();
                } finally {
                    Files.deleteIfExists(Objects.requireNonNull(path));
                }
            }
        }
    }
}
