package ir.anzali.investment.catalog.csv.read;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import interrupted from another thread stops after the read under way, with an
 * {@link InterruptedIOException}, its thread's interrupt flag set, no worker left and no temporary
 * file left; whatever the number of workers.
 */
class InterruptedReadingTest {

    /** Bytes read before the interrupt: past the first mebibyte, where the encoding is detected. */
    private static final long BEFORE = 4L << 20;
    /** Bytes a reading that ignored the interrupt would go on to read; the stream then ends. */
    private static final long IGNORED = 64L << 20;
    /** The most bytes the one read under way when the interrupt comes may take: the size of the reading's buffers. */
    private static final long ONE_READ = 4L << 20;

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void an_interrupted_csv_stream_stops_after_the_read_under_way_and_keeps_the_flag(int parallelism) throws Exception {
        CatalogImporter importer = CatalogImporter.builder().parallelism(parallelism).build();
        Rows stream = new Rows(HEADER + "\n", i -> "AFZ-TOU-" + i + ",هتل ساحلی,TOURISM,5000000000,IRR,AFZO\n");
        Outcome outcome = interrupted(stream, () -> importer.validate(stream, "endless.csv", Kind.OPPORTUNITIES));
        assertThat(outcome.thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(outcome.flagKept).isTrue();
        assertThat(stream.readsAfterInterrupt.get()).isEqualTo(1);
        assertThat(stream.afterInterrupt.get()).isPositive().isLessThanOrEqualTo(ONE_READ);
        assertThat(workers()).isEmpty();
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void an_interrupted_upload_of_a_workbook_stops_its_copy_and_removes_it(int parallelism) throws Exception {
        CatalogImporter importer = CatalogImporter.builder().parallelism(parallelism).mode(ImportMode.SKIP_INVALID)
                .build();
        List<Path> before = spooled();
        Rows stream = new Rows("PK\3\4", i -> "\0".repeat(1000));
        Outcome outcome = interrupted(stream, () -> importer.forEachOpportunity(ImportSource.of(stream, "upload.xlsx"),
                Catalog.empty(ReferenceData.defaults()), o -> { }));
        assertThat(outcome.thrown).isInstanceOf(InterruptedIOException.class);
        assertThat(outcome.flagKept).isTrue();
        assertThat(stream.readsAfterInterrupt.get()).isEqualTo(1);
        assertThat(stream.afterInterrupt.get()).isPositive().isLessThanOrEqualTo(ONE_READ);
        assertThat(spooled()).isEqualTo(before);
        assertThat(workers()).isEmpty();
    }

    /** What a reading interrupted from another thread ended with, seen from its own thread. */
    private record Outcome(Throwable thrown, boolean flagKept) {
    }

    /** A reading that may throw anything. */
    private interface Reading {
        Object run() throws Exception;
    }

    /** Runs a reading on a thread of its own, and interrupts it from this one when the stream asks for it. */
    private static Outcome interrupted(Rows stream, Reading reading) throws Exception {
        Throwable[] thrown = new Throwable[1];
        boolean[] flag = new boolean[1];
        Thread reader = new Thread(() -> {
            try {
                reading.run();
            } catch (Exception | Error e) {
                thrown[0] = e;
            }
            flag[0] = Thread.currentThread().isInterrupted();
        }, "reader");
        reader.start();
        stream.reached.await();
        reader.interrupt();
        reader.join();
        return new Outcome(thrown[0], flag[0]);
    }

    /**
     * A stream of a first line and then rows made on the fly. When {@link #BEFORE} bytes are read it
     * says so and waits, within the read, until its reader is interrupted; then it counts the reads
     * and their bytes, and ends after {@link #IGNORED} more, so that a reading that ignores the
     * interrupt ends.
     */
    private static final class Rows extends InputStream {
        final CountDownLatch reached = new CountDownLatch(1);
        final AtomicLong afterInterrupt = new AtomicLong();
        final AtomicLong readsAfterInterrupt = new AtomicLong();
        private final LongFunction<String> row;
        private byte[] pending;
        private int at;
        private long rows;
        private long read;

        Rows(String first, LongFunction<String> row) {
            this.row = row;
            this.pending = first.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (read >= BEFORE && reached.getCount() > 0) {
                reached.countDown();
                while (!Thread.currentThread().isInterrupted()) {
                    LockSupport.park(this);
                }
            }
            if (reached.getCount() == 0 && afterInterrupt.get() >= IGNORED) {
                return -1;
            }
            int n = 0;
            while (n < len) {
                if (at == pending.length) {
                    pending = row.apply(rows++).getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                int take = Math.min(len - n, pending.length - at);
                System.arraycopy(pending, at, b, off + n, take);
                at += take;
                n += take;
            }
            read += n;
            if (reached.getCount() == 0) {
                afterInterrupt.addAndGet(n);
                readsAfterInterrupt.incrementAndGet();
            }
            return n;
        }
    }

    /** The importer's workers still alive. */
    static List<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().endsWith("-import-worker")).toList();
    }

    /** The importer's temporary copies of uploads in the temporary folder. */
    private static List<Path> spooled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("catalog-upload-")).sorted().toList();
        }
    }
}
