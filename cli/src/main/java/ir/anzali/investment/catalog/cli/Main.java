package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.FileChangedException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The {@code catalog} command line. Exit status: 0 when there are no errors, 1 when the data has
 * errors, 2 for a usage error, a file that cannot be read or written, or any other failure — always
 * with one line on standard error, never a stack trace. Output is UTF-8, in Persian or English.
 */
public final class Main {

    /** Kept so that the quieter level stays set: Hibernate Validator logs its version at start. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    /** Said when memory ran out even for the message in the chosen language. */
    private static final String LAST_RESORT = "catalog: not enough memory for this run: raise it with JAVA_OPTS=-Xmx"
            + "(twice the present size) and run again.";

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        // Workers hand their failures to the command, which reports them in one line.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> { });
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err, System.getenv(), System.console() != null);
        } catch (OutOfMemoryError e) {
            err.println(LAST_RESORT);
            status = 2;
        }
        System.exit(status);
    }

    /**
     * Runs the command line.
     *
     * @param args     the arguments, not null
     * @param out      standard output, not null
     * @param err      standard error, not null
     * @param env      the environment, for the language, not null
     * @param terminal whether a person watches (progress is shown then)
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        Session session = new Session(out, err, Texts.locale(lang(args), env), terminal);
        Console console = session.console();
        String outOfMemory = console.text("error.memory", "size", largerHeap(Runtime.getRuntime().maxMemory()));
        int status;
        try {
            status = commandLine(session, console).execute(args);
        } catch (OutOfMemoryError e) {
            status = fail(console, err, outOfMemory);
        } catch (RuntimeException e) {
            status = fail(console, err, console.text("error.internal", "problem", describe(e)));
        }
        out.flush();
        if (out.checkError()) {
            status = fail(console, err, console.text("error.stdout"));
        }
        return status;
    }

    private static CommandLine commandLine(Session session, Console console) {
        CommandLine cl = new CommandLine(new CatalogCommand(session), new Factory(session));
        cl.setResourceBundle(Texts.bundle(session.locale()));
        cl.setOut(new PrintWriter(session.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(session.err(), true, StandardCharsets.UTF_8));
        register(cl, Choice.Format.class);
        register(cl, Choice.FileFormat.class);
        register(cl, Choice.Language.class);
        register(cl, Choice.Kind.class);
        register(cl, Choice.Mode.class);
        register(cl, Choice.Headers.class);
        register(cl, Choice.Sort.class);
        register(cl, Choice.Role.class);
        register(cl, Choice.Delimiter.class);
        cl.setParameterExceptionHandler((e, args) -> fail(console, session.err(), Usage.describe(console, e)));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException u) {
                return fail(console, session.err(), withHint(u.message(console), Usage.hint(console, command)));
            }
            if (e instanceof FileChangedException || e instanceof IOException || e instanceof UncheckedIOException) {
                return fail(console, session.err(), console.text("error.io", "problem", e.getMessage()));
            }
            throw e;
        });
        return cl;
    }

    private static <E extends Enum<E> & Choice> void register(CommandLine cl, Class<E> type) {
        cl.registerConverter(type, new Choice.Converter<>(type));
    }

    /**
     * Prints a failure: its first line after {@code catalog: }, and the lines that follow it — the
     * problems of a catalog, say — each made safe for a terminal.
     *
     * @return 2, the exit status of a failure
     */
    private static int fail(Console console, PrintStream err, String message) {
        String[] lines = message.split("\\R");
        err.println(Console.escape(console.text("error.prefix") + lines[0]));
        for (int i = 1; i < lines.length; i++) {
            err.println(Console.escape(lines[i]));
        }
        err.flush();
        return 2;
    }

    /** A message with where help is at the end of its first line. */
    private static String withHint(String message, String hint) {
        int end = message.indexOf('\n');
        return end < 0 ? message + " " + hint : message.substring(0, end) + " " + hint + message.substring(end);
    }

    /**
     * A heap size to suggest after running out of memory: at least twice the present one, rounded up
     * to a power of two (the JVM reports a little less than {@code -Xmx} asked for), as {@code -Xmx}
     * writes it.
     */
    static String largerHeap(long maxBytes) {
        long wanted = Math.max(64, 2 * Math.max(1, maxBytes >> 20));
        long mebibytes = Long.highestOneBit(wanted) == wanted ? wanted : Long.highestOneBit(wanted) << 1;
        return mebibytes >= 1024 ? mebibytes / 1024 + "g" : mebibytes + "m";
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The value of {@code --lang}, read before the arguments are parsed, so that help and errors are in it. */
    private static @Nullable String lang(String[] args) {
        List<String> all = List.of(args);
        for (int i = 0; i < all.size(); i++) {
            String a = all.get(i);
            if (a.equals("--lang") && i + 1 < all.size()) {
                return all.get(i + 1);
            }
            if (a.startsWith("--lang=")) {
                return a.substring("--lang=".length());
            }
        }
        return null;
    }

    /** Makes the commands, each with the session. */
    private static final class Factory implements CommandLine.IFactory {
        private final Session session;

        Factory(Session session) {
            this.session = session;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withSession = type.getDeclaredConstructor(Session.class);
                return withSession.newInstance(session);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
