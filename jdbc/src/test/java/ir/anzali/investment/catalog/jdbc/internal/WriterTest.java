package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriterTest {

    @Test
    void work_handed_over_runs_on_the_writer_thread_in_the_order_it_was_handed_over() throws Exception {
        List<String> done = new ArrayList<>();
        try (Writer writer = new Writer()) {
            for (int i = 1; i <= 3; i++) {
                String name = "batch " + i;
                writer.submit(() -> done.add(name + " on " + Thread.currentThread().getName()));
            }
            writer.drain();
        }
        assertThat(done).containsExactly("batch 1 on " + Writer.THREAD_NAME, "batch 2 on " + Writer.THREAD_NAME,
                "batch 3 on " + Writer.THREAD_NAME);
    }

    @Test
    void a_failure_of_work_is_thrown_by_the_next_call_and_the_work_offered_with_it_is_not_done() throws Exception {
        List<String> done = new ArrayList<>();
        try (Writer writer = new Writer()) {
            writer.submit(() -> {
                throw new SQLException("duplicate key value violates unique constraint", "23505");
            });
            assertThatThrownBy(() -> writer.submit(() -> done.add("after"))).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23505"));
            writer.drain();
        }
        assertThat(done).isEmpty();
    }

    @Test
    void an_interrupted_caller_still_waits_for_the_work_and_keeps_its_interrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            while (caller.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        try (Writer writer = new Writer()) {
            writer.submit(() -> {
                awaitUninterruptibly(release);
                done.add("written");
            });
            caller.interrupt();
            releaser.start();
            writer.drain();
            assertThat(Thread.interrupted()).isTrue();
        }
        releaser.join();
        assertThat(done).containsExactly("written");
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // the test's latch is always counted down
            }
        }
    }
}
