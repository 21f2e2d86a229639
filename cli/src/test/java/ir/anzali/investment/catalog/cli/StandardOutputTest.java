package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardOutputTest {

    /** A stream whose every write fails with the given reason, counting the writes tried. */
    private static final class Failing extends OutputStream {
        private final String reason;
        private int writes;

        Failing(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            writes++;
            throw new IOException(reason);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            write(0);
        }
    }

    private static Run run(OutputStream stdout, String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new StandardOutput(stdout), new PrintStream(e, true, StandardCharsets.UTF_8),
                Run.ENGLISH, false);
        return new Run(status, "", e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_closed_pipe_on_standard_output_ends_the_run_quietly_with_its_own_status() {
        Failing closed = new Failing("Broken pipe");
        Run run = run(closed, "template");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(closed.writes).as("nothing is written after the pipe closed").isEqualTo(1);
    }

    @Test
    void a_full_disk_on_standard_output_is_an_error_with_exit_2() {
        Run run = run(new Failing("No space left on device"), "template");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("catalog: cannot write to standard output (is the disk full?)."
                + System.lineSeparator());
    }

    @Test
    void a_closed_pipe_is_told_by_the_words_of_linux_macos_and_windows() {
        assertThat(StandardOutput.isClosedPipe(new IOException("Broken pipe"))).isTrue();
        assertThat(StandardOutput.isClosedPipe(new IOException("The pipe is being closed"))).isTrue();
        assertThat(StandardOutput.isClosedPipe(new IOException("The pipe has been ended"))).isTrue();
        assertThat(StandardOutput.isClosedPipe(new IOException("No space left on device"))).isFalse();
        assertThat(StandardOutput.isClosedPipe(new IOException())).isFalse();
    }
}
