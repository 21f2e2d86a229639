package ir.anzali.investment.catalog.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The actual cause of a failure of an H2 file, told by the file's state when the store knows its address. */
class StoreExceptionTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private static SQLException readOnly() {
        return new SQLException("The database is read only", "90097", 90097);
    }

    private static SQLException denied(Path file) {
        return new SQLException("IO Exception", "90028", 90028, new AccessDeniedException(file.toString()));
    }

    /** A pool whose every connection is held: its wait for one times out, as HikariCP's does. */
    private static DataSource withoutFreeConnection() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new SQLTransientConnectionException(
                                "HikariPool-1 - Connection is not available, request timed out after 30000ms");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name);
    }

    @Test
    void an_address_that_says_read_only_is_the_one_cause_told() {
        StoreException e = new StoreException(StoreException.Task.IMPORTING, "opp.csv", readOnly(),
                url("catalog") + ";ACCESS_MODE_DATA=r");

        assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
        assertThat(e.fileCause()).hasValue(StoreException.FileCause.ADDRESS_READ_ONLY);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The catalog's H2 file can only be read, found while importing"
                + " opp.csv: the address says ;ACCESS_MODE_DATA=r. To import, leave ;ACCESS_MODE_DATA=r out of the"
                + " address.");
        assertThat(e.message(Locale.forLanguageTag("fa"))).contains("تنها خواندنی", ";ACCESS_MODE_DATA=r")
                .doesNotContain("اجازهٔ نوشتن");
    }

    @Test
    void a_missing_or_empty_file_opened_read_only_is_told_as_missing_naming_it() throws Exception {
        Files.createFile(dir.resolve("empty.mv.db"));
        for (String name : new String[] {"none", "empty"}) {
            StoreException e = new StoreException(StoreException.Task.OPENING, null, readOnly(), url(name));

            assertThat(e.fileCause()).hasValue(StoreException.FileCause.FILE_MISSING);
            assertThat(e.message(Locale.ENGLISH)).startsWith("The catalog's H2 file " + dir.resolve(name + ".mv.db")
                    + " is missing or empty, found while opening the database").doesNotContain("ACCESS_MODE_DATA");
        }
    }

    @Test
    void a_store_of_a_data_source_whose_database_is_read_only_is_told_to_ask_for_the_right_to_write_not_file_causes() {
        String url = url("catalog");
        CatalogStore.of(url, null, null).migrate();
        DataSource readOnly = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return java.sql.DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CatalogStore store = CatalogStore.of(readOnly);

        assertThatThrownBy(() -> store.importFile(CatalogImporter.builder().build(), EXAMPLES.resolve("incentives.csv"),
                Kind.INCENTIVES, "test")).isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
                    assertThat(e.fileCause()).isEmpty();
                    assertThat(e.message(Locale.ENGLISH)).isEqualTo("The catalog's database refused to write, found"
                            + " while importing incentives.csv: it lets this account only read, as a read-only database,"
                            + " server or standby does, or an account without the right to write. Ask the database's"
                            + " administrator to let the account the application connects with write the catalog's"
                            + " tables.").doesNotContain("ACCESS_MODE_DATA", "permission", "file");
                    assertThat(e.message(Locale.forLanguageTag("fa"))).contains("سرپرست پایگاه داده")
                            .doesNotContain("ACCESS_MODE_DATA");
                });
        StoreException postgres = new StoreException(StoreException.Task.IMPORTING, "opp.csv",
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"));
        assertThat(postgres.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
        assertThat(postgres.message(Locale.ENGLISH)).startsWith("The catalog's database refused to write");
    }

    @Test
    void an_h2_address_whose_file_cause_cannot_be_told_still_lists_the_causes_of_a_file() {
        StoreException e = new StoreException(StoreException.Task.IMPORTING, "opp.csv", readOnly(),
                "jdbc:h2:file:catalog;baseDir=" + dir);

        assertThat(e.fileCause()).isEmpty();
        assertThat(e.message(Locale.ENGLISH)).contains("the address says ;ACCESS_MODE_DATA=r, or this user may not"
                + " write the file");
    }

    @Test
    void a_file_the_user_may_not_write_is_told_as_such_naming_it() throws Exception {
        Path file = Files.createFile(dir.resolve("catalog.mv.db"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "permissions do not bind this user");

        StoreException e = new StoreException(StoreException.Task.IMPORTING, "opp.csv", readOnly(), url("catalog"));

        assertThat(e.fileCause()).hasValue(StoreException.FileCause.FILE_READ_ONLY);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("This user may not write the catalog's H2 file " + file
                + ", so H2 opened it read-only, found while importing opp.csv. To import, give this user permission"
                + " to write the file.");
    }

    @Test
    void a_new_file_in_a_folder_the_user_may_not_write_is_told_as_such_naming_the_folder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(folder), "permissions do not bind this user");
        Path file = folder.resolve("catalog.mv.db");

        StoreException e = new StoreException(StoreException.Task.MIGRATING, null, denied(file),
                "jdbc:h2:file:" + folder.resolve("catalog"));

        assertThat(e.failure()).isEqualTo(StoreException.Failure.NOT_PERMITTED);
        assertThat(e.fileCause()).hasValue(StoreException.FileCause.FOLDER_NOT_WRITABLE);
        assertThat(e.message(Locale.ENGLISH)).startsWith("The catalog's H2 file " + file + " is not there, and this"
                + " user may not write in its folder " + folder + " to make it");
    }

    @Test
    void the_failure_of_a_cause_is_told_once_when_the_exception_is_made_not_once_per_use() {
        int[] reads = new int[1];
        SQLException counted = new SQLException("The database is read only", "90097", 90097) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getSQLState() {
                reads[0]++;
                return super.getSQLState();
            }
        };
        StoreException.Failure.of(counted, StoreException.Task.IMPORTING);
        int once = reads[0];
        reads[0] = 0;

        StoreException e = new StoreException(StoreException.Task.IMPORTING, "opp.csv", counted, url("catalog"));

        assertThat(once).isPositive();
        assertThat(reads[0]).isEqualTo(once);
        assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
        assertThat(e.fileCause()).hasValue(StoreException.FileCause.FILE_MISSING);
    }

    @Test
    void an_import_that_finds_no_free_connection_in_the_pool_is_busy_as_when_another_import_holds_the_lock() {
        CatalogStore store = CatalogStore.of(withoutFreeConnection());

        assertThatThrownBy(() -> store.importFile(CatalogImporter.builder().build(),
                EXAMPLES.resolve("incentives.csv"), Kind.INCENTIVES, "test"))
                .isInstanceOfSatisfying(StoreBusyException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.BUSY);
                    assertThat(e.message(Locale.ENGLISH)).startsWith("Another import into this catalog store is under"
                            + " way, so incentives.csv was not imported");
                });
    }

    @Test
    void a_read_that_finds_no_free_connection_in_the_pool_is_busy_as_an_import_is_not_a_failure() {
        CatalogStore store = CatalogStore.of(withoutFreeConnection());

        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read : List.<org.assertj.core.api.ThrowableAssert
                .ThrowingCallable>of(store::opportunityCount, store::summary, store::load,
                () -> store.search(ir.anzali.investment.catalog.query.OpportunityQuery.all()))) {
            assertThatThrownBy(read).isInstanceOfSatisfying(StoreBusyException.class, e -> {
                assertThat(e.failure()).isEqualTo(StoreException.Failure.BUSY);
                assertThat(e.task()).isNotEqualTo(StoreException.Task.IMPORTING);
                assertThat(e.message(Locale.ENGLISH)).startsWith("Every connection to the catalog's database is held"
                        + " by the imports and reads under way, found while").endsWith(": try again in a moment.");
                assertThat(e.message(Locale.forLanguageTag("fa"))).contains("کمی بعد دوباره بکوشید");
            });
        }
    }

    @Test
    void an_import_into_a_read_only_file_in_a_read_only_folder_says_so_and_h2_prints_no_trace() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shelf"));
        String url = "jdbc:h2:file:" + folder.resolve("catalog");
        CatalogImporter importer = CatalogImporter.builder().build();
        CatalogStore.of(url, null, null).migrate();
        Path file = folder.resolve("catalog.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(file) || Files.isWritable(folder), "permissions do not bind this user");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream before = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            StoreException failed = null;
            try {
                CatalogStore.of(url, null, null).importFile(importer, EXAMPLES.resolve("incentives.csv"),
                        Kind.INCENTIVES, "test");
            } catch (StoreException e) {
                failed = e;
            } finally {
                System.setErr(before);
            }

            assertThat(failed).isNotNull();
            assertThat(failed.fileCause()).hasValue(StoreException.FileCause.FILE_READ_ONLY);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            try (var files = Files.list(folder)) {
                assertThat(files).containsExactly(file);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "08001, UNREACHABLE", "08006, UNREACHABLE", "57P01, UNREACHABLE", "57P02, UNREACHABLE", "57P03, UNREACHABLE",
        "90067, UNREACHABLE", "90098, UNREACHABLE", "90121, UNREACHABLE", "28P01, LOGIN_REFUSED", "28000, LOGIN_REFUSED",
        "3D000, NO_DATABASE", "57P04, NO_DATABASE", "90013, NO_DATABASE", "90146, NO_DATABASE", "90149, NO_DATABASE",
        "42P01, FAILED", "42102, FAILED"})
    void a_database_shut_down_starting_up_or_gone_under_its_connections_is_unreachable_not_an_error_of_the_tables(
            String state, StoreException.Failure failure) {
        StoreException e = new StoreException(StoreException.Task.SEARCHING, null,
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", state,
                        new SQLException("terminating connection due to administrator command", state)));

        assertThat(e.failure()).isEqualTo(failure);
        assertThat(e.getMessage().contains("migrations")).isEqualTo(failure == StoreException.Failure.FAILED);
    }

    /**
     * A database stopped while a connection of the pool is in use: every statement fails as the
     * connection broke (08006), and the rollback after it with the pool's "Connection is closed", of no
     * state.
     */
    private static DataSource brokenUnderTheStore() {
        java.sql.Connection broken = (java.sql.Connection) Proxy.newProxyInstance(
                java.sql.Connection.class.getClassLoader(), new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setAutoCommit", "setReadOnly", "setTransactionIsolation", "close" -> null;
                    case "rollback" -> throw new SQLException("Connection is closed");
                    default -> throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return broken;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void a_database_stopped_under_an_import_or_a_read_is_unreachable_not_hidden_by_the_rollback_that_fails_after_it() {
        CatalogStore store = CatalogStore.of(brokenUnderTheStore());

        assertThatThrownBy(() -> store.importFile(CatalogImporter.builder().build(),
                EXAMPLES.resolve("opportunities.csv"), Kind.OPPORTUNITIES, "clerk"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.UNREACHABLE);
                    assertThat(e.getCause().getSuppressed()).extracting(Throwable::getMessage)
                            .containsExactly("Connection is closed");
                });
        assertThatThrownBy(store::summary).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.failure()).isEqualTo(StoreException.Failure.UNREACHABLE));
    }
}
