package ir.anzali.investment.catalog.csv.read;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CsvFiles;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The caller's executor runs the workers of a reading ({@code CatalogImporter.Builder#executor}):
 * the report is that of one thread, the executor is never shut down, at most a few batches are given
 * to it at once, and a refusal is one clear exception with nothing imported.
 */
class ImporterExecutorTest {

    /** Rows enough for several batches of the reading; every 97th names an unknown sector. */
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "server-pool"));

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private Path file() throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < ROWS; i++) {
            text.append("AFZ-TOU-").append(i).append(",هتل ساحلی شماره ").append(i).append(',')
                    .append(i % 97 == 0 ? "NOPE" : "TOURISM").append(",5000000000,IRR,AFZO\n");
        }
        return CsvFiles.write(dir, "opportunities.csv", text.toString());
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void the_callers_executor_runs_the_workers_and_the_report_is_that_of_one_thread(int parallelism)
            throws Exception {
        Path file = file();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> pool.execute(() -> {
            tasks.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            task.run();
        });
        List<String> alone = new ArrayList<>();
        List<String> onPool = new ArrayList<>();
        CatalogImporter.Builder builder = CatalogImporter.builder().mode(ImportMode.SKIP_INVALID);
        ImportReport expected = checked(builder.build().forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()),
                (Opportunity o) -> alone.add(o.id().value())));
        ImportReport report = checked(builder.parallelism(parallelism).executor(counting).build().forEachOpportunity(
                file, Catalog.empty(ReferenceData.defaults()), (Opportunity o) -> onPool.add(o.id().value())));
        assertThat(report).isEqualTo(expected);
        assertThat(report.rejected()).isEqualTo((ROWS + 96) / 97);
        assertThat(onPool).isEqualTo(alone).hasSize(ROWS - (ROWS + 96) / 97);
        assertThat(tasks.get()).isGreaterThan(1);
        assertThat(threads).containsOnly("server-pool");
        assertThat(InterruptedReadingTest.workers()).isEmpty();
    }

    @Test
    void the_importer_never_shuts_the_callers_executor_down() throws Exception {
        CatalogImporter importer = CatalogImporter.builder().executor(pool).build();
        ImportReport first = importer.validate(file(), Kind.OPPORTUNITIES);
        ImportReport second = importer.validate(file(), Kind.OPPORTUNITIES);
        assertThat(pool.isShutdown()).isFalse();
        assertThat(pool.submit(() -> "still running").get()).isEqualTo("still running");
        assertThat(second).isEqualTo(first);
        assertThat(first.rowsRead()).isEqualTo(ROWS);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 3})
    void parallelism_bounds_the_batches_given_to_the_callers_executor_at_once(int parallelism) throws Exception {
        List<Future<?>> given = new ArrayList<>();
        AtomicInteger most = new AtomicInteger();
        Executor watched = task -> {
            given.add((Future<?>) task);
            most.accumulateAndGet((int) given.stream().filter(f -> !f.isDone()).count(), Math::max);
            pool.execute(task);
        };
        ImportReport report = CatalogImporter.builder().parallelism(parallelism).executor(watched).build()
                .validate(file(), Kind.OPPORTUNITIES);
        assertThat(report.rowsRead()).isEqualTo(ROWS);
        assertThat(given).hasSizeGreaterThan(parallelism + 2);
        assertThat(most.get()).isBetween(1, parallelism + 2);
    }

    @Test
    void a_refused_batch_is_a_clear_exception_with_nothing_imported_and_no_batch_left_to_run() throws Exception {
        RejectedExecutionException refusal = new RejectedExecutionException("queue full");
        List<Runnable> queued = new ArrayList<>();
        Executor full = task -> {
            if (queued.size() == 2) {
                throw refusal;
            }
            queued.add(task);
        };
        List<Opportunity> handedOut = new ArrayList<>();
        CatalogImporter importer = CatalogImporter.builder().executor(full).build();
        Catalog target = Catalog.empty(ReferenceData.defaults());
        Path file = file();

        assertThatThrownBy(() -> importer.importInto(target, file, null))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("opportunities.csv")
                .hasMessageContaining("nothing imported")
                .hasMessageContaining("give an executor that accepts")
                .hasCause(refusal);
        assertThat(queued).hasSize(2).allSatisfy(task -> assertThat(task).isInstanceOfSatisfying(Future.class,
                f -> assertThat(f.isCancelled()).isTrue()));

        queued.clear();
        assertThatThrownBy(() -> importer.forEachOpportunity(file, target, handedOut::add))
                .isInstanceOf(RejectedExecutionException.class).hasCause(refusal);
        assertThat(handedOut).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(handedOut).isEmpty();
        assertThat(target.opportunities()).isEmpty();
    }
}
