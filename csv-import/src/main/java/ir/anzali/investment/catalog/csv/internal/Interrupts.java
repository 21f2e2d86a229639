package ir.anzali.investment.catalog.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.ClosedByInterruptException;

/**
 * How a reading stops when its thread is interrupted: with an {@link InterruptedIOException}, the
 * thread's interrupt flag left set, so that the caller and the code around it see it too. Checked
 * wherever reading goes on: before each read from the input, for each row or batch of rows, and
 * at every wait for a worker.
 */
public final class Interrupts {

    private static final int COPY_BUFFER = 64 * 1024;

    private Interrupts() {
    }

    /**
     * Stops when the current thread is interrupted.
     *
     * @throws InterruptedIOException when it is; its interrupt flag stays set
     */
    public static void check() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw stopped();
        }
    }

    /**
     * The exception that stops a reading whose wait was interrupted, the interrupt flag set again
     * (a wait that throws {@link InterruptedException} clears it).
     *
     * @param cause the interruption of the wait, not null
     * @return the exception to throw, never null
     */
    static InterruptedIOException stopped(InterruptedException cause) {
        Thread.currentThread().interrupt();
        InterruptedIOException e = stopped();
        e.initCause(cause);
        return e;
    }

    /**
     * Waits until threads have ended, going on waiting when interrupted, so that none outlives the
     * reading that started it.
     *
     * @param threads the threads, not null
     * @return whether the current thread was interrupted while it waited; its flag is then cleared,
     *         for the caller to set again
     */
    static boolean join(Iterable<Thread> threads) {
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
        return interrupted;
    }

    private static InterruptedIOException stopped() {
        return new InterruptedIOException("The reading was interrupted");
    }

    /**
     * Copies a stream, stopping when the thread is interrupted.
     *
     * @param in  the stream, not null; not closed
     * @param out where to, not null; not closed
     * @throws InterruptedIOException when the thread is interrupted; what was copied is then incomplete
     * @throws IOException            when the stream cannot be read or written
     */
    public static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        try {
            check();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                check();
                out.write(buffer, 0, n);
            }
        } catch (ClosedByInterruptException e) {
            // An interruptible channel closed by an interrupt that came during a write; its flag is set.
            InterruptedIOException stopped = stopped();
            stopped.initCause(e);
            throw stopped;
        }
    }
}
