package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.util.Objects;

/**
 * What an import into a {@link CatalogStore} did: the file's report, whether its rows were written,
 * and how many opportunities or incentives it added, updated and left unchanged, counted as an
 * import into a catalog counts them. Immutable.
 *
 * @param report    the file's report, not null
 * @param imported  whether the transaction was committed; false when all-or-nothing found an error,
 *                  when a file error stopped the reading, or when nothing was accepted
 * @param added     the ids that were not stored before
 * @param updated   the stored ids whose values changed
 * @param unchanged the stored ids given again with the same values
 * @param logId     the id of the import's row in the import log ({@code catalog_import})
 */
public record StoreImport(ImportReport report, boolean imported, long added, long updated, long unchanged,
        long logId) {

    /** Checks the report is given. */
    public StoreImport {
        Objects.requireNonNull(report, "report");
    }
}
