package ir.anzali.investment.catalog.csv;

import java.io.IOException;

/**
 * Thrown when a file changed while an import read it twice — once to check it, once to hand out its
 * rows ({@link ImportMode#ALL_OR_NOTHING}) — so that the rows of the second reading are not those
 * that were checked. Delivery stops before the first row that was not checked; the rows handed out
 * before, if any, were checked and unchanged. Import the file again once it is no longer being
 * written.
 */
public final class FileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file what changed, as the report names it, not null
     * @param how  what was seen to change, not null
     */
    public FileChangedException(String file, String how) {
        super(file + " changed while it was being imported (" + how + "); nothing that was not checked was handed "
                + "out. Import it again once it is no longer being written.");
    }
}
