package ir.anzali.investment.catalog;

import java.util.List;

/**
 * Thrown when a {@link Catalog} cannot be built because its contents do not hold together. It
 * carries every problem found, not only the first.
 */
public final class InvalidCatalogException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    /** The problems; not serialized with the exception. */
    private final transient List<CatalogProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not empty
     */
    public InvalidCatalogException(List<CatalogProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return an unmodifiable list, never null or empty
     */
    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String describe(List<CatalogProblem> problems) {
        StringBuilder b = new StringBuilder("The catalog has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.stream().limit(LISTED).forEach(p -> b.append("\n  - ").append(p));
        if (problems.size() > LISTED) {
            b.append("\n  … and ").append(problems.size() - LISTED).append(" more");
        }
        return b.toString();
    }
}
