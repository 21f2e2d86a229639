package ir.anzali.investment.catalog.jdbc;

/**
 * Another import into the same store held its lock for longer than the database waits for a lock
 * (H2's {@code LOCK_TIMEOUT}, PostgreSQL's {@code lock_timeout}): nothing was imported, and the import
 * can be tried again once the other one has finished. Its {@link #failure()} is
 * {@link StoreException.Failure#BUSY}, its {@link #subject()} the file.
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
}
