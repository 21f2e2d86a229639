package ir.anzali.investment.catalog.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database runs of {@code docs/performance.md}: a file of {@code Generate rows N} imported into
 * PostgreSQL by the store, against {@code COPY} of the same rows without validation and the
 * in-memory validation rate; and the store's count, for the {@code kill -9} run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport server DIR
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport store URL big.csv [THREADS]
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport copy URL big.csv
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport validate big.csv
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport count URL
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport clear URL
 * java -cp benchmarks/target/benchmarks.jar ir.anzali.investment.catalog.benchmarks.DatabaseImport settle URL
 * </pre>
 *
 * {@code server DIR} starts a PostgreSQL (the embedded binaries; not as root) with its data in DIR,
 * prints its URL and runs until stopped; {@code store} imports the file all-or-nothing into the
 * store, its rows mapped by THREADS workers (default 1); {@code count} prints what the store holds and {@code clear} empties it; {@code settle} does
 * now the work the server would otherwise do in the middle of the next step (the vacuum and analysis
 * of the rows a step wrote, by {@code VACUUM (ANALYZE)}, and a {@code CHECKPOINT}), so that each step
 * pays for its own rows only: run it after {@code store} and after {@code copy}; {@code copy} copies the file's rows, unchecked, into a table of text columns.
 * Each prints its rows and seconds; {@code store} and {@code validate} also the processor time of the
 * thread that ran them and the bytes it allocated a row; {@code store} then the processor time of the
 * whole JVM by what its threads do ({@link ThreadTimes}: the JIT compiler, the collector), on Linux.
 */
public final class DatabaseImport {

    private DatabaseImport() {
    }

    /**
     * Runs one step.
     *
     * @param args the step and its arguments, as above
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "server" -> server(Path.of(args[1]));
            case "store" -> store(args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1);
            case "copy" -> copy(args[1], Path.of(args[2]));
            case "validate" -> validate(Path.of(args[1]));
            case "count" -> count(args[1]);
            case "clear" -> clear(args[1]);
            case "settle" -> settle(args[1]);
            default -> {
                System.err.println("usage: DatabaseImport server DIR | store URL FILE [THREADS] | copy URL FILE"
                        + " | validate FILE | count URL | clear URL | settle URL");
                System.exit(2);
            }
        }
    }

    private static void server(Path dir) throws IOException, InterruptedException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        System.out.println(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void store(String url, Path file, int threads) throws Exception {
        CatalogStore store = CatalogStore.of(dataSource(url));
        store.migrate();
        Work work = new Work();
        StoreImport done = store.importFile(CatalogImporter.builder().mode(ImportMode.ALL_OR_NOTHING).parallelism(threads).build(), file,
                Kind.OPPORTUNITIES, "benchmark");
        double seconds = work.seconds();
        System.out.printf("store: %d rows added in %.1f s, %.0f rows/s, imported=%b, errors=%d; %s%n", done.added(),
                seconds, done.added() / seconds, done.imported(), done.report().errorCount(), work.of(done.added()));
        ThreadTimes times = ThreadTimes.now();
        if (times != null) {
            System.out.println(times);
        }
    }

    /**
     * What a step cost the thread that ran it, which the load of a shared machine changes little: its
     * processor time and the bytes it allocated a row (with one worker, the importer reads, checks
     * and writes on the calling thread).
     */
    private static final class Work {
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final long start = System.nanoTime();
        private final long cpu = threads.getCurrentThreadCpuTime();
        private final long bytes = threads.getCurrentThreadAllocatedBytes();

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        String of(long rows) {
            return String.format("calling thread: %.1f s processor time, %d bytes allocated a row",
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (threads.getCurrentThreadAllocatedBytes() - bytes) / Math.max(1, rows));
        }
    }

    private static void count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM catalog_opportunity),"
                        + " (SELECT COUNT(*) FROM catalog_status_change), (SELECT COUNT(*) FROM catalog_import)")) {
            rs.next();
            System.out.printf("opportunities %d, status changes %d, imports logged %d%n", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3));
        }
    }

    private static void clear(String url) throws SQLException {
        CatalogStore.of(dataSource(url)).migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // TRUNCATE rather than DELETE: a store emptied by DELETE keeps its dead rows until a vacuum,
            // and the next import's rows then land in a larger table than COPY's fresh one.
            s.execute("TRUNCATE catalog_opportunity, catalog_opportunity_amount, catalog_status_change, catalog_import");
        }
    }

    private static void settle(String url) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            // autovacuum would vacuum and analyze a table of a million new rows a minute or so after the
            // step that wrote it, inside the next step's time and processor time
            s.execute("VACUUM (ANALYZE)");
            s.execute("CHECKPOINT");
        }
        System.out.printf("settle: vacuum, analysis and checkpoint in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void copy(String url, Path file) throws IOException, SQLException {
        int columns;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            columns = in.readLine().split(",", -1).length;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS copy_floor");
            StringBuilder ddl = new StringBuilder("CREATE TABLE copy_floor (");
            for (int i = 0; i < columns; i++) {
                ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(" TEXT");
            }
            s.execute(ddl.append(")").toString());
            long start = System.nanoTime();
            long rows;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY copy_floor FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("copy: %d rows in %.1f s, %.0f rows/s%n", rows, seconds, rows / seconds);
        }
    }

    private static void validate(Path file) throws IOException {
        Work work = new Work();
        ImportReport report = CatalogImporter.builder().build().validate(file, Kind.OPPORTUNITIES);
        double seconds = work.seconds();
        System.out.printf("validate: %d rows in %.1f s, %.0f rows/s; %s%n", report.accepted(), seconds,
                report.accepted() / seconds, work.of(report.accepted()));
    }

    /** The driver's own data source over a URL: the store needs no more, and the tests' copy stays theirs. */
    private static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
