package ir.anzali.investment.catalog.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * A part's bytes inflated ahead of the parser on a helper's thread: while the reading thread parses
 * one chunk, one task on the helper fills the next, so that inflating, half of a sheet's reading, no
 * longer holds up the reading thread. At most one task is given at a time. A task not yet started
 * when its bytes are needed is run by the reading thread itself, and a task the helper refuses is
 * too, so that the reading never waits for a busy executor's queue. A task's failure is thrown by
 * the read that needs its bytes, as the stream's own would have been. Closing waits for a task under
 * way before the stream under it is closed, so that nothing of the reading outlives it. Not
 * thread-safe: one reading thread.
 */
final class ReadAhead extends InputStream {

    /** The bytes of a chunk. */
    static final int CHUNK = 1 << 17;

    /** Read by one task at a time, or by the reading thread in a task it runs itself. */
    private final InputStream in;
    private final Executor helper;
    private byte[] current = new byte[CHUNK];
    private byte[] spare = new byte[CHUNK];
    private int position;
    private int limit;
    /** The task filling {@link #spare}, or null before the first and after the end. */
    private @Nullable FutureTask<Integer> next;
    private boolean ended;

    /**
     * A stream read ahead.
     *
     * @param in     the bytes, closed with this stream
     * @param helper where the bytes are read ahead
     */
    ReadAhead(InputStream in, Executor helper) {
        this.in = in;
        this.helper = helper;
    }

    @Override
    public int read() throws IOException {
        return position < limit || advance() ? current[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == limit && !advance()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** Takes the next chunk, and gives the task of the one after; false at the end. */
    private boolean advance() throws IOException {
        if (ended) {
            return false;
        }
        FutureTask<Integer> filling = next != null ? next : fill(spare);
        next = null;
        int n = result(filling);
        if (n < 0) {
            ended = true;
            return false;
        }
        byte[] filled = spare;
        spare = current;
        current = filled;
        position = 0;
        limit = n;
        next = fill(spare);
        return true;
    }

    /** Gives the task that fills a chunk, as many bytes as there are up to its size; -1 at the end. */
    private FutureTask<Integer> fill(byte[] chunk) {
        FutureTask<Integer> task = new FutureTask<>(() -> {
            int filled = 0;
            for (int n = 0; n >= 0 && filled < chunk.length; filled += Math.max(0, n)) {
                n = in.read(chunk, filled, chunk.length - filled);
                if (n < 0 && filled == 0) {
                    return -1;
                }
            }
            return filled;
        });
        try {
            helper.execute(task);
        } catch (RejectedExecutionException e) {
            // Read on the reading thread instead, when the bytes are needed.
        }
        return task;
    }

    /**
     * The result of a task: run here when it has not started, waited for otherwise, without giving
     * up on an interrupt, which is kept for the reading to see (a task fills one chunk only).
     */
    private static int result(FutureTask<Integer> task) throws IOException {
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws IOException {
        FutureTask<Integer> running = next;
        next = null;
        ended = true;
        try {
            if (running != null) {
                result(running);
            }
        } catch (IOException | RuntimeException e) {
            // The bytes read ahead are not needed, nor is their failure: the stream is closed.
        } finally {
            in.close();
        }
    }
}
