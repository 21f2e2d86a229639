package ir.anzali.investment.catalog.json;

import ir.anzali.investment.catalog.CatalogProblem;
import ir.anzali.investment.catalog.InvalidCatalogException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document is not a valid catalog: malformed or truncated JSON, a document over
 * the size limit, a value of the wrong type, or a catalog whose contents do not hold together. The
 * message says where (line and column, or the path such as {@code opportunities[3].investment})
 * and what is wrong. Nothing of a rejected document is ever returned.
 */
public final class CatalogJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;
    /** The problems of a catalog that does not hold together; not serialized with the exception. */
    private final transient List<CatalogProblem> problems;

    /**
     * Creates the exception.
     *
     * @param path    where in the document, such as {@code opportunities[3].investment}; empty for the whole
     * @param message what is wrong, not null
     * @param cause   the underlying error
     */
    public CatalogJsonException(String path, String message, @Nullable Throwable cause) {
        super(path.isEmpty() ? message : path + ": " + message, cause);
        this.path = path;
        this.problems = cause instanceof InvalidCatalogException invalid ? invalid.problems() : List.of();
    }

    /**
     * The problems of a document whose values are well formed but whose catalog does not hold
     * together: each reference or rule that does not hold.
     *
     * @return an unmodifiable list, empty for other errors, never null
     */
    public List<CatalogProblem> problems() {
        return problems == null ? List.of() : problems;
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
