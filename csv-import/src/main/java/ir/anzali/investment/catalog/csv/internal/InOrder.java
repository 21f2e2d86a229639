package ir.anzali.investment.catalog.csv.internal;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work done by a few threads and taken back in the order it was given, with at most a few pieces in
 * flight, so that memory stays bounded and what comes out is what one thread would have made. Used
 * by the thread that reads a file: it cuts the work, workers parse and map it. Not thread-safe; its
 * workers are daemon threads, stopped and waited for on close.
 *
 * @param <R> the result of a piece of work
 */
final class InOrder<R> implements AutoCloseable {

    private final ExecutorService pool;
    private final int limit;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private final Queue<Thread> threads = new ConcurrentLinkedQueue<>();

    /**
     * Starts the workers.
     *
     * @param workers how many
     * @param name    the name of their threads
     */
    InOrder(int workers, String name) {
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        this.limit = workers + 1;
    }

    /** Gives a piece of work to the workers. */
    void submit(Callable<R> work) {
        pending.add(pool.submit(work));
    }

    /** Whether enough work is in flight that the oldest result should be taken before more is given. */
    boolean full() {
        return pending.size() > limit;
    }

    /** Whether no work is in flight. */
    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * The result of the oldest work, waiting for it.
     *
     * @return the result
     * @throws InterruptedIOException when the thread is interrupted while it waits; the flag is kept
     * @throws RuntimeException or {@link Error} as the work threw it
     */
    R take() throws InterruptedIOException {
        try {
            return pending.poll().get();
        } catch (InterruptedException e) {
            throw Interrupts.stopped(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stops the workers, interrupting work in flight, and waits until they have ended, so that no
     * worker outlives the reading; an interrupt that comes during the wait is kept for the caller.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
