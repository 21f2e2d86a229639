package ir.anzali.investment.catalog.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * The store is busy, and what was asked can be tried again once the work under way has finished:
 * another import into the same store held its lock for longer than the database waits for a lock
 * (H2's {@code LOCK_TIMEOUT}, PostgreSQL's {@code lock_timeout}), or the application's connection pool
 * had no free connection within its wait, every one held by the imports and reads under way. Nothing
 * was imported or read. Its {@link #failure()} is {@link StoreException.Failure#BUSY}; its
 * {@link #task()} what waited (an import, whose {@link #subject()} is the file, or a read).
 */
public final class StoreBusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * A busy store.
     *
     * @param file  the file whose import waited, not null
     * @param cause the database's exception, not null
     */
    public StoreBusyException(String file, Throwable cause) {
        super(Task.IMPORTING, file, Failure.BUSY, cause);
    }

    /**
     * A store busy for any task: a read (a query, the summary, a load) that found no free connection
     * in the pool.
     *
     * @param task    what waited, not null
     * @param subject the file being imported or the id being read, or null when the task has none
     * @param cause   the database's or the pool's exception, not null
     */
    public StoreBusyException(Task task, @Nullable String subject, Throwable cause) {
        super(task, subject, Failure.BUSY, cause);
    }
}
