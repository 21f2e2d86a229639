package ir.anzali.investment.catalog.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One run of the command line in a test: what it printed on each stream and its exit status, with
 * an environment chosen by the test.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
record Run(int status, String out, String err) {

    /** The environment of an English user. */
    static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");
    /** The environment of a Persian user. */
    static final Map<String, String> PERSIAN = Map.of("LANG", "fa_IR.UTF-8");

    static Run of(String... args) {
        return in(ENGLISH, args);
    }

    static Run in(Map<String, String> env, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env, false);
        return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The repository's examples folder, found from the module's working directory. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples");
            if (Files.isRegularFile(candidate.resolve("opportunities.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    static String opportunities() {
        return examples().resolve("opportunities.csv").toString();
    }

    static String incentives() {
        return examples().resolve("incentives.csv").toString();
    }

    /** Everything printed, for a failure's description. */
    @Override
    public String toString() {
        return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
