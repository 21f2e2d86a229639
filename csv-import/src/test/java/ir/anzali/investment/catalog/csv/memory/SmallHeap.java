package ir.anzali.investment.catalog.csv.memory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the tests in a new JVM with a small heap, so that a test can show that some
 * input is handled in bounded memory: an {@code OutOfMemoryError} there ends the run with its trace,
 * which the test then sees.
 */
public final class SmallHeap {

    /**
     * What the run printed and how it ended.
     *
     * @param exit   the exit status
     * @param output standard output
     * @param errors standard error
     */
    public record Run(int exit, String output, String errors) {

        /** Everything printed, for a failure's description. */
        @Override
        public String toString() {
            return "exit " + exit + "\n" + output + errors;
        }
    }

    private SmallHeap() {
    }

    public static Run run(String heap, Class<?> main, String... args) throws IOException, InterruptedException {
        return run(heap, List.of(), main, args);
    }

    /** Runs with more options for the JVM, such as its temporary folder. */
    public static Run run(String heap, List<String> options, Class<?> main, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> path = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC"));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, path), main.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("small-heap", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The run did not end: " + command);
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(errors));
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
