package ir.anzali.investment.catalog.csv.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code catalog} command line. Exit status: 0 when there are no errors, 1 when the data has
 * errors, 2 for a usage error or an unreadable file, with a one-line message on standard error.
 * Output is UTF-8.
 */
public final class Main {

    /** Kept so that the quieter level stays set: Hibernate Validator logs its version at start. */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err, System.console() != null);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs the command line.
     *
     * @param args     the arguments, not null
     * @param out      standard output, not null
     * @param err      standard error, not null
     * @param terminal whether a person watches (progress is shown then)
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        List<String> all = Arrays.asList(args);
        String command = all.isEmpty() || all.get(0).startsWith("-") ? "demo" : all.get(0);
        List<String> rest = all.isEmpty() || command.equals("demo") && !all.get(0).equals("demo") ? all
                : all.subList(1, all.size());
        try {
            Set<String> known = options(command);
            Args parsed = new Args(rest, known);
            if (parsed.help()) {
                out.println(Console.TEXT.get("help." + (command.equals("demo") ? "main" : command),
                        java.util.Locale.ENGLISH));
                return 0;
            }
            Console console = Console.of(parsed, out, err, terminal);
            switch (command) {
                case "demo":
                    return Demo.run(parsed, console);
                case "validate":
                    return Commands.validate(parsed, console);
                case "import":
                    return Commands.importFiles(parsed, console);
                case "export":
                    return Commands.export(parsed, console);
                case "template":
                    return Commands.template(parsed, console);
                case "summary":
                    return Commands.summary(parsed, console);
                case "match":
                    return FinderCommands.match(parsed, console);
                case "search":
                    return FinderCommands.search(parsed, console);
                default:
                    throw new UsageException("unknown command '" + command + "'");
            }
        } catch (UsageException e) {
            err.println("catalog: " + e.getMessage() + " (see ./catalog " + (command.equals("demo") ? "" : command + " ")
                    + "--help)");
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("catalog: cannot read or write a file: " + e.getMessage());
            return 2;
        }
    }

    private static Set<String> options(String command) throws UsageException {
        switch (command) {
            case "demo":
                return Commands.with();
            case "validate":
                return Commands.with("kind", "incentives", "encoding", "delimiter");
            case "import":
                return Commands.with("opportunities", "incentives", "into", "out", "mode", "encoding", "delimiter");
            case "export":
                return Set.of("out", "kind", "headers");
            case "template":
                return Set.of("kind", "headers");
            case "summary":
                return Commands.with();
            case "match":
                return Commands.with("on");
            case "search":
                return Commands.with("sector", "subsector", "status", "agency", "role", "area", "text",
                        "min-direct-jobs", "min-youth-jobs", "incentive-type", "on", "sort", "desc", "page", "size");
            default:
                throw new UsageException("unknown command '" + command + "'");
        }
    }
}
