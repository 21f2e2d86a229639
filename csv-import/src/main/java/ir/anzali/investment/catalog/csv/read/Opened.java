package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.FileFormat;
import ir.anzali.investment.catalog.csv.internal.Interrupts;
import ir.anzali.investment.catalog.csv.internal.PrivateFiles;
import ir.anzali.investment.catalog.csv.internal.Readers;
import ir.anzali.investment.catalog.csv.internal.Settings;
import ir.anzali.investment.catalog.csv.internal.Source;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
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
    private final @Nullable RecordReader reader;
    private RecordReader.@Nullable Document book;
    private @Nullable RecordException failure;

    private Opened(ImportSource file, @Nullable Path path, @Nullable FileChannel copy, @Nullable Source stream,
            FileFormat format, @Nullable RecordReader reader) {
        this.file = file;
        this.path = path;
        this.copy = copy;
        this.stream = stream;
        this.format = format;
        this.reader = reader;
    }

    /**
     * Makes a file ready to read.
     *
     * @param file      the file
     * @param twice     whether it will be read twice, so that a stream must be copied to a file
     * @param temporary the folder of copies
     * @param readers   the record readers, in order of preference
     * @return the file, to be closed
     * @throws IOException when the file cannot be read or a stream cannot be copied, or the thread was
     *                     interrupted while copying ({@link InterruptedIOException})
     */
    static Opened of(ImportSource file, boolean twice, Path temporary, List<RecordReader> readers)
            throws IOException {
        Path path = file.path();
        if (path != null) {
            FileFormat format = FileFormat.of(path);
            return new Opened(file, path, null, null, format, readerOf(format, Readers.head(path), readers));
        }
        BufferedInputStream in = new BufferedInputStream(file.source().open());
        FileFormat first;
        RecordReader reader;
        try {
            in.mark(FileFormat.HEAD_BYTES);
            byte[] head = in.readNBytes(FileFormat.HEAD_BYTES);
            in.reset();
            first = FileFormat.ofHead(head, head.length);
            reader = readerOf(first, Arrays.copyOf(head, Math.min(head.length, RecordReader.HEAD_BYTES)), readers);
        } catch (IOException | RuntimeException | Error e) {
            in.close();
            throw e;
        }
        boolean container = first == FileFormat.WORKBOOK || first == FileFormat.OFFICE_97;
        if (!first.readable() && !container) {
            // Refused by its first bytes: nothing more of it is read.
            in.close();
            return new Opened(file, null, null, null, first, null);
        }
        if (!container && !twice && reader == null) {
            return new Opened(file, null, null, Source.of(in, file.name()), first, null);
        }
        return spool(in, file, container ? null : first, temporary, reader);
    }

    /** The reader of a file of a format that is read, when one claims it. */
    private static @Nullable RecordReader readerOf(FileFormat format, byte[] head, List<RecordReader> readers) {
        return format.readable() ? Readers.of(readers, head) : null;
    }

    /**
     * Copies a stream into a new owner-only file, removing the file on every failure; closes the stream.
     *
     * @param known  the format, or null for a container, whose format its entries tell
     * @param reader the record reader that claimed it, or null
     */
    private static Opened spool(InputStream in, ImportSource file, @Nullable FileFormat known, Path temporary,
            @Nullable RecordReader reader) throws IOException {
        Path copy = null;
        FileChannel channel = null;
        try {
            try (in) {
                copy = PrivateFiles.create(temporary, PREFIX, known == null ? ".bin" : ".csv");
                channel = PrivateFiles.openLocked(copy);
                write(in, channel);
            }
            FileFormat format = known != null ? known : FileFormat.of(copy);
            return new Opened(file, copy, channel, null, format, format.readable() ? reader : null);
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
                PrivateFiles.delete(copy);
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

    /** Whether it is a zip archive read as a workbook, whether or not a reader claims it. */
    boolean workbook() {
        return format == FileFormat.WORKBOOK;
    }

    /** The record reader that reads it, told by its content; null for a CSV file or a format that is refused. */
    @Nullable RecordReader reader() {
        return reader;
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
     * A reader that opens this file with {@code reader} the first time it is asked and gives that
     * same open document, or the same failure, every time after; closing what it gives closes
     * nothing, the document is closed with this file.
     */
    RecordReader once(RecordReader reader) {
        return new RecordReader() {
            @Override
            public boolean reads(byte[] head, int length) {
                return reader.reads(head, length);
            }

            @Override
            public RecordReader.Document open(Path file, Limits limits, Path temporary)
                    throws RecordException, IOException {
                return shared(reader, file, limits, temporary);
            }
        };
    }

    /** The document, opened the first time. */
    private RecordReader.Document shared(RecordReader reader, Path file, Limits limits, Path temporary)
            throws RecordException, IOException {
        if (failure != null) {
            throw failure;
        }
        if (book == null) {
            try {
                book = reader.open(file, limits, temporary);
            } catch (RecordException e) {
                failure = e;
                throw e;
            }
        }
        RecordReader.Document open = book;
        return new RecordReader.Document() {
            @Override
            public List<String> sheets() {
                return open.sheets();
            }

            @Override
            public RecordReader.Records records(String sheet) throws IOException {
                return open.records(sheet);
            }

            @Override
            public RecordReader.Records records(String sheet, @Nullable Executor helper) throws IOException {
                return open.records(sheet, helper);
            }

            @Override
            public void close() {
                // Closed with the file.
            }
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
                    PrivateFiles.delete(Objects.requireNonNull(path));
                }
            }
        }
    }
}
