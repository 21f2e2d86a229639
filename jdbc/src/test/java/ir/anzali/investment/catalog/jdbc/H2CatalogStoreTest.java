package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.property.Generators;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.jdbc.internal.IncentiveRows;
import ir.anzali.investment.catalog.jdbc.internal.OpportunityRows;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store on H2, the embedded default: a private in-memory database per test. */
class H2CatalogStoreTest extends CatalogStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String url = "";

    @Override
    DataSource freshDatabase() {
        url = "jdbc:h2:mem:catalog" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        return h2(url);
    }

    @Override
    DataSource impatient() {
        return h2(url + ";LOCK_TIMEOUT=50");
    }

    @Override
    DataSource wrongPassword() {
        return new UrlDataSource(url, "sa", "not-the-password");
    }

    /** H2 makes a missing database when asked for it, unless told {@code IFEXISTS=TRUE}. */
    @Override
    DataSource missingDatabase() {
        return h2("jdbc:h2:mem:not-there" + DATABASES.incrementAndGet() + ";IFEXISTS=TRUE");
    }

    /**
     * An account of H2's own with the right to read every table of the schema, and no other; its address
     * leaves out DB_CLOSE_DELAY, which only an administrator may set, and is a pool's, not a checked one.
     */
    @Override
    DataSource readOnlyAccount() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS READER PASSWORD 'reader'");
            s.execute("GRANT SELECT ON SCHEMA PUBLIC TO READER");
        }
        return proxy(DataSource.class, new UrlDataSource(url.replace(";DB_CLOSE_DELAY=-1", ""), "reader", "reader"),
                (method, args, result) -> result);
    }

    @Test
    void a_check_against_an_h2_file_opened_read_only_works_and_an_import_is_refused_naming_the_address()
            throws Exception {
        Path dir = Files.createTempDirectory("catalog");
        String file = "jdbc:h2:file:" + dir.resolve("catalog");
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);
        CatalogStore writable = CatalogStore.of(file, "sa", "");
        writable.migrate();
        writable.importFile(importer, examples("incentives.csv"), Kind.INCENTIVES, "clerk");
        CatalogStore readOnly = CatalogStore.of(file + ";ACCESS_MODE_DATA=r", "sa", "");

        List<StoreImport> checked = readOnly.check(importer, List.of(
                StoreFile.of(examples("opportunities.csv"), Kind.OPPORTUNITIES)));

        assertThat(checked).singleElement().satisfies(c -> {
            assertThat(c.report().valid()).as(c.report().toString()).isTrue();
            assertThat(c.added()).isEqualTo(15);
        });
        assertThatThrownBy(() -> readOnly.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES,
                "clerk")).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
                    assertThat(e.getMessage()).startsWith("The catalog's H2 file can only be read, found while"
                            + " importing opportunities.csv: the address says ;ACCESS_MODE_DATA=r.");
                });
        assertThat(writable.opportunityCount()).isZero();
    }

    @Test
    void an_h2_file_another_program_holds_open_is_in_use_said_in_persian_and_english() {
        StoreException e = new StoreException(StoreException.Task.SEARCHING, null,
                new SQLException("Database may be already in use", "90020", 90020));
        assertThat(e.failure()).isEqualTo(StoreException.Failure.IN_USE);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The catalog's database is open in another program, found"
                + " while searching the catalog: an H2 file opens in one program at a time. Try again when the other"
                + " program has finished.");
        assertThat(e.message(Locale.forLanguageTag("fa"))).startsWith("هنگام جست‌وجو در فهرست پایگاه دادهٔ فهرست"
                + " در برنامهٔ دیگری باز بود");
    }

    @Test
    void an_h2_file_that_is_a_folder_is_told_as_a_folder_naming_it() throws Exception {
        Path dir = Files.createTempDirectory("catalog");
        Path folder = Files.createDirectory(dir.resolve("catalog.mv.db"));
        try {
            CatalogStore store = CatalogStore.of("jdbc:h2:file:" + dir.resolve("catalog") + ";TRACE_LEVEL_FILE=0", "", "");
            assertThatThrownBy(store::contents)
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.failure()).isEqualTo(StoreException.Failure.FOLDER);
                        assertThat(e.message(Locale.ENGLISH)).contains(folder + " is a folder")
                                .doesNotContain("migrations");
                        assertThat(e.message(Locale.forLanguageTag("fa"))).contains(folder + " پوشه است");
                    });
        } finally {
            Files.delete(folder);
            Files.delete(dir);
        }
    }

    @Test
    void an_h2_file_the_user_may_not_write_or_opened_read_only_says_what_to_do() {
        StoreException denied = new StoreException(StoreException.Task.MIGRATING, null, new SQLException("IO Exception",
                "90028", 90028, new AccessDeniedException("/srv/catalog.mv.db")));
        StoreException readOnly = new StoreException(StoreException.Task.IMPORTING, "opp.csv",
                new SQLException("The database is read only", "90097", 90097));
        StoreException missing = new StoreException(StoreException.Task.OPENING, null, new SQLException("IO Exception",
                "90028", 90028, new NoSuchFileException("/srv/catalog.mv.db")));

        assertThat(denied.failure()).isEqualTo(StoreException.Failure.NOT_PERMITTED);
        assertThat(denied.message(Locale.ENGLISH)).startsWith("This user may not create or open the catalog's H2 file"
                + " /srv/catalog.mv.db, found while creating or upgrading the catalog's tables")
                .contains("Give this user permission to write the folder and the file");
        assertThat(readOnly.failure()).isEqualTo(missing.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
        // Without the address or a file the exception names, the database is only known to refuse writes.
        assertThat(readOnly.message(Locale.ENGLISH)).startsWith("The catalog's database refused to write, found while"
                + " importing opp.csv");
        assertThat(readOnly.message(Locale.forLanguageTag("fa"))).contains("سرپرست پایگاه داده");
        assertThat(missing.message(Locale.ENGLISH)).startsWith("The catalog's H2 file can only be read, found while"
                + " opening the database");
        assertThat(missing.message(Locale.forLanguageTag("fa"))).contains("تنها خواندنی");
    }

    /** On H2 rows go by JDBC batches, which hold their rows until sent: an import into an empty store is no exception. */
    @Test
    void rows_for_an_empty_store_are_sent_a_batch_at_a_time_on_h2_so_that_memory_stays_bounded() throws Exception {
        Catalog catalog = new Generators(11).catalog(6, 1_500);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            new IncentiveRows(c, catalog.referenceData()).write(catalog.incentives(), List.of());
            try (OpportunityRows rows = OpportunityRows.streaming(c, catalog.referenceData());
                    Statement s = c.createStatement()) {
                for (Opportunity o : catalog.opportunities()) {
                    // one currency and no history: the rows of the opportunities alone fill batches
                    rows.insert(o.toBuilder().investment(Investment.of(o.investment().first())).history(List.of())
                            .build());
                }
                try (ResultSet sent = s.executeQuery("SELECT COUNT(*) FROM catalog_opportunity")) {
                    sent.next();
                    assertThat(sent.getLong(1)).isEqualTo(1_000);
                }
                rows.flush();
            }
            c.rollback();
        }
    }

    /** An import of opportunities read the stored incentives twice, once for its changes and once for its catalog. */
    @Test
    void an_import_of_opportunities_reads_the_stored_incentives_once() throws Exception {
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);
        store.importFile(importer, examples("incentives.csv"), Kind.INCENTIVES, "clerk");
        List<String> reads = new ArrayList<>();
        CatalogStore counted = CatalogStore.of(counting(dataSource, reads));

        StoreImport done = counted.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES, "clerk");

        assertThat(done.imported()).isTrue();
        assertThat(reads).filteredOn(sql -> sql.contains("FROM catalog_incentive ")).hasSize(1);
        assertThat(done.added()).isEqualTo(store.opportunityCount()).isPositive();
    }

    /** A data source whose connections note the SQL of every statement they prepare. */
    private static DataSource counting(DataSource of, List<String> prepared) {
        return proxy(DataSource.class, of, (method, args, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, (Connection) result, (m, a, r) -> {
                    if (m.getName().equals("prepareStatement")) {
                        prepared.add((String) a[0]);
                    }
                    return r;
                })
                : result);
    }

    /** What a proxy does with the result of a call handed on. */
    private interface After {
        Object of(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.of(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    static DataSource h2(String url) {
        return new UrlDataSource(url, "sa", "");
    }
}
