package ir.anzali.investment.catalog.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the store does with each form of H2 address besides a plain file: a split file, a database in
 * memory, one in a zip archive and one on an H2 server, as {@link CatalogStore#of(String, String, String)}
 * and the command line take them.
 */
class H2AddressFormsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @TempDir
    Path dir;

    private static long importExamples(CatalogStore store) throws IOException {
        CatalogImporter importer = CatalogImporter.builder().build();
        store.importFile(importer, EXAMPLES.resolve("incentives.csv"), Kind.INCENTIVES, "clerk");
        return store.importFile(importer, EXAMPLES.resolve("opportunities.csv"), Kind.OPPORTUNITIES, "clerk").added();
    }

    @Test
    void a_split_file_is_a_file_the_store_makes_and_reads_under_its_own_name() throws Exception {
        String url = "jdbc:h2:split:" + dir.resolve("catalog");
        CatalogStore store = CatalogStore.of(url, null, null);
        store.migrate();

        assertThat(importExamples(store)).isEqualTo(15);
        assertThat(CatalogStore.of(url, null, null).opportunityCount()).isEqualTo(15);
        assertThat(dir.resolve("catalog.mv.db")).isRegularFile();
        assertThat(StoreAddress.h2File(url, StoreAddress.H2_SUFFIX)).isEqualTo(dir.resolve("catalog.mv.db"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:split:./data/catalog.mv.db|jdbc:h2:split:./data/catalog",
        "jdbc:h2:split:28:./catalog.mv.db;MODE=PostgreSQL|jdbc:h2:split:28:./catalog;MODE=PostgreSQL",
        "jdbc:h2:file:split:nio:./catalog.mv.db|jdbc:h2:file:split:nio:./catalog",
        "jdbc:h2:nioMapped:~/catalog.mv.db|jdbc:h2:nioMapped:~/catalog"})
    void a_file_named_with_its_suffix_through_h2s_file_systems_is_refused_keeping_them(String url, String address) {
        assertThatThrownBy(() -> CatalogStore.of(url, null, null))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreAddressException.Reason.H2_SUFFIX);
                    assertThat(e.address()).isEqualTo(address);
                    assertThat(e.file()).endsWith("catalog.mv.db.mv.db");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:split:|jdbc:h2:split:./catalog",
        "jdbc:h2:split:30:./data/|jdbc:h2:split:30:./data/catalog",
        "jdbc:h2:file:nio:.;MODE=PostgreSQL|jdbc:h2:file:nio:./catalog;MODE=PostgreSQL"})
    void a_split_or_other_file_system_address_without_a_file_is_refused_with_the_address_of_one(String url,
            String address) {
        assertThatThrownBy(() -> CatalogStore.of(url, null, null))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreAddressException.Reason.NO_FILE);
                    assertThat(e.address()).isEqualTo(address);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:mem:|jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1",
        "jdbc:h2:mem:;MODE=PostgreSQL|jdbc:h2:mem:catalog;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "jdbc:h2:mem:catalog|jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1",
        "jdbc:h2:mem:catalog;DB_CLOSE_DELAY=10|jdbc:h2:mem:catalog;DB_CLOSE_DELAY=10;DB_CLOSE_DELAY=-1",
        "jdbc:h2:mem:;DB_CLOSE_DELAY=-1|jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1"})
    void a_database_in_memory_that_the_catalog_would_vanish_from_is_refused_with_the_address_that_keeps_it(String url,
            String address) {
        assertThatThrownBy(() -> CatalogStore.of(url, null, null))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreAddressException.Reason.MEMORY);
                    assertThat(e.address()).isEqualTo(address);
                    assertThat(e.file()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo("The address " + url + " names an H2 database in memory that"
                            + " the catalog would vanish from: H2 deletes such a database with its last connection unless"
                            + " the address says ;DB_CLOSE_DELAY=-1, and one without a name is private to each"
                            + " connection. Write " + address + " to keep it as long as the program runs, or the address"
                            + " of a file, such as jdbc:h2:file:./catalog, to keep it.");
                    assertThat(e.message(PERSIAN)).contains("در حافظه", "بنویسید " + address);
                });
    }

    @Test
    void a_named_database_in_memory_kept_until_the_program_ends_holds_the_catalog_from_call_to_call() throws Exception {
        CatalogStore store = CatalogStore.of("jdbc:h2:mem:forms-memory;DB_CLOSE_DELAY=-1", null, null);
        store.migrate();

        assertThat(importExamples(store)).isEqualTo(15);
        assertThat(store.opportunityCount()).isEqualTo(15);
    }

    /** An H2 file of the examples' catalog zipped as {@code catalog.zip} holding {@code catalog.mv.db}. */
    private Path zippedCatalog() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("made"));
        CatalogStore made = CatalogStore.of("jdbc:h2:file:" + folder.resolve("catalog"), null, null);
        made.migrate();
        importExamples(made);
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("catalog"));
                var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Path zip = dir.resolve("catalog.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("catalog.mv.db"));
            Files.copy(folder.resolve("catalog.mv.db"), entries);
            entries.closeEntry();
        }
        return zip;
    }

    @Test
    void a_database_in_a_zip_archive_is_read_and_checked_against_and_an_import_or_migration_is_refused_before_it_opens()
            throws Exception {
        Path zip = zippedCatalog();
        String url = "jdbc:h2:zip:" + zip + "!/catalog";
        CatalogStore store = CatalogStore.of(url, null, null);

        assertThat(store.opportunityCount()).isEqualTo(15);
        assertThat(store.summary().total().opportunities()).isEqualTo(15);
        assertThat(store.check(CatalogImporter.builder().build(), List.of(StoreFile.of(
                EXAMPLES.resolve("opportunities.csv"), Kind.OPPORTUNITIES)))).singleElement()
                .satisfies(c -> assertThat(c.unchanged()).as(c.report().toString()).isEqualTo(15));
        for (ThrowingWrite write : new ThrowingWrite[] {store::migrate, () -> importExamples(store)}) {
            assertThatThrownBy(write::run).isInstanceOfSatisfying(StoreAddressException.class, e -> {
                assertThat(e.reason()).isEqualTo(StoreAddressException.Reason.ARCHIVE);
                assertThat(e.file()).isEqualTo(zip.toString());
                assertThat(e.address()).isEqualTo("jdbc:h2:file:" + dir + "/catalog");
                assertThat(e.getMessage()).isEqualTo("The address " + url + " names an H2 database inside the zip"
                        + " archive " + zip + ", which H2 only reads: nothing can be imported into it. Import into a"
                        + " file, such as " + e.address() + ", and make the archive of that file again if one is wanted.");
                assertThat(e.message(PERSIAN)).contains("بایگانی zip", e.address());
            });
        }
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void a_zip_archive_without_the_database_named_is_told_as_an_archive_not_as_a_file_an_import_makes()
            throws Exception {
        Path zip = zippedCatalog();
        for (String url : new String[] {"jdbc:h2:zip:" + zip + "!/other", "jdbc:h2:zip:" + dir.resolve("none.zip")
                + "!/catalog"}) {
            assertThatThrownBy(() -> CatalogStore.of(url, null, null).contents())
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.failure()).isEqualTo(StoreException.Failure.NO_DATABASE);
                        assertThat(e.getMessage()).startsWith("The zip archive of the address is not there or holds"
                                + " no H2 database of that name, found while opening the database.")
                                .doesNotContain("which an import creates");
                        assertThat(e.message(PERSIAN)).contains("بایگانی zip");
                    });
        }
    }

    @Test
    void an_h2_server_is_used_when_it_runs_unreachable_when_stopped_and_a_database_it_lacks_is_told_as_the_servers()
            throws Exception {
        Files.createDirectory(dir.resolve("server"));
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("server").toString()).start();
        String base = "jdbc:h2:tcp://localhost:" + server.getPort() + "/";
        try {
            assertThatThrownBy(() -> CatalogStore.of(base + "./catalog", null, null).migrate())
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.failure()).isEqualTo(StoreException.Failure.NO_DATABASE);
                        assertThat(e.getMessage()).startsWith("The H2 server at the address has no catalog database of"
                                + " that name, found while creating or upgrading the catalog's tables: an H2 server makes"
                                + " no database for a program that connects to it unless it was started with"
                                + " -ifNotExists.").doesNotContain("which an import creates");
                        assertThat(e.message(PERSIAN)).contains("کارساز H2", "-ifNotExists");
                    });
            CatalogStore.of("jdbc:h2:file:" + dir.resolve("server/catalog"), null, null).migrate();
            CatalogStore store = CatalogStore.of(base + "./catalog", null, null);
            assertThat(importExamples(store)).isEqualTo(15);
            assertThat(store.opportunityCount()).isEqualTo(15);
        } finally {
            server.stop();
        }
        assertThatThrownBy(() -> CatalogStore.of(base + "./catalog", null, null).opportunityCount())
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("The catalog's database could not be reached while counting"
                            + " the opportunities.").doesNotContain("migrations");
                });
    }

    /** A write of the store. */
    @FunctionalInterface
    private interface ThrowingWrite {
        void run() throws Exception;
    }
}
