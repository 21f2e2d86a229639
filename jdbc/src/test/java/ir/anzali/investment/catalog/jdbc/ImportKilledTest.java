package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed in the middle of an import leaves the store exactly as it was: a forked
 * {@link ImportingProcess} imports a file of many rows into a store that already holds a catalog,
 * is killed ({@code destroyForcibly}, SIGKILL) once it says it has read part of the file, and the
 * store then loads the catalog it held before, with the same import log. The file has
 * {@value #ROWS} rows unless {@code -Dcatalog.kill-test.rows=N} says otherwise; the process is killed
 * once it has read a twentieth of the file (its rows written in batches into the open transaction), so
 * that the test's work is bounded by that part, not by the file.
 */
class ImportKilledTest {

    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void an_import_killed_in_the_middle_leaves_an_h2_file_database_as_it_was() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("catalog").toAbsolutePath();
        killedImportLeavesTheStoreAsItWas(new UrlDataSource(url, "sa", ""));
    }

    @Test
    void an_import_killed_in_the_middle_leaves_postgresql_as_it_was() throws Exception {
        EmbeddedPostgres pg = PostgresCatalogStoreTest.server();
        try (Connection c = new UrlDataSource(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
                .getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE killed");
        }
        killedImportLeavesTheStoreAsItWas(new UrlDataSource(pg.getJdbcUrl("postgres", "killed")
                + "&reWriteBatchedInserts=true", "postgres", "postgres"));
    }

    private void killedImportLeavesTheStoreAsItWas(UrlDataSource database) throws Exception {
        CatalogStore store = CatalogStore.of(database);
        store.migrate();
        CatalogImporter importer = CatalogStoreContract.importer(ImportMode.ALL_OR_NOTHING);
        assertThat(store.importFile(importer, CatalogStoreContract.examples("incentives.csv"), Kind.INCENTIVES, "clerk")
                .imported()).isTrue();
        assertThat(store.importFile(importer, CatalogStoreContract.examples("opportunities.csv"), Kind.OPPORTUNITIES,
                "clerk").imported()).isTrue();
        Catalog before = store.load();
        List<String> logBefore = log(database);
        int rows = Integer.getInteger("catalog.kill-test.rows", ROWS);
        Path file = rows(rows);

        Process importing = new ProcessBuilder(javaCommand(database, file, Files.size(file) / 20))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.equals("importing")) {
                said.add(line);
                line = out.readLine();
            }
            said.add(String.valueOf(line));
            importing.destroyForcibly();
            assertThat(importing.waitFor()).as("killed, not finished").isNotZero();
        }
        assertThat(said).as("what the import said before it was killed").endsWith("importing").doesNotContain("done");

        assertThat(store.load()).isEqualTo(before);
        assertThat(store.opportunityCount()).isEqualTo(before.opportunities().size());
        assertThat(log(database)).isEqualTo(logBefore);
    }

    /** The import log, one line per row: what every import wrote there. */
    private static List<String> log(DataSource database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, file_name, sha256, imported, added FROM catalog_import"
                        + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4)
                        + " " + rs.getLong(5));
            }
        }
        return rows;
    }

    /** A file of valid opportunity rows, none of them in the store yet. */
    private Path rows(int count) throws Exception {
        Path file = dir.resolve("many.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CatalogStoreContract.HEADER);
            for (int i = 0; i < count; i++) {
                w.write("AFZ-KIL-" + i + ",هتل ساحلی شمارهٔ " + i + ",TOURISM," + (5 + i % 90) + " میلیارد ریال,,AFZO,OPEN\n");
            }
        }
        return file;
    }

    /** The command of a JVM that runs {@link ImportingProcess} on this test's class path. */
    private static List<String> javaCommand(UrlDataSource database, Path file, long bytes) throws URISyntaxException {
        Set<String> path = new LinkedHashSet<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property, "");
            Stream.of(value.split(File.pathSeparator)).filter(p -> !p.isEmpty()).forEach(path::add);
        }
        path.add(Path.of(ImportingProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        path.add(Path.of(CatalogStore.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", String.join(File.pathSeparator, path), ImportingProcess.class.getName(),
                database.url(), database.user(), database.password(), file.toString(), String.valueOf(bytes));
    }
}
