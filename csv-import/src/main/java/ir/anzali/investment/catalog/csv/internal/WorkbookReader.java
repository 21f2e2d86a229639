package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of a workbook for the importer, which sends their rows down the same path as a
 * CSV file's. The workbook module provides it; without that module, workbooks are reported as
 * unreadable.
 */
public interface WorkbookReader {

    /**
     * Opens a workbook.
     *
     * @param file      the file, not null
     * @param limits    the largest cell and the most columns a row may have
     * @param temporary the folder of the temporary files reading it may need (its shared strings past
     *                  a share of the heap), each owner-only and deleted with the workbook
     * @return the workbook, to be closed
     * @throws WorkbookException when the file is not a workbook that can be read
     * @throws IOException       when the file cannot be read
     */
    Workbook open(Path file, Limits limits, Path temporary) throws WorkbookException, IOException;

    /**
     * Opens a workbook, its temporary files in the system's temporary folder.
     *
     * @param file   the file, not null
     * @param limits the largest cell and the most columns a row may have
     * @return the workbook, to be closed
     * @throws WorkbookException when the file is not a workbook that can be read
     * @throws IOException       when the file cannot be read
     */
    default Workbook open(Path file, Limits limits) throws WorkbookException, IOException {
        return open(file, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * The reader the workbook module provides, if it is there.
     *
     * @return the reader, or empty
     */
    static Optional<WorkbookReader> installed() {
        return ServiceLoader.load(WorkbookReader.class, WorkbookReader.class.getClassLoader()).findFirst();
    }

    /**
     * Tells whether a file's first bytes are those of a workbook (a zip archive), whatever its name.
     *
     * @param head the first bytes, at least 4 when the file has them
     * @param length how many of them there are
     * @return true for a zip archive
     */
    static boolean looksLikeWorkbook(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** An open workbook. */
    interface Workbook extends Closeable {

        /**
         * The sheets that are not hidden, in the workbook's order.
         *
         * @return the names, never null
         */
        List<String> sheets();

        /**
         * Opens a sheet's rows.
         *
         * @param sheet a name of {@link #sheets()}
         * @return the rows, to be closed
         * @throws IOException when the sheet cannot be read
         */
        Rows rows(String sheet) throws IOException;
    }

    /** The rows of a sheet, in order, blank rows left out. */
    interface Rows extends Closeable {

        /**
         * The next row, read but not yet converted, so that the conversion — and the checks of the
         * limits that need the row's cells — may run on another thread.
         *
         * @return the row, or null after the last
         * @throws WorkbookException when a row is past a limit or the sheet cannot be read
         * @throws IOException       when the file cannot be read
         */
        @Nullable RawRow next() throws WorkbookException, IOException;
    }

    /** A row read from a sheet, its cells not yet converted. */
    interface RawRow {

        /**
         * Converts the cells; may run on any thread, once.
         *
         * @return the row, never null
         * @throws WorkbookException when the row is past a limit or cannot be read; the reading stops
         *                           there, as when {@link Rows#next()} throws
         */
        SheetRow convert() throws WorkbookException;

        /**
         * About how much memory the row holds until it is converted, so that the rows in flight stay
         * few enough.
         *
         * @return the bytes, 0 when not known
         */
        default long bytes() {
            return 0;
        }
    }

    /**
     * A row of a sheet.
     *
     * @param line  the sheet's 1-based row number
     * @param cells each cell's text, up to the last cell with a value; a typed cell's value written plainly
     *              (a number without grouping, a date as ISO), an empty cell empty
     * @param typed each cell's typed value, null for text and empty cells; as long as {@code cells}
     */
    record SheetRow(long line, String[] cells, @Nullable CellValue[] typed) {
    }
}
