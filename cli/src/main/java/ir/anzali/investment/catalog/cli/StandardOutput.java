package ir.anzali.investment.catalog.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output that knows why a write failed: a reader that closed its end of a pipe
 * ({@code ./catalog export c.json | head}) wants no more, and the run ends quietly as Unix tools do;
 * any other failure, such as a full disk, is an error. Once the pipe is closed, nothing more is
 * written.
 */
final class StandardOutput extends PrintStream {

    private final Recorder recorder;

    /**
     * @param out the stream to write to, not null
     */
    StandardOutput(OutputStream out) {
        this(new Recorder(out));
    }

    private StandardOutput(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** Whether a write failed because the reader closed the pipe. */
    boolean pipeClosed() {
        return recorder.pipeClosed;
    }

    /**
     * Whether an exception says that the reading end of a pipe was closed ({@code EPIPE}, told as
     * "Broken pipe" on Linux and macOS, "The pipe is being closed" or "The pipe has been ended" on
     * Windows).
     */
    static boolean isClosedPipe(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("broken pipe") || message.contains("pipe is being closed")
                || message.contains("pipe has been ended");
    }

    /** Remembers a closed pipe and drops what is written after it. */
    private static final class Recorder extends FilterOutputStream {
        private volatile boolean pipeClosed;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!pipeClosed) {
                guard(() -> out.write(b, off, len));
            }
        }

        @Override
        public void flush() throws IOException {
            if (!pipeClosed) {
                guard(out::flush);
            }
        }

        private void guard(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException e) {
                if (isClosedPipe(e)) {
                    pipeClosed = true;
                }
                throw e;
            }
        }
    }

    /** A write that may fail. */
    private interface Write {
        void run() throws IOException;
    }
}
