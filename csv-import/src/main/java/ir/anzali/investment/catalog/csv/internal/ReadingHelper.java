package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Where a record reader may read ahead of the reading thread
 * ({@link RecordReader.Document#records(String, Executor)}): the caller's executor when one is given;
 * else, when the reading runs on more than one thread, one daemon thread of the reading's own, named
 * {@value #THREAD}, started when the reader first gives it work (a reader that reads nothing ahead
 * costs no thread), stopped and waited for on close; else nowhere. Closed after the records that use
 * it, which have by then ended their work on it. Not thread-safe: work is given by the reading thread.
 */
final class ReadingHelper implements AutoCloseable {

    /** The name of the thread of the reading's own. */
    static final String THREAD = "catalog-import-read-ahead";

    private final @Nullable Executor executor;
    private @Nullable ExecutorService own;
    private final AtomicReference<@Nullable Thread> thread = new AtomicReference<>();

    /**
     * The helper of a reading.
     *
     * @param settings the reading's parallelism and executor
     */
    ReadingHelper(Settings settings) {
        executor = settings.executor() != null ? settings.executor() : settings.parallelism() > 1 ? this::execute : null;
    }

    private void execute(Runnable task) {
        ExecutorService started = own;
        if (started == null) {
            started = Executors.newSingleThreadExecutor(runnable -> {
                Thread t = new Thread(runnable, THREAD);
                t.setDaemon(true);
                thread.set(t);
                return t;
            });
            own = started;
        }
        started.execute(task);
    }

    /**
     * The executor the reader may use.
     *
     * @return the executor, or null for none
     */
    @Nullable Executor executor() {
        return executor;
    }

    /** Stops the thread of its own, if any, and waits until it has ended; an interrupt is kept. */
    @Override
    public void close() {
        ExecutorService started = own;
        if (started == null) {
            return;
        }
        started.shutdownNow();
        Thread t = thread.get();
        if (t != null && Interrupts.join(List.of(t))) {
            Thread.currentThread().interrupt();
        }
    }
}
