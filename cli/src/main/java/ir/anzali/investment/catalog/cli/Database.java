package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreAddress;
import ir.anzali.investment.catalog.jdbc.StoreAddressException;
import ir.anzali.investment.catalog.jdbc.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The catalog in a database, named by {@code --db URL}: H2 ({@code jdbc:h2:file:…}) or PostgreSQL
 * ({@code jdbc:postgresql://…}), the drivers in the application's jar. The user name and password come
 * from the environment ({@value #USER}, {@value #PASSWORD}) and never from the command line, which
 * every user of the machine sees in the list of processes: a URL that carries a password is refused.
 */
final class Database {

    /** The environment variable of the database's user name. */
    static final String USER = "CATALOG_DB_USER";
    /** The environment variable of the database's password. */
    static final String PASSWORD = "CATALOG_DB_PASSWORD";

    private Database() {
    }

    /**
     * The store of a URL for an import: a new database gets the catalog's tables, an older catalog is
     * upgraded, and a database that holds another application's tables is refused, untouched. An H2
     * file that is not there yet is made for the import, and {@link Importing#discard()} deletes it
     * again when the import writes nothing.
     */
    static Importing importing(String url, Map<String, String> env) throws UsageException {
        String checked = checked(url);
        try {
            StoreAddress.checkWritable(checked);
        } catch (StoreAddressException e) {
            throw refused(e);
        }
        unwritableFolder(checked);
        Path trace = newTrace(checked);
        boolean made;
        try {
            made = StoreAddress.embeddedH2(checked) && !exists(open(ifExists(checked), env));
        } catch (RuntimeException e) {
            deleteTrace(trace);
            throw e;
        }
        Importing target = new Importing(open(checked, env), made ? checked : null, trace, env.get(USER),
                env.get(PASSWORD));
        try {
            if (target.store.contents() == CatalogStore.Contents.OTHER_TABLES) {
                throw new UsageException("error.db.other", "url", url);
            }
            target.store.migrate();
            return target;
        } catch (UsageException | RuntimeException e) {
            target.discard();
            throw e;
        }
    }

    /**
     * A database opened for an import: its store, and the H2 file this run made for it, which
     * {@link #discard()} deletes when the import wrote nothing, so that a failed import leaves no
     * database behind, with the trace file H2 writes beside a file on a failure when this run made it.
     */
    static final class Importing {
        /** H2's error code of a table that is not there. */
        private static final int TABLE_NOT_FOUND = 42102;

        final CatalogStore store;
        private final @Nullable String made;
        private final @Nullable Path trace;
        private final @Nullable String user;
        private final @Nullable String password;

        Importing(CatalogStore store, @Nullable String made, @Nullable Path trace, @Nullable String user,
                @Nullable String password) {
            this.store = store;
            this.made = made;
            this.trace = trace;
            this.user = user;
            this.password = password;
        }

        /**
         * Deletes the H2 file this run made, closing the database first; nothing when the database was
         * there before, or when it holds opportunities or incentives: another run may have made and
         * filled it between this run's look and its opening, and its catalog is never deleted. A file
         * that cannot be deleted is left as it is: the import has failed already. The trace file H2
         * wrote on a failure is deleted when it was not there before this run.
         */
        void discard() {
            try {
                discardMade();
            } finally {
                deleteTrace(trace);
            }
        }

        /**
         * Ends an import that wrote: deletes the trace file that H2 wrote beside the file during this
         * run (the errors of the store's looks for tables that are not there yet), when it was not
         * there before.
         */
        void finish() {
            deleteTrace(trace);
        }

        private void discardMade() {
            if (made == null) {
                return;
            }
            try (Connection c = DriverManager.getConnection(made, user, password); Statement s = c.createStatement()) {
                if (holdsCatalog(s)) {
                    return;
                }
                String path;
                try (ResultSet rs = s.executeQuery("CALL DATABASE_PATH()")) {
                    path = rs.next() ? rs.getString(1) : null;
                }
                s.execute("SHUTDOWN");
                // The address's own file where it names one (H2 gives a split file's path with split:),
                // else the path H2 gives, as for an address with baseDir.
                Path file = StoreAddress.h2File(made, "");
                String name = file != null ? file.toString() : path;
                if (name != null) {
                    Files.deleteIfExists(Path.of(name + ".mv.db"));
                    Files.deleteIfExists(Path.of(name + ".trace.db"));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                // Left as it is: the failure of the import is the one reported.
            }
        }

        /** Whether the database holds opportunities or incentives; true when that cannot be told. */
        private static boolean holdsCatalog(Statement s) {
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM catalog_opportunity)"
                    + " + (SELECT COUNT(*) FROM catalog_incentive)")) {
                return !rs.next() || rs.getLong(1) > 0;
            } catch (SQLException e) {
                // H2's 42102, no such table: the migration did not get that far, there is no catalog.
                return e.getErrorCode() != TABLE_NOT_FOUND;
            }
        }
    }

    /**
     * The trace file that H2 writes beside an embedded database's file on a failure
     * ({@code NAME.trace.db}), when it is not there yet, so that a run that makes it can delete it; null
     * when it is there already or the address names no file of its own.
     */
    private static @Nullable Path newTrace(String url) {
        Path trace = StoreAddress.h2File(url, ".trace.db");
        return trace == null || Files.exists(trace) ? null : trace;
    }

    /**
     * Refuses an H2 file that is not there in a folder this user may not write, or under a file that
     * stands where a folder of its path should be: H2 could make neither the file nor, on failing, its
     * trace file, and prints the stack trace of the latter on the standard error.
     */
    private static void unwritableFolder(String url) throws UsageException {
        Path file = StoreAddress.h2File(url, StoreAddress.H2_SUFFIX);
        if (file == null || Files.exists(file)) {
            return;
        }
        Path above = StoreAddress.nearestAbove(file);
        if (above != null && !Files.isDirectory(above)) {
            throw new UsageException("error.db.not-folder", "file", file.normalize(), "path", above.normalize());
        }
        if (above != null && !Files.isWritable(above)) {
            throw new UsageException("error.db.folder", "file", file.normalize(), "folder", above.normalize());
        }
    }

    /** Deletes the trace file of {@link #newTrace}, if any; one that cannot be deleted is left. */
    private static void deleteTrace(@Nullable Path trace) {
        if (trace != null) {
            try {
                Files.deleteIfExists(trace);
            } catch (IOException | RuntimeException e) {
                // Left as it is: the failure that made it is the one reported.
            }
        }
    }

    /** An H2 URL that opens the database only if it is there; a URL that says so already is kept. */
    private static String ifExists(String h2) {
        return h2.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? h2 : h2 + ";IFEXISTS=TRUE";
    }

    /**
     * Whether the database of a store is there: false for an H2 file that is not.
     *
     * @throws StoreException for another failure, the one an import would meet (H2 may not open a file
     *                        again in the same program after some failures, and would then say it is in use)
     */
    private static boolean exists(CatalogStore store) {
        try {
            store.contents();
            return true;
        } catch (StoreException e) {
            if (e.failure() != StoreException.Failure.NO_DATABASE) {
                throw e;
            }
            return false;
        }
    }

    /**
     * The store of a URL for a command that reads: an H2 file that is not there is not created, and a
     * database without the catalog's tables is told as such.
     */
    static CatalogStore reading(String url, Map<String, String> env) throws UsageException {
        String checked = checked(url);
        CatalogStore store = open(checked.startsWith("jdbc:h2:") ? ifExists(checked) : checked, env);
        Path trace = newTrace(checked);
        CatalogStore.Contents contents;
        try {
            contents = store.contents();
        } catch (RuntimeException e) {
            deleteTrace(trace);
            throw e;
        }
        if (contents != CatalogStore.Contents.CATALOG) {
            throw new UsageException(contents == CatalogStore.Contents.NOTHING ? "error.db.empty" : "error.db.other",
                    "url", url);
        }
        return store;
    }

    /**
     * The settings of an address that make a driver run what they hold or load a class they name: H2's
     * {@code INIT} runs SQL on connecting (which can define Java functions and call them), and its
     * {@code DATABASE_EVENT_LISTENER}, {@code JAVA_OBJECT_SERIALIZER} and {@code DEFAULT_TABLE_ENGINE}
     * make an object of the class they name; the
     * PostgreSQL driver's factories, callbacks and plug-ins are classes it loads, and its log file a
     * file it writes.
     */
    private static final Pattern RUNNING_SETTING = Pattern.compile("(?:^|[;?&])\\s*(init|database_event_listener"
            + "|java_object_serializer|default_table_engine|socketfactory|socketfactoryarg"
            + "|sslfactory|sslfactoryarg|sslhostnameverifier|sslpasswordcallback|authenticationpluginclassname"
            + "|loggerfile)\\s*=", Pattern.CASE_INSENSITIVE);

    /**
     * A server's address that names a user and a password before its host, {@code //USER:PASSWORD@HOST},
     * which neither driver reads as such (the PostgreSQL driver takes the whole for the host) but which
     * puts the password in the list of running programs all the same.
     */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("jdbc:[^/]*//[^/?#]*:[^/?#]*@");

    /**
     * A URL of a database this application has a driver for, without a password, not one in memory,
     * and without a setting that makes the driver run code or load classes.
     */
    private static String checked(String url) throws UsageException {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("error.db.url", "url", url);
        }
        String read = asH2Reads(url);
        if (read.toLowerCase(Locale.ROOT).contains("password=") || USER_INFO_PASSWORD.matcher(url).lookingAt()) {
            throw new UsageException("error.db.password", "variable", PASSWORD);
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            throw new UsageException("error.db.memory", "url", url);
        }
        Matcher running = RUNNING_SETTING.matcher(read);
        if (running.find()) {
            throw new UsageException("error.db.setting", "setting", running.group(1));
        }
        try {
            StoreAddress.check(url);
        } catch (StoreAddressException e) {
            throw refused(e);
        }
        String relative = implicitlyRelative(url);
        if (relative != null) {
            throw new UsageException("error.db.relative", "url", url, "path", relative);
        }
        return url;
    }

    /**
     * An address as H2 reads its settings: a backslash stands for the character after it, whatever that
     * is, so that {@code ;I\NIT=} and {@code ;INIT\=} set {@code INIT}. The checks of the settings a URL
     * may not carry look at this reading; another address is returned as it is.
     */
    private static String asH2Reads(String url) {
        if (!url.startsWith("jdbc:h2:") || url.indexOf('\\') < 0) {
            return url;
        }
        StringBuilder read = new StringBuilder(url.length());
        boolean escaped = false;
        for (char c : url.toCharArray()) {
            escaped = c == '\\' && !escaped;
            if (!escaped) {
                read.append(c);
            }
        }
        return read.toString();
    }

    /** The usage error of an address the store refuses, in the words of {@code --db}. */
    private static UsageException refused(StoreAddressException e) {
        String key = switch (e.reason()) {
            case H2_SUFFIX -> "error.db.suffix";
            case NO_FILE -> "error.db.no-file";
            case MEMORY -> "error.db.memory";
            case ARCHIVE -> "error.db.archive";
        };
        return new UsageException(key, "url", e.url(), "file", e.file(), "address", e.address());
    }

    /** The start of a path from a Windows drive's root: {@code C:/} or {@code C:\}. */
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:[/\\\\]");

    /**
     * The path of an H2 file that an address names without saying where it is ({@code jdbc:h2:file:catalog},
     * which H2 refuses), or null: a path from the root, the home folder ({@code ~}), the current folder
     * ({@code ./}, {@code ../}) or the {@code baseDir} setting is said, as is an address of another kind.
     */
    private static @Nullable String implicitlyRelative(String url) {
        String path = StoreAddress.h2Name(url);
        if (path == null) {
            return null;
        }
        boolean said = path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
                || path.startsWith("./") || path.startsWith("../") || path.startsWith(".\\")
                || path.startsWith("..\\") || WINDOWS_DRIVE.matcher(path).lookingAt()
                || url.toLowerCase(Locale.ROOT).contains(";basedir=");
        return said ? null : path;
    }

    private static CatalogStore open(String url, Map<String, String> env) {
        return CatalogStore.of(url, env.get(USER), env.get(PASSWORD));
    }

    /**
     * A database failure in the user's language, with what to do; a refused login names the
     * variables the user name and password are read from.
     */
    static String message(Console c, StoreException e) {
        String message = e.message(c.locale());
        return e.failure() == StoreException.Failure.LOGIN_REFUSED
                ? message + " " + c.text("error.db.login", "user", USER, "password", PASSWORD) : message;
    }
}
