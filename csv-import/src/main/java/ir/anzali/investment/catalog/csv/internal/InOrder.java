package ir.anzali.investment.catalog.csv.internal;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Work done by a few threads and taken back in the order it was given, with at most a few pieces in
 * flight, so that memory stays bounded and what comes out is what one thread would have made. Used
 * by the thread that reads a file: it cuts the work, workers parse and map it. The workers are the
 * caller's executor's threads, or daemon threads of its own, stopped and waited for on close. Not
 * thread-safe.
 *
 * @param <R> the result of a piece of work
 */
final class InOrder<R> implements AutoCloseable {

    private final @Nullable ExecutorService own;
    private final Executor executor;
    private final String reading;
    private final int limit;
    private final ArrayDeque<Piece<R>> pending = new ArrayDeque<>();
    private final Queue<Thread> threads = new ConcurrentLinkedQueue<>();

    /**
     * Starts the workers, or takes the caller's executor.
     *
     * @param workers  how many pieces of work run at once, at most
     * @param given    the caller's executor, or null to start {@code workers} threads
     * @param reading  the name of the file read, for the message of a refused piece of work
     */
    InOrder(int workers, @Nullable Executor given, String reading) {
        this.reading = reading;
        if (given != null) {
            this.own = null;
            this.executor = given;
        } else {
            this.own = Executors.newFixedThreadPool(workers, runnable -> {
                Thread t = new Thread(runnable, "catalog-import-worker");
                t.setDaemon(true);
                threads.add(t);
                return t;
            });
            this.executor = own;
        }
        this.limit = workers + 1;
    }

    /**
     * Gives a piece of work to the workers.
     *
     * @throws RejectedExecutionException when the caller's executor refuses it; the message says
     *                                    which reading it was and what to do
     */
    void submit(Callable<R> work) {
        Piece<R> piece = new Piece<>(work);
        try {
            executor.execute(piece);
        } catch (RejectedExecutionException e) {
            throw new RejectedExecutionException("The executor given to the importer refused the work of reading "
                    + reading + ", which stopped with nothing imported: give an executor that accepts "
                    + limit + " more tasks at a time (a larger queue or pool), or none, to let the importer"
                    + " start its own threads", e);
        }
        pending.add(piece);
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
     * Ends the work in flight and waits until none of it runs, so that nothing of the reading
     * outlives it; an interrupt that comes during the wait is kept for the caller. Work not yet
     * started never starts. Its own threads are interrupted and stopped; the caller's executor is
     * neither interrupted nor shut down: the work under way on it, at most one batch per worker,
     * is let finish.
     */
    @Override
    public void close() {
        boolean interrupted = false;
        if (own != null) {
            own.shutdownNow();
        }
        for (Piece<R> piece : pending) {
            interrupted |= piece.end();
        }
        pending.clear();
        interrupted |= Interrupts.join(threads);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A piece of work that can be kept from starting, and waited for once started. */
    private static final class Piece<R> extends FutureTask<R> {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int ENDED = 2;

        private final AtomicInteger state = new AtomicInteger(NEW);
        private final CountDownLatch ended = new CountDownLatch(1);

        Piece(Callable<R> work) {
            super(work);
        }

        @Override
        public void run() {
            if (!state.compareAndSet(NEW, RUNNING)) {
                return;
            }
            try {
                super.run();
            } finally {
                state.set(ENDED);
                ended.countDown();
            }
        }

        /**
         * Keeps the work from starting, or waits until it has ended.
         *
         * @return whether the thread was interrupted while it waited
         */
        boolean end() {
            if (state.compareAndSet(NEW, ENDED)) {
                cancel(false);
                return false;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    ended.await();
                    return interrupted;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
    }
}
