package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook's import interrupted from another thread stops within a batch of rows of where it
 * was, with an {@link InterruptedIOException}, its thread's interrupt flag set and no worker left,
 * whatever the number of workers.
 */
class InterruptedWorkbookTest {

    private static final int ROWS = 40_000;
    /** The most rows a reading hands out after the interrupt: the rest of the batch it is handing out. */
    private static final int ONE_BATCH = 512;

    @TempDir
    static Path dir;

    private static Path book;

    @BeforeAll
    static void write() throws Exception {
        book = dir.resolve("tall.xlsx");
        try (OutputStream out = Files.newOutputStream(book)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            String[] header = {"id", "title_en", "sector", "investment", "currency", "lead_agency"};
            for (int c = 0; c < header.length; c++) {
                ws.inlineString(0, c, header[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                ws.inlineString(r, 0, "AFZ-TOU-" + r);
                ws.inlineString(r, 1, "Beach hotel " + r);
                ws.inlineString(r, 2, "TOURISM");
                ws.value(r, 3, 5_000_000_000L);
                ws.inlineString(r, 4, "IRR");
                ws.inlineString(r, 5, "AFZO");
            }
            wb.finish();
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void an_interrupted_workbook_stops_within_a_batch_and_keeps_the_flag(int parallelism) throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicLong afterInterrupt = new AtomicLong();
        CatalogImporter importer = CatalogImporter.builder().parallelism(parallelism).mode(ImportMode.SKIP_INVALID)
                .progress((file, rows, bytes, total) -> {
                    if (rows > 0 && reached.getCount() > 0) {
                        reached.countDown();
                        while (!Thread.currentThread().isInterrupted()) {
                            LockSupport.park(this);
                        }
                        interrupted.set(true);
                    }
                }).build();
        Throwable[] thrown = new Throwable[1];
        boolean[] flag = new boolean[1];
        long[] handedOut = new long[1];
        Thread reader = new Thread(() -> {
            try {
                importer.forEachOpportunity(book, Catalog.empty(ReferenceData.defaults()), o -> {
                    handedOut[0]++;
                    if (interrupted.get()) {
                        afterInterrupt.incrementAndGet();
                    }
                });
            } catch (Exception | Error e) {
                thrown[0] = e;
            }
            flag[0] = Thread.currentThread().isInterrupted();
        }, "reader");
        reader.start();
        reached.await();
        reader.interrupt();
        reader.join();
        assertThat(thrown[0]).isInstanceOf(InterruptedIOException.class);
        assertThat(flag[0]).isTrue();
        assertThat(handedOut[0]).isLessThan(ROWS);
        assertThat(afterInterrupt.get()).isLessThanOrEqualTo(ONE_BATCH);
        assertThat(workers()).isEmpty();
    }

    /** The importer's workers still alive. */
    private static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().endsWith("-import-worker")).toList();
    }
}
