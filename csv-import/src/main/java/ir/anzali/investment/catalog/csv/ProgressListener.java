package ir.anzali.investment.catalog.csv;

/**
 * Told how far a run has come: every few thousand rows and once at the end of each file. Called on
 * the thread that runs the import; must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (file, rows, bytes, totalBytes) -> { };

    /**
     * Reports progress.
     *
     * @param file       the file's name, not null
     * @param rows       data rows read so far in this file
     * @param bytes      bytes read so far in this file
     * @param totalBytes the file's size in bytes, or -1 when unknown
     */
    void progress(String file, long rows, long bytes, long totalBytes);
}
