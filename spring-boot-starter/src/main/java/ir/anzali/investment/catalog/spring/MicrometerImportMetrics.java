package ir.anzali.investment.catalog.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.util.List;
import java.util.Objects;

/** The {@link ImportMetrics} as Micrometer counters. */
final class MicrometerImportMetrics implements ImportMetrics {

    private final MeterRegistry registry;

    MicrometerImportMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void record(List<ImportReport> reports, String outcome) {
        Counter.builder("investment.catalog.imports").description("Readings of uploaded files, by outcome")
                .tag("outcome", outcome).register(registry).increment();
        for (ImportReport report : reports) {
            rows("read", "Data rows read from uploaded files", report.kind()).increment(report.rowsRead());
            rows("rejected", "Data rows of uploaded files rejected for an error", report.kind())
                    .increment(report.rejected());
        }
    }

    private Counter rows(String which, String description, String kind) {
        return Counter.builder("investment.catalog.import.rows." + which).description(description).baseUnit("rows")
                .tag("kind", kind).register(registry);
    }
}
