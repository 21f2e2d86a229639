package ir.anzali.investment.catalog.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The processor time a validation of {@link CsvImportBenchmark}'s rows costs, which the machine's
 * load moves far less than its rate: the whole process's, and the reading thread's alone, per row,
 * after warm-up validations.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.ProcessCpu xlsx 5 5 2
 * </pre>
 *
 * Arguments: {@code csv} or {@code xlsx}, the warm-up validations, the measured validations, and
 * the importer's parallelism.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code csv|xlsx WARMUPS RUNS PARALLELISM}
     * @throws IOException when the workbook cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4 || !(args[0].equals("csv") || args[0].equals("xlsx"))) {
            System.err.println("usage: ProcessCpu csv|xlsx WARMUPS RUNS PARALLELISM");
            System.exit(2);
        }
        byte[] file = SyntheticOpportunities.text(CsvImportBenchmark.ROWS, SyntheticOpportunities.SEED)
                .getBytes(StandardCharsets.UTF_8);
        Path workbook = Files.createTempFile("synthetic-", ".xlsx");
        try {
            Workbooks.write(file, workbook, false);
            boolean xlsx = args[0].equals("xlsx");
            CatalogImporter importer = CatalogImporter.builder().parallelism(Integer.parseInt(args[3])).build();
            OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = Integer.parseInt(args[1]); i > 0; i--) {
                validate(importer, xlsx, file, workbook);
            }
            long cpu = process.getProcessCpuTime();
            long reading = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long rows = 0;
            for (int i = Integer.parseInt(args[2]); i > 0; i--) {
                rows += validate(importer, xlsx, file, workbook);
            }
            System.out.printf(Locale.ROOT, "%s, parallelism %s: %d rows, process %.2f µs a row, reading thread %.2f µs"
                    + " a row, wall %.2f µs a row%n", args[0], args[3], rows,
                    (process.getProcessCpuTime() - cpu) / 1e3 / rows,
                    (threads.getCurrentThreadCpuTime() - reading) / 1e3 / rows, (System.nanoTime() - wall) / 1e3 / rows);
        } finally {
            Files.deleteIfExists(workbook);
        }
    }

    private static long validate(CatalogImporter importer, boolean xlsx, byte[] file, Path workbook)
            throws IOException {
        ImportReport report = xlsx ? importer.validate(workbook, Kind.OPPORTUNITIES)
                : importer.validate(new ByteArrayInputStream(file), "synthetic.csv", Kind.OPPORTUNITIES);
        if (report.accepted() != CsvImportBenchmark.ROWS) {
            throw new IllegalStateException("Synthetic rows were rejected: " + report.errors());
        }
        return report.accepted();
    }
}
