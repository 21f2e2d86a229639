package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.csv.FileChangedException;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.jdbc.StoreException;
import ir.anzali.investment.catalog.query.AgencyRole;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.text.Delimiter;
import ir.anzali.investment.catalog.text.Named;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The {@code catalog} command line. Exit status: 0 when there are no errors, 1 when the data has
 * errors, 2 for a usage error, a file that cannot be read or written, a database that fails, or any
 * other failure — always with one line on standard error, never a stack trace. Output is UTF-8, in Persian or English. When
 * the reader of standard output closes its pipe ({@code ./catalog export c.json | head}), the run
 * ends quietly with its own status, as Unix tools do.
 *
 * <p>Every exception a command throws ends in one place, the execution-exception handler
 * ({@link #failure}): a usage error or a file that cannot be read is told in the program's own words;
 * anything else is an internal error, told as {@code internal error, please report: <class>}. Its
 * stack trace follows only when the environment variable {@value #DEBUG} is set to anything but
 * empty.
 */
public final class Main {

    /** Kept so that the quieter level stays set: Hibernate Validator logs its version at start. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
    /** Kept so that the quieter level stays set: Flyway logs each migration it applies to a database. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    /** Said when memory ran out even for the message in the chosen language. */
    private static final String LAST_RESORT = "catalog: not enough memory for this run: give it a larger heap with"
            + " JAVA_OPTS=-Xmx (eight times the size of the files given, at least), or split the files.";

    /** The environment variable that adds an internal error's stack trace to its line. */
    static final String DEBUG = "CATALOG_DEBUG";

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        FLYWAY_LOG.setLevel(Level.WARNING);
        // Workers hand their failures to the command, which reports them in one line.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> { });
        PrintStream out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
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
        return run(CatalogCommand::new, args, out, err, env, terminal);
    }

    /**
     * Runs a command line whose top command is made by {@code root}; {@link #run(String[], PrintStream,
     * PrintStream, Map, boolean)} runs the {@code catalog} command.
     */
    static int run(Function<Session, Object> root, String[] args, PrintStream out, PrintStream err,
            Map<String, String> env, boolean terminal) {
        Session session = new Session(out, err, Texts.locale(lang(args), env), terminal, Map.copyOf(env));
        Console console = session.console();
        String outOfMemory = console.text("error.memory", "size",
                largerHeap(Runtime.getRuntime().maxMemory(), inputBytes(args)));
        boolean debug = !env.getOrDefault(DEBUG, "").isEmpty();
        int status;
        try {
            status = commandLine(root.apply(session), session, console, debug).execute(args);
        } catch (OutOfMemoryError e) {
            status = fail(console, err, outOfMemory);
        } catch (RuntimeException e) {
            status = failure(e, console, err, debug);
        }
        out.flush();
        if (out.checkError() && !(out instanceof StandardOutput s && s.pipeClosed())) {
            status = fail(console, err, console.text("error.stdout"));
        }
        return status;
    }

    private static CommandLine commandLine(Object root, Session session, Console console, boolean debug) {
        CommandLine cl = new CommandLine(root, new Factory(session));
        cl.setResourceBundle(Texts.bundle(session.locale()));
        cl.setOut(new PrintWriter(session.out(), true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(session.err(), true, StandardCharsets.UTF_8));
        register(cl, Choice.Format.class);
        register(cl, Choice.FileFormat.class);
        register(cl, Choice.Language.class);
        register(cl, Choice.Headers.class);
        codes(cl, Kind.class);
        codes(cl, ImportMode.class);
        codes(cl, SortKey.class);
        codes(cl, AgencyRole.class);
        codes(cl, Delimiter.class);
        cl.setParameterExceptionHandler((e, args) -> fail(console, session.err(), Usage.describe(console, e)));
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException u) {
                return fail(console, session.err(), withHint(u.message(console), Usage.hint(console, command)));
            }
            return failure(e, console, session.err(), debug);
        });
        return cl;
    }

    /**
     * The one line of a failure that is not a usage error, and exit status 2: a file that cannot be
     * read or written in the program's words, never a library's exception text; anything else an
     * internal error named by its class, with its stack trace only in debug mode.
     */
    private static int failure(Exception e, Console console, PrintStream err, boolean debug) {
        if (e instanceof StoreException s) {
            return fail(console, err, Database.message(console, s));
        }
        if (e instanceof UserFiles.Failed f) {
            return fail(console, err, f.message(console));
        }
        if (e instanceof FileChangedException) {
            return fail(console, err, console.text("error.io", "problem", e.getMessage()));
        }
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
        if (io != null) {
            return fail(console, err, console.text("error.io", "problem", UserFiles.where(console, io)));
        }
        int status = fail(console, err, console.text("error.internal", "problem", e.getClass().getName()));
        if (debug) {
            e.printStackTrace(err);
        }
        return status;
    }

    private static <E extends Enum<E> & Choice> void register(CommandLine cl, Class<E> type) {
        cl.registerConverter(type, new Choice.Converter<>(type));
    }

    /** Converts the text of options of a library enum through the library's codes and names. */
    private static <E extends Enum<E> & Named> void codes(CommandLine cl, Class<E> type) {
        cl.registerConverter(type, new Choice.Codes<>(type));
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
     * A heap size to suggest after running out of memory, as {@code -Xmx} writes it: enough for the
     * files given — a catalog holds an opportunity in about 4 KiB of heap, some seven times its
     * 600 bytes of CSV, so eight times their bytes and 64 MiB for the program — and at least twice the
     * present heap; rounded up to a power of two (the JVM reports a little less than {@code -Xmx}
     * asked for).
     *
     * @param maxBytes   the present heap
     * @param inputBytes the bytes of the files given
     */
    static String largerHeap(long maxBytes, long inputBytes) {
        long forFiles = (Math.min(inputBytes, Long.MAX_VALUE / 16) * 8 >> 20) + 64;
        return xmx(Math.max(Math.max(64, forFiles), 2 * Math.max(1, maxBytes >> 20)));
    }

    /** A heap of at least so many MiB as {@code -Xmx} writes it, rounded up to a power of two: {@code 512m}, {@code 4g}. */
    static String xmx(long mebibytes) {
        long wanted = Math.max(1, mebibytes);
        long rounded = Long.highestOneBit(wanted) == wanted ? wanted : Long.highestOneBit(wanted) << 1;
        return rounded >= 1024 ? rounded / 1024 + "g" : rounded + "m";
    }

    /** The bytes of the arguments that name files there are, read before the run so that no memory is needed then. */
    static long inputBytes(String[] args) {
        long bytes = 0;
        for (String a : args) {
            try {
                Path p = Path.of(a);
                if (!a.startsWith("-") && Files.isRegularFile(p)) {
                    bytes += Files.size(p);
                }
            } catch (InvalidPathException | IOException | SecurityException e) {
                // Not a file this run reads: nothing to count.
            }
        }
        return bytes;
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
