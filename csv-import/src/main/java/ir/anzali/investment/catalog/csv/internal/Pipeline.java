package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one path from a file's records to its report, whatever the format: the reading thread cuts the
 * records into batches, each batch is converted and mapped — by workers, or by the reading thread
 * itself when there are none — and the results are accounted for by the {@link Tally} in file
 * order, so that the report and the rows handed out are exactly those of a run on one thread. At
 * most a few batches are in flight, which keeps memory bounded. A failure that stops the reading —
 * a record that cannot be read, a row past a limit — comes after the rows before it, as on one
 * thread.
 */
final class Pipeline {

    /** How many rows pass between two reports of progress. */
    private static final int PROGRESS_EVERY = 4096;

    private Pipeline() {
    }

    /**
     * Batches of records, cut on the reading thread. A failure to read is not thrown but carried by
     * the last batch, after the records read before it.
     *
     * @param <T> the domain type of the rows
     * @param <F> the failure that stops the reading
     */
    interface Feed<T, F extends Exception> {

        /**
         * The next batch.
         *
         * @return the batch, or null after the last
         * @throws IOException when the file cannot be read
         */
        @Nullable Batch<T, F> next() throws IOException;
    }

    /**
     * A batch of records, converted and mapped once, on any thread.
     *
     * @param <T> the domain type of the rows
     * @param <F> the failure that stops the reading
     */
    interface Batch<T, F extends Exception> {

        /**
         * Converts and maps the records.
         *
         * @return the rows, and the failure that stopped the batch
         */
        Done<T, F> process();
    }

    /**
     * The rows of a batch, and the failure that stops the reading after them.
     *
     * @param rows    the mapped rows, in order
     * @param failure the failure, or null
     * @param <T>     the domain type of the rows
     * @param <F>     the failure that stops the reading
     */
    record Done<T, F extends Exception>(List<Tally.Mapped<T>> rows, @Nullable F failure) {
    }

    /**
     * Reads every batch of a feed into the tally.
     *
     * @param feed      the batches
     * @param tally     where the rows are accounted for
     * @param settings  the parallelism, the executor and the progress listener
     * @param name      the file's name, for progress and for the message of a refused task
     * @param bytesRead how many bytes have been read, checked against the settings' limit; -1 when
     *                  not known (and not checked)
     * @param size      the file's size for progress, or -1
     * @param <T>       the domain type of the rows
     * @param <F>       the failure that stops the reading
     * @throws F           the first failure in file order, after the rows before it are accounted for
     * @throws IOException when the file cannot be read, or a row is past a limit of the tally
     * @throws java.util.concurrent.RejectedExecutionException when the caller's executor refuses a batch
     */
    static <T, F extends Exception> void run(Feed<T, F> feed, Tally<T> tally, Settings settings, String name,
            LongSupplier bytesRead, long size) throws F, IOException {
        if (settings.oneThread()) {
            for (Batch<T, F> batch = feed.next(); batch != null; batch = feed.next()) {
                Interrupts.check();
                collect(batch.process(), tally, settings, name, bytesRead, size);
            }
            return;
        }
        try (InOrder<Done<T, F>> work = new InOrder<>(settings.parallelism(), settings.executor(), name)) {
            for (Batch<T, F> batch = feed.next(); batch != null; batch = feed.next()) {
                Interrupts.check();
                work.submit(batch::process);
                while (work.full()) {
                    collect(work.take(), tally, settings, name, bytesRead, size);
                }
            }
            while (!work.isEmpty()) {
                collect(work.take(), tally, settings, name, bytesRead, size);
            }
        }
    }

    private static <T, F extends Exception> void collect(Done<T, F> done, Tally<T> tally, Settings settings,
            String name, LongSupplier bytesRead, long size) throws F, IOException {
        long read = bytesRead.getAsLong();
        if (read >= 0) {
            tally.checkBytes(read);
        }
        for (Tally.Mapped<T> m : done.rows()) {
            tally.collect(m);
            if (tally.rowsRead() % PROGRESS_EVERY == 0) {
                settings.progress().progress(name, tally.rowsRead(), bytesRead.getAsLong(), size);
            }
        }
        if (done.failure() != null) {
            throw done.failure();
        }
    }
}
