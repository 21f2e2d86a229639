package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.util.List;

/**
 * Where the readings of uploads are counted. With Micrometer on the class path and a
 * {@code MeterRegistry} bean, the starter counts them as the meters
 * {@code investment.catalog.imports} (tag {@code outcome}: {@code valid}, {@code imported},
 * {@code invalid-file}, {@code file-too-large}, {@code unreadable-file}, {@code no-file}, {@code unknown-encoding}, and
 * the store's reasons such as {@code store-busy}),
 * {@code investment.catalog.import.rows.read} and {@code investment.catalog.import.rows.rejected}
 * (tag {@code kind}: {@code opportunities} or {@code incentives}). Implementations are thread-safe.
 */
@FunctionalInterface
public interface ImportMetrics {

    /** Counts nothing: the metrics when Micrometer is absent. */
    ImportMetrics NONE = (reports, outcome) -> { };

    /**
     * Counts one reading of an upload.
     *
     * @param reports the reports of its files, possibly none, not null
     * @param outcome the outcome, one of those the interface lists, not null
     */
    void record(List<ImportReport> reports, String outcome);
}
