package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.MergeResult;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of importing files into a catalog: the report of each file read, and the merge when
 * anything was imported. Immutable and thread-safe.
 *
 * @param reports the reports, incentives first, not null
 * @param catalog the catalog after the import; the target itself when nothing was imported, not null
 * @param merge   what was added, updated and left unchanged, or empty when nothing was imported
 */
public record CatalogImport(List<ImportReport> reports, Catalog catalog, Optional<MergeResult> merge) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException when a part is null
     */
    public CatalogImport {
        reports = List.copyOf(reports);
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(merge, "merge");
    }

    /**
     * True when every file was valid.
     *
     * @return whether no report has an error
     */
    public boolean valid() {
        return reports.stream().allMatch(ImportReport::valid);
    }

    /**
     * True when rows were merged into the catalog.
     *
     * @return whether anything was imported
     */
    public boolean imported() {
        return merge.isPresent();
    }
}
