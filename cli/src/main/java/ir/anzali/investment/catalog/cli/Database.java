package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
     * upgraded, and a database that holds another application's tables is refused, untouched.
     */
    static CatalogStore importing(String url, Map<String, String> env) throws UsageException {
        CatalogStore store = open(checked(url), env);
        if (store.contents() == CatalogStore.Contents.OTHER_TABLES) {
            throw new UsageException("error.db.other", "url", url);
        }
        store.migrate();
        return store;
    }

    /**
     * The store of a URL for a command that reads: an H2 file that is not there is not created, and a
     * database without the catalog's tables is told as such.
     */
    static CatalogStore reading(String url, Map<String, String> env) throws UsageException {
        String checked = checked(url);
        boolean h2 = checked.startsWith("jdbc:h2:");
        CatalogStore store = open(h2 && !checked.toUpperCase(Locale.ROOT).contains("IFEXISTS=")
                ? checked + ";IFEXISTS=TRUE" : checked, env);
        CatalogStore.Contents contents = store.contents();
        if (contents != CatalogStore.Contents.CATALOG) {
            throw new UsageException(contents == CatalogStore.Contents.NOTHING ? "error.db.empty" : "error.db.other",
                    "url", url);
        }
        return store;
    }

    /**
     * The settings of an address that make a driver run what they hold or load a class they name: H2's
     * {@code INIT} runs SQL on connecting (which can define Java functions and call them); the
     * PostgreSQL driver's factories, callbacks and plug-ins are classes it loads, and its log file a
     * file it writes.
     */
    private static final Pattern RUNNING_SETTING = Pattern.compile("(?:^|[;?&])\\s*(init|socketfactory|socketfactoryarg"
            + "|sslfactory|sslfactoryarg|sslhostnameverifier|sslpasswordcallback|authenticationpluginclassname"
            + "|loggerfile)\\s*=", Pattern.CASE_INSENSITIVE);

    /**
     * A URL of a database this application has a driver for, without a password, not one in memory,
     * and without a setting that makes the driver run code or load classes.
     */
    private static String checked(String url) throws UsageException {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException("error.db.url", "url", url);
        }
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new UsageException("error.db.password", "variable", PASSWORD);
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            throw new UsageException("error.db.memory", "url", url);
        }
        Matcher running = RUNNING_SETTING.matcher(url);
        if (running.find()) {
            throw new UsageException("error.db.setting", "setting", running.group(1));
        }
        return url;
    }

    private static CatalogStore open(String url, Map<String, String> env) {
        return CatalogStore.of(new UrlDataSource(url, env.get(USER), env.get(PASSWORD)));
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

    /** A data source that opens a connection to a URL each time: a run of the command line uses a few. */
    private record UrlDataSource(String url, @Nullable String user, @Nullable String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Nothing is logged.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // The driver's own timeout holds.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
