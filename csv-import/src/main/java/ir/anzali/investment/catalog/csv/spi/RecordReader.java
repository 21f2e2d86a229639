package ir.anzali.investment.catalog.csv.spi;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of one file format, for the importer, which sends them down the one path from
 * records to the report that every format takes: the header found, each row converted, checked and
 * reported as a CSV file's rows are, problems naming the sheet and cell. The workbook module
 * provides the reader of {@code .xlsx} workbooks; another jar may provide the reader of another
 * format as a service ({@code provides ir.anzali.investment.catalog.csv.spi.RecordReader with …} in
 * its {@code module-info}, or a {@code META-INF/services} file on the class path), or a caller may
 * give one to {@code CatalogImporter.Builder.reader}. The installed readers are looked up once.
 *
 * <p>Which reader reads a file is told by its content, never its name: a zip archive that is an
 * {@code .xlsx} workbook goes to the reader that {@link #reads} its first bytes; a file that would be
 * read as CSV goes to a reader that claims its first bytes, before CSV; the formats the library
 * refuses (PDF, Word, {@code .xls}) are refused before any reader is asked.
 *
 * <p>Threading: a reader is stateless and thread-safe, one instance serving every import. An open
 * {@link Document} and its {@link Records} are used by one thread, the importer's reading thread;
 * {@link RawRecord#convert()} runs on any thread — a worker of the importer — at most once, while
 * the reading thread reads on, so it must not touch the document's mutable state.
 *
 * <p>Closing: the importer closes every {@link Document} and {@link Records} it opens, also when it
 * fails or is interrupted; a document closes what it opened (archives, temporary files), and its
 * temporary files are owner-only.
 *
 * <p>Errors: a file that cannot be read is a {@link RecordException} — never a parser's own
 * exception, whose text must not reach a clerk — thrown by {@link #open}, {@link Records#next()} or
 * {@link RawRecord#convert()}; the importer reports it as one error of the file, after the rows read
 * before it. {@link IOException} is only for a file that cannot be read from the disk. A runtime
 * exception is a bug of the reader, and is not caught.
 *
 * <p>Limits: a reader keeps memory bounded whatever the file: it streams records rather than holding
 * them, and throws {@link RecordException.Reason#TOO_MANY_COLUMNS} for a record of more than
 * {@link Limits#maxColumns()} cells and {@link RecordException.Reason#CELL_TOO_LARGE} for a cell of
 * more than {@link Limits#maxCellChars()} characters, or a record of more than
 * {@link Limits#maxRecordChars()}, before it allocates them where it can; the importer checks both
 * again on every record it converts, except those of its own CSV reader, whose parser is that check.
 */
public interface RecordReader {

    /** How many of a file's first bytes {@link #reads} is shown, when the file has them. */
    int HEAD_BYTES = 64;

    /**
     * Tells whether a file is of this reader's format by its first bytes, whatever its name. A reader
     * of a text format should claim only what cannot be a CSV file, since it is asked first.
     *
     * @param head   the first bytes, up to {@link #HEAD_BYTES}; not to be changed
     * @param length how many of them there are, 0 for an empty file
     * @return true when this reader reads the file
     */
    boolean reads(byte[] head, int length);

    /**
     * Opens a file.
     *
     * @param file      the file, not null
     * @param limits    the largest cell and record and the most columns a record may have, not null
     * @param temporary the folder of the temporary files reading it may need, each owner-only and
     *                  deleted with the document, not null
     * @return the document, which the caller closes
     * @throws RecordException when the file is not one this reader can read
     * @throws IOException     when the file cannot be read from the disk
     */
    Document open(Path file, Limits limits, Path temporary) throws RecordException, IOException;

    /**
     * Opens a file, its temporary files in the system's temporary folder.
     *
     * @param file   the file, not null
     * @param limits the largest cell and record and the most columns a record may have, not null
     * @return the document, which the caller closes
     * @throws RecordException when the file is not one this reader can read
     * @throws IOException     when the file cannot be read from the disk
     */
    default Document open(Path file, Limits limits) throws RecordException, IOException {
        return open(file, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** An open file; used by one thread. */
    interface Document extends Closeable {

        /**
         * The sheets that may be read, in the file's order: for a workbook, its visible worksheets;
         * for a format without sheets, the one empty name {@code ""}, and its problems name no sheet.
         * The importer reads the sheet named for what it imports ({@code opportunities},
         * {@code فرصت‌ها}), or else the first sheet not named for the other kind.
         *
         * @return the names, never null
         */
        List<String> sheets();

        /**
         * Opens a sheet's records, from its first row every time: an import may read a sheet twice
         * (first to check it, then to hand out its rows) and read two sheets of one document.
         *
         * @param sheet a name of {@link #sheets()}
         * @return the records, which the caller closes
         * @throws IOException when the file cannot be read from the disk
         */
        Records records(String sheet) throws IOException;

        /**
         * Opens a sheet's records as {@link #records(String)} does, with an executor on which the
         * reader may read ahead — inflate, decode — while the reading thread parses. The importer
         * gives one when it reads with more than one thread: the caller's executor, or a thread of
         * the reading's own, ended with it. A reader that uses it gives it at most one task at a time;
         * runs a task itself when it needs the task's result before the executor has started it, or
         * when the executor refuses it, since the executor's threads may all be busy with the
         * importer's batches; throws a task's failure where the reading thread needs its result, as
         * its own; and waits for a task under way when the records are closed, so that no work of
         * the reading outlives them. By default the executor is not used.
         *
         * @param sheet  a name of {@link #sheets()}
         * @param helper where the reader may read ahead, or null for the reading thread alone
         * @return the records, which the caller closes
         * @throws IOException when the file cannot be read from the disk
         */
        default Records records(String sheet, @Nullable Executor helper) throws IOException {
            return records(sheet);
        }

        /**
         * What the file's report states about it as a whole: for a text format, the encoding read
         * (and whether it was a guess) and the delimiter. Asked once the document is open, for the
         * warning of a guessed encoding, and again after its records are read, when a reader that
         * tells the delimiter from the records may know more.
         *
         * @return the notes, {@link Notes#NONE} by default, never null
         */
        default Notes notes() {
            return Notes.NONE;
        }
    }

    /** The records of a sheet, in the order of their rows; used by one thread. */
    interface Records extends Closeable {

        /**
         * The next record, read but not yet converted, so that the conversion may run on a worker.
         * Blank rows may be left out or given; rows must come in increasing order of their numbers.
         *
         * @return the record, or null after the last
         * @throws RecordException when the file cannot be read from here on; the reading stops there
         * @throws IOException     when the file cannot be read from the disk
         */
        @Nullable RawRecord next() throws RecordException, IOException;

        /**
         * The next records, read but not yet converted, as one batch that a worker converts: the
         * importer takes a sheet's rows after its header this way. A reader that can cut its file
         * into whole records more cheaply than it converts them — a text format, cut at line ends —
         * overrides this to hand out a chunk at a time; the default gathers records of
         * {@link #next()}.
         *
         * @param records about how many records a batch should hold, 1 or more
         * @param bytes   about how many bytes of records a batch should hold at most, 1 or more
         * @return the batch, or null after the last record
         * @throws RecordException when the file cannot be read from here on, before any record of
         *                         the batch; a failure after some records is thrown by the batch's
         *                         {@link RawBatch#convert}, after them
         * @throws IOException     when the file cannot be read from the disk
         */
        default @Nullable RawBatch nextBatch(int records, long bytes) throws RecordException, IOException {
            List<RawRecord> batch = new ArrayList<>(Math.min(records, 1024));
            RecordException failure = null;
            long held = 0;
            try {
                for (RawRecord r = next(); r != null; r = batch.size() < records && held < bytes ? next() : null) {
                    batch.add(r);
                    held += r.bytes();
                }
            } catch (RecordException e) {
                if (batch.isEmpty()) {
                    throw e;
                }
                failure = e;
            }
            return batch.isEmpty() ? null : new GatheredBatch(batch, failure, held);
        }

        /**
         * How many bytes of the file have been read, for progress and for the importer's limit on a
         * file's size, which is then checked as the file is read rather than before.
         *
         * @return the bytes, or -1 when not counted (the default)
         */
        default long bytesRead() {
            return -1;
        }
    }

    /** Records read together, converted together on any thread, at most once. */
    interface RawBatch {

        /**
         * Converts the records in the order of their rows.
         *
         * @param each receives each record, never null
         * @throws RecordException when a record is past a limit or cannot be read, after the records
         *                         before it; the reading stops there
         */
        void convert(Consumer<? super CellRecord> each) throws RecordException;

        /**
         * About how much memory the batch holds until it is converted, so that the batches in flight
         * stay few enough.
         *
         * @return the bytes, 0 when not known
         */
        default long bytes() {
            return 0;
        }
    }

    /** A record read from a file, its cells not yet converted. */
    interface RawRecord {

        /**
         * Converts the cells; may run on any thread, once.
         *
         * @return the record, never null
         * @throws RecordException when the record is past a limit or cannot be read; the reading
         *                         stops there, as when {@link Records#next()} throws
         */
        CellRecord convert() throws RecordException;

        /**
         * About how much memory the record holds until it is converted, so that the records in
         * flight stay few enough.
         *
         * @return the bytes, 0 when not known
         */
        default long bytes() {
            return 0;
        }
    }
}
