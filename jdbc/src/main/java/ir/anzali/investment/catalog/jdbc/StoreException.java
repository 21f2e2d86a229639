package ir.anzali.investment.catalog.jdbc;

/**
 * The database could not do what the store asked of it: the message says what the store was doing
 * and what the database answered; the cause is the database's own exception. Whatever the store was
 * writing when it was thrown has been rolled back.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure with its cause.
     *
     * @param message what the store was doing and what went wrong, not null
     * @param cause   the database's exception, not null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
