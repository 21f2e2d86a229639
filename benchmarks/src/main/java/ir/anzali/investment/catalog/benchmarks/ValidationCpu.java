package ir.anzali.investment.catalog.benchmarks;

import com.sun.management.ThreadMXBean;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The processor time and the bytes allocated per row of the one-thread validation against Commons
 * CSV's parse of the same rows, {@link CsvImportBenchmark}'s file, on the calling thread: figures
 * that the load of a shared machine moves far less than the rows per second of JMH, since they count
 * only the thread's own work. The two alternate, after as many rounds of warm-up; the best round of
 * each is printed, and their ratio, the one-thread target's quantity.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.ValidationCpu 15</pre>
 */
public final class ValidationCpu {

    private static final int ROWS = CsvImportBenchmark.ROWS;

    private ValidationCpu() {
    }

    /**
     * Measures.
     *
     * @param args the rounds, 15 when not given
     * @throws IOException never, the file is in memory
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        byte[] file = SyntheticOpportunities.text(ROWS, SyntheticOpportunities.SEED).getBytes(StandardCharsets.UTF_8);
        CatalogImporter importer = CatalogImporter.builder().build();
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] parse = new long[rounds];
        long[] validate = new long[rounds];
        long parseBytes = 0;
        long validateBytes = 0;
        long cells = 0;
        for (int warm = 0; warm < 2 * rounds; warm++) {
            boolean measured = warm >= rounds;
            long time = thread.getCurrentThreadCpuTime();
            long bytes = thread.getCurrentThreadAllocatedBytes();
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
                for (CSVRecord record : parser) {
                    cells += record.size();
                }
            }
            long parsed = thread.getCurrentThreadCpuTime();
            long parsedBytes = thread.getCurrentThreadAllocatedBytes();
            if (importer.validate(new ByteArrayInputStream(file), "synthetic.csv", Kind.OPPORTUNITIES).accepted() != ROWS) {
                throw new IllegalStateException("Synthetic rows were rejected");
            }
            if (measured) {
                parse[warm - rounds] = parsed - time;
                validate[warm - rounds] = thread.getCurrentThreadCpuTime() - parsed;
                parseBytes = parsedBytes - bytes;
                validateBytes = thread.getCurrentThreadAllocatedBytes() - parsedBytes;
            }
        }
        long bestParse = Arrays.stream(parse).min().orElseThrow();
        long bestValidate = Arrays.stream(validate).min().orElseThrow();
        System.out.printf("Commons CSV %,d ns and %,d bytes a row; validation %,d ns and %,d bytes a row; "
                + "ratio %.2f (%,d cells)%n", bestParse / ROWS, parseBytes / ROWS, bestValidate / ROWS,
                validateBytes / ROWS, (double) bestParse / bestValidate, cells / (2L * rounds));
    }
}
