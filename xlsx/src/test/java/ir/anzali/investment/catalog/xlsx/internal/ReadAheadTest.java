package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.property.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** Reads a stream to its end in reads of random sizes, some of one byte. */
    private static byte[] readAll(InputStream in, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[3 * ReadAhead.CHUNK];
        while (true) {
            if (random.nextInt(10) == 0) {
                int b = in.read();
                if (b < 0) {
                    return out.toByteArray();
                }
                out.write(b);
            } else {
                int n = in.read(buffer, 0, 1 + random.nextInt(random.nextBoolean() ? 5000 : buffer.length));
                if (n < 0) {
                    return out.toByteArray();
                }
                out.write(buffer, 0, n);
            }
        }
    }

    @Test
    void the_bytes_read_ahead_are_the_streams_whether_the_helper_runs_its_tasks_queues_them_or_refuses_them()
            throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor never = queued::add;
        Executor refusing = task -> {
            throw new RejectedExecutionException("full");
        };
        Seeds.forEach(12, seed -> {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(4 * ReadAhead.CHUNK)];
            random.nextBytes(bytes);
            for (Executor helper : List.of(pool, never, refusing)) {
                try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(bytes), helper)) {
                    assertThat(readAll(in, random)).isEqualTo(bytes);
                    assertThat(in.read()).isEqualTo(-1);
                }
            }
        });
        queued.forEach(Runnable::run);
    }

    @Test
    void the_stream_under_it_is_read_by_one_thread_at_a_time() throws Exception {
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        byte[] bytes = new byte[10 * ReadAhead.CHUNK + 7];
        InputStream watched = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                most.accumulateAndGet(reading.incrementAndGet(), Math::max);
                try {
                    Thread.yield();
                    return super.read(b, off, len);
                } finally {
                    reading.decrementAndGet();
                }
            }
        };
        try (ReadAhead in = new ReadAhead(watched, pool)) {
            assertThat(readAll(in, new Random(1))).isEqualTo(bytes);
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void a_failure_on_the_helper_is_thrown_by_the_read_that_needs_its_bytes_after_the_bytes_before_it()
            throws Exception {
        IOException broken = new IOException("the part expands too far");
        byte[] bytes = new byte[2 * ReadAhead.CHUNK + 100];
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= bytes.length - 50) {
                    throw broken;
                }
                int n = super.read(b, off, Math.min(len, bytes.length - 50 - read));
                read += n;
                return n;
            }
        };
        byte[] buffer = new byte[bytes.length];
        AtomicInteger delivered = new AtomicInteger();
        try (ReadAhead in = new ReadAhead(failing, pool)) {
            assertThatThrownBy(() -> {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    delivered.addAndGet(n);
                }
            }).isSameAs(broken);
        }
        assertThat(delivered.get()).isBetween(2 * ReadAhead.CHUNK, bytes.length - 50);
    }

    @Test
    void closing_waits_for_the_task_under_way_before_the_stream_under_it_is_closed() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean closedWhileRead = new AtomicBoolean();
        AtomicBoolean inRead = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        InputStream slow = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (reads.incrementAndGet() == 2) {
                    inRead.set(true);
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                    inRead.set(false);
                }
                return len;
            }

            @Override
            public void close() {
                closedWhileRead.set(inRead.get());
            }
        };
        ReadAhead in = new ReadAhead(slow, pool);
        assertThat(in.read()).isZero();
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        closer.join(200);
        assertThat(closer.isAlive()).isTrue();
        release.countDown();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(closedWhileRead.get()).isFalse();
        assertThat(reads.get()).isEqualTo(2);
    }
}
