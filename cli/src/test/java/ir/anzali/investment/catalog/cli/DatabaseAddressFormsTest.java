package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db} with the forms of H2 address besides a plain file: a split file is a file, a database in
 * a zip archive is read but never imported into, and an H2 server is reached or told unreachable.
 */
class DatabaseAddressFormsTest {

    @TempDir
    Path dir;

    private static Run importExamples(String url) {
        return Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), "--db", url);
    }

    @Test
    void a_split_file_is_imported_into_and_read_and_a_failed_first_import_leaves_no_file() {
        String url = "jdbc:h2:split:" + dir.resolve("catalog");
        Run failed = Run.of("import", "--opportunities", Run.examples().resolve("opportunities-with-mistakes.csv")
                .toString(), "--incentives", Run.incentives(), "--db", url);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(1);
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();

        Run imported = importExamples(url);
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(dir.resolve("catalog.mv.db")).isRegularFile();
        Run search = Run.of("search", "--db", url, "--format", "json", "--size", "1");
        assertThat(search.out()).contains("\"total\" : 15");
    }

    @Test
    void a_split_address_with_the_suffix_is_refused_keeping_split_in_the_address_to_write() {
        Run run = importExamples("jdbc:h2:split:" + dir.resolve("catalog.mv.db"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Write jdbc:h2:split:" + dir.resolve("catalog") + " for that file.");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_database_in_a_zip_archive_is_read_and_an_import_into_it_is_refused_with_the_file_to_import_into()
            throws IOException {
        String file = "jdbc:h2:file:" + dir.resolve("catalog");
        assertThat(importExamples(file).status()).isZero();
        Path zip = dir.resolve("catalog.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("catalog.mv.db"));
            Files.copy(dir.resolve("catalog.mv.db"), entries);
            entries.closeEntry();
        }
        Files.delete(dir.resolve("catalog.mv.db"));
        String url = "jdbc:h2:zip:" + zip + "!/catalog";

        Run search = Run.of("search", "--db", url, "--format", "json", "--size", "1");
        assertThat(search.out()).as(search.toString()).contains("\"total\" : 15");
        Run imported = importExamples(url);
        assertThat(imported.status()).isEqualTo(2);
        assertThat(imported.err()).startsWith("catalog: --db: \"" + url + "\" names an H2 database inside the zip archive "
                + zip + ", which H2 only reads: nothing can be imported into it. Import into a file, such as " + file
                + ", and make the archive of that file again if one is wanted").doesNotContain("\tat ", "ACCESS_MODE");
        assertThat(Run.in(Run.PERSIAN, "import", "--opportunities", Run.opportunities(), "--db", url).err())
                .contains("بایگانی zip", file);
        Run missing = Run.of("summary", "--db", "jdbc:h2:zip:" + zip + "!/other");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).startsWith("catalog: The zip archive of the address is not there or holds no H2"
                + " database of that name").doesNotContain("\tat ", "which an import creates");
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void an_h2_server_is_imported_into_when_it_runs_and_told_unreachable_when_it_is_stopped() throws Exception {
        Files.createDirectory(dir.resolve("server"));
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.resolve("server").toString()).start();
        String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/./catalog";
        try {
            Run missing = importExamples(url);
            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).startsWith("catalog: The H2 server at the address has no catalog database of that"
                    + " name").doesNotContain("migrations", "[90149");
            try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("server/catalog"))) {
                assertThat(c.isValid(1)).isTrue();
            }
            Run imported = importExamples(url);
            assertThat(imported.status()).as(imported.toString()).isZero();
        } finally {
            server.stop();
        }
        Run down = Run.of("summary", "--db", url);
        assertThat(down.status()).isEqualTo(2);
        assertThat(down.err()).startsWith("catalog: The catalog's database could not be reached while opening the"
                + " database.").doesNotContain("migrations", "Connection is broken");
    }
}
