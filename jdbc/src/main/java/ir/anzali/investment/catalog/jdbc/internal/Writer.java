package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Fast code, measured (docs/performance.md, the database store): the writes of one connection,
 * made on a thread of their own while the caller reads and checks the next rows, at most one
 * batch of work behind the caller. Before the caller hands over more work or uses the connection
 * itself, it waits for the work handed over ({@link #drain()}), so that the connection is used by
 * one thread at a time and the database receives the writes in the order they were handed over.
 * A failure of the work is thrown to the caller by its next call. The thread is started by the
 * first work and ends with {@link #close()}. Not thread-safe: one caller.
 */
final class Writer implements AutoCloseable {

    /** The name of the thread, as a thread dump shows it. */
    static final String THREAD_NAME = "investment-catalog-store-writer";

    /** Work on the connection. */
    interface Work {
        /**
         * Does the work.
         *
         * @throws SQLException when the database fails
         */
        void run() throws SQLException;
    }

    private @Nullable ExecutorService thread;
    private @Nullable Future<?> running;

    /**
     * Hands over work, once the work handed over before is done.
     *
     * @param work the work, not null
     * @throws SQLException when the work handed over before failed; this work is then not done
     */
    void submit(Work work) throws SQLException {
        drain();
        ExecutorService writing = thread;
        if (writing == null) {
            writing = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, THREAD_NAME);
                t.setDaemon(true);
                return t;
            });
            thread = writing;
        }
        running = writing.submit(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Waits for the work handed over. An interrupt does not stop the wait, which lasts one batch of
     * work at most, so that the connection is never used by two threads; it is kept for the caller.
     *
     * @throws SQLException when the work failed
     */
    void drain() throws SQLException {
        Future<?> work = running;
        if (work == null) {
            return;
        }
        running = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    work.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw failure(cause == null ? e : cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static SQLException failure(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return sql;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new SQLException("The rows could not be written: " + cause, cause);
    }

    /**
     * Waits for the work handed over and ends the thread.
     *
     * @throws SQLException when the work failed
     */
    @Override
    public void close() throws SQLException {
        try {
            drain();
        } finally {
            ExecutorService writing = thread;
            if (writing != null) {
                writing.shutdown();
            }
        }
    }
}
