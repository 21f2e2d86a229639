package ir.anzali.investment.catalog.csv.spi;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * again on every record it converts.
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
