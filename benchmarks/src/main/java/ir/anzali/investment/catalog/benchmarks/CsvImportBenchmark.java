package ir.anzali.investment.catalog.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rows per second over one in-memory file of {@value #ROWS} synthetic opportunity rows:
 * Commons CSV alone (the floor of our cost), the library's full validation, and Jackson CSV with
 * Hibernate Validator over string records (what a developer would otherwise hand-roll); and the
 * library's validation of the same rows written as an Excel workbook.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CsvImportBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvImportBenchmark {

    /** Rows in the file. */
    public static final int ROWS = 100_000;

    private byte[] file;
    private CatalogImporter importer;
    private CatalogImporter singleThreaded;
    private ObjectReader jackson;
    private Validator validator;
    private Path workbook;

    /**
     * Builds the file, the workbook of the same rows and the pipelines once.
     *
     * @throws IOException when the workbook cannot be written
     */
    @Setup
    public void setUp() throws IOException {
        file = SyntheticOpportunities.text(ROWS, SyntheticOpportunities.SEED).getBytes(StandardCharsets.UTF_8);
        workbook = Files.createTempFile("synthetic-", ".xlsx");
        Workbooks.write(file, workbook, false);
        importer = CatalogImporter.builder().parallelism(2).build();
        singleThreaded = CatalogImporter.builder().build();
        CsvMapper mapper = new CsvMapper();
        jackson = mapper.readerFor(OpportunityStrings.class).with(CsvSchema.emptySchema().withHeader());
        validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    /**
     * Commons CSV parsing every cell, nothing else.
     *
     * @param hole sink
     * @throws IOException never, the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void bareCommonsCsv(Blackhole hole) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    hole.consume(record.get(i));
                }
            }
        }
    }

    /**
     * The library's full validation — normalize, convert, validate, report — reading on the calling
     * thread while two workers map rows (the importer's {@code parallelism(2)} option).
     *
     * @return the report
     * @throws IOException never, the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ImportReport catalogValidate() throws IOException {
        return checked(importer.validate(new ByteArrayInputStream(file), "synthetic.csv", Kind.OPPORTUNITIES));
    }

    /**
     * The same validation on the calling thread alone (the importer's default).
     *
     * @return the report
     * @throws IOException never, the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ImportReport catalogValidateSingleThread() throws IOException {
        return checked(singleThreaded.validate(new ByteArrayInputStream(file), "synthetic.csv", Kind.OPPORTUNITIES));
    }

    /**
     * The library's validation of the same rows as an Excel workbook, with typed cells: the calling
     * thread reads the sheet in order while two workers convert and map its rows.
     *
     * @return the report
     * @throws IOException when the temporary workbook cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public ImportReport catalogValidateXlsx() throws IOException {
        return checked(importer.validate(workbook, Kind.OPPORTUNITIES));
    }

    /**
     * Removes the workbook.
     *
     * @throws IOException when it cannot be removed
     */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(workbook);
    }

    private static ImportReport checked(ImportReport report) {
        if (report.accepted() != ROWS) {
            throw new IllegalStateException("Synthetic rows were rejected: " + report.errors());
        }
        return report;
    }

    /**
     * Jackson CSV mapping each row onto a string record, and Hibernate Validator validating it.
     *
     * @param hole sink
     * @throws IOException never, the file is in memory
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void jacksonCsvWithValidator(Blackhole hole) throws IOException {
        try (MappingIterator<OpportunityStrings> rows = jackson.readValues(file)) {
            while (rows.hasNext()) {
                hole.consume(validator.validate(rows.next()));
            }
        }
    }
}
