package ir.anzali.investment.catalog.json;

/**
 * Thrown when a JSON document is not a valid catalog: malformed or truncated JSON, a document over
 * the size limit, a value of the wrong type, or a catalog whose contents do not hold together. The
 * message says where (line and column, or the path such as {@code opportunities[3].investment})
 * and what is wrong. Nothing of a rejected document is ever returned.
 */
public final class CatalogJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path    where in the document, such as {@code opportunities[3].investment}; empty for the whole
     * @param message what is wrong, not null
     * @param cause   the underlying error, or null
     */
    public CatalogJsonException(String path, String message, Throwable cause) {
        super(path.isEmpty() ? message : path + ": " + message, cause);
        this.path = path;
    }

    /**
     * Where in the document the problem is.
     *
     * @return the path, never null; empty for the whole document
     */
    public String path() {
        return path;
    }
}
