package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands on a database with {@code --db}: an H2 file here, read as the JSON catalog file is read. */
class DatabaseTest {

    @TempDir
    Path dir;

    private String db;
    private Path file;

    @BeforeEach
    void names() {
        db = "jdbc:h2:file:" + dir.resolve("catalog");
        file = dir.resolve("catalog.json");
    }

    private Run importExamples(String target, String value) {
        return Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), target,
                value);
    }

    private static Map<String, String> env(Map<String, String> base, String user, String password) {
        Map<String, String> env = new HashMap<>(base);
        env.put(Database.USER, user);
        env.put(Database.PASSWORD, password);
        return env;
    }

    @Test
    void import_into_an_h2_file_then_summary_search_match_and_export_print_what_they_print_for_the_json_file()
            throws Exception {
        Run imported = importExamples("--db", db);
        assertThat(imported.status()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Imported into " + db + ": 15 added, 0 updated, 0 unchanged;"
                + " it holds 15 opportunities, 8 incentives.");
        assertThat(importExamples("--out", file.toString()).status()).isZero();

        String[][] commands = {
            {"summary"}, {"summary", "--format", "json"},
            {"search", "--text", "هتل", "--sort", "investment", "--desc"},
            {"search", "--sector", "TOURISM", "--format", "json", "--size", "3", "--page", "2"},
            {"search", "--incentive-type", "INCOME_TAX_EXEMPTION", "--on", "1405/09/06"},
            {"match", "AFZ-TOU-001", "--on", "1405/09/06"},
        };
        for (String[] command : commands) {
            Run fromDatabase = Run.of(concat(command, "--db", db));
            Run fromFile = Run.of(concat(new String[] {command[0], file.toString()},
                    Arrays.copyOfRange(command, 1, command.length)));
            assertThat(fromDatabase.status()).as(fromDatabase.toString()).isZero();
            assertThat(fromDatabase.out()).as(String.join(" ", command)).isNotBlank().isEqualTo(fromFile.out());
        }
        Path fromDatabase = dir.resolve("from-database.csv");
        Path fromFile = dir.resolve("from-file.csv");
        assertThat(Run.of("export", "--db", db, "--out", fromDatabase.toString()).status()).isZero();
        assertThat(Run.of("export", file.toString(), "--out", fromFile.toString()).status()).isZero();
        assertThat(Files.readAllLines(fromDatabase)).hasSize(16).isEqualTo(Files.readAllLines(fromFile));
    }

    @Test
    void the_dashboard_page_of_the_database_read_a_batch_at_a_time_is_the_page_of_the_json_file_byte_for_byte()
            throws Exception {
        assertThat(importExamples("--db", db).status()).isZero();
        assertThat(importExamples("--out", file.toString()).status()).isZero();
        Path fromDatabase = dir.resolve("from-database.html");
        Path fromFile = dir.resolve("from-file.html");

        Run run = Run.of("summary", "--db", db, "--out", fromDatabase.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(Run.of("summary", file.toString(), "--out", fromFile.toString()).status()).isZero();
        assertThat(Files.readAllBytes(fromDatabase)).isEqualTo(Files.readAllBytes(fromFile));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void importing_the_same_files_again_counts_every_opportunity_unchanged_as_json() throws Exception {
        assertThat(importExamples("--db", db).status()).isZero();
        Run again = Run.of("import", "--opportunities", Run.opportunities(), "--db", db, "--format", "json");
        assertThat(again.status()).as(again.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(again.out());
        assertThat(root.get("written").asBoolean()).isTrue();
        assertThat(root.get("db").asText()).isEqualTo(db);
        assertThat(root.at("/opportunities/unchanged").asLong()).isEqualTo(15);
        assertThat(root.at("/opportunities/added").asLong()).isZero();
    }

    /** The exports of the catalog in the database and of the catalog file, CSV of both kinds, as lines. */
    private List<List<String>> exports(String... catalog) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (String kind : List.of("opportunities", "incentives")) {
            Path out = dir.resolve("export-" + kind + ".csv");
            Run run = Run.of(concat(catalog, "--kind", kind, "--out", out.toString()));
            assertThat(run.status()).as(run.toString()).isZero();
            lines.add(Files.readAllLines(out));
        }
        return lines;
    }

    @Test
    void a_workbook_with_an_incentives_sheet_imports_into_the_database_as_into_a_catalog_file() throws Exception {
        assertThat(importExamples("--out", file.toString()).status()).isZero();
        Path book = dir.resolve("book.xlsx");
        assertThat(Run.of("export", file.toString(), "--out", book.toString()).status()).isZero();
        Path fromBook = dir.resolve("from-book.json");

        Run intoDatabase = Run.of("import", "--opportunities", book.toString(), "--db", db, "--format", "json");
        Run intoFile = Run.of("import", "--opportunities", book.toString(), "--out", fromBook.toString(), "--format",
                "json");

        assertThat(intoDatabase.status()).as(intoDatabase.toString()).isZero();
        assertThat(intoFile.status()).as(intoFile.toString()).isZero();
        JsonNode database = new ObjectMapper().readTree(intoDatabase.out());
        JsonNode json = new ObjectMapper().readTree(intoFile.out());
        assertThat(database.get("reports")).hasSize(2).isEqualTo(json.get("reports"));
        assertThat(database.at("/incentives/added").asLong()).isEqualTo(json.at("/incentives/added").size())
                .isEqualTo(8);
        assertThat(database.at("/opportunities/added").asLong()).isEqualTo(15);
        assertThat(exports("export", "--db", db)).isEqualTo(exports("export", fromBook.toString()));
    }

    @Test
    void a_windows_1256_file_with_semicolons_imports_into_the_database_as_into_a_catalog_file() throws Exception {
        Path opportunities = Files.writeString(dir.resolve("opportunities-1256.csv"),
                "id;title_fa;sector;investment;currency;lead_agency;incentives\n"
                + "AFZ-TOU-001;هتل;TOURISM;5000000000;IRR;AFZO;INC-VAT\n", Charset.forName("windows-1256"));
        Path incentives = Files.writeString(dir.resolve("incentives-tab.csv"),
                Files.readString(Path.of(Run.incentives())).replace(',', '\t'));
        String[] reading = {"--opportunities", opportunities.toString(), "--encoding", "windows-1256", "--delimiter",
            ";", "--incentives", incentives.toString(), "--incentives-encoding", "UTF-8", "--incentives-delimiter",
            "tab", "--format", "json"};

        Run intoDatabase = Run.of(concat(concat(new String[] {"import"}, reading), "--db", db));
        Run intoFile = Run.of(concat(concat(new String[] {"import"}, reading), "--out", file.toString()));

        assertThat(intoDatabase.status()).as(intoDatabase.toString()).isZero();
        assertThat(intoFile.status()).as(intoFile.toString()).isZero();
        JsonNode reports = new ObjectMapper().readTree(intoDatabase.out()).get("reports");
        assertThat(reports).isEqualTo(new ObjectMapper().readTree(intoFile.out()).get("reports"));
        assertThat(reports).extracting(r -> r.get("encoding").asText(), r -> r.get("delimiter").asText())
                .containsExactly(tuple("UTF-8", "\t"),
                        tuple("windows-1256", ";"));
        assertThat(exports("export", "--db", db)).isEqualTo(exports("export", file.toString()));
    }

    @Test
    void a_file_with_mistakes_imported_into_the_database_writes_nothing_and_exits_1() {
        assertThat(importExamples("--db", db).status()).isZero();
        Run run = Run.of("import", "--opportunities", Run.examples().resolve("opportunities-with-mistakes.csv")
                .toString(), "--incentives", Run.incentives(), "--db", db);
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Nothing was imported and the database " + db + " was not changed.");
        Run summary = Run.of("search", "--db", db, "--format", "json", "--size", "1");
        assertThat(summary.out()).contains("\"total\" : 15");
    }

    @Test
    void a_server_address_with_a_password_before_its_host_is_refused_as_carrying_a_password_not_told_unreachable() {
        for (String url : List.of("jdbc:postgresql://clerk:secret@localhost:1/catalog",
                "jdbc:postgresql://clerk:secret@db.example,db2.example:5433/catalog?ssl=true",
                "jdbc:h2:tcp://sa:secret@localhost:1/./catalog")) {
            Run run = Run.of("summary", "--db", url);
            assertThat(run.status()).as(url).isEqualTo(2);
            assertThat(run.err()).as(url).isEqualTo("catalog: --db: the address carries a password, which every user"
                    + " of this machine could read in the list of running programs; leave it out and give it in the"
                    + " environment variable CATALOG_DB_PASSWORD. (see ./catalog summary --help)\n");
        }
        // A port, several hosts or an @ after the host are no password before it.
        for (String url : List.of("jdbc:postgresql://localhost:1/catalog",
                "jdbc:postgresql://db1:1,db2:1/catalog?applicationName=a@b")) {
            Run run = Run.of("summary", "--db", url);
            assertThat(run.status()).as(url).isEqualTo(2);
            assertThat(run.err()).as(url).startsWith("catalog: The catalog's database could not be reached");
        }
    }

    @Test
    void a_url_that_carries_a_password_is_refused_naming_the_variable_in_english_and_persian() {
        Run english = Run.of("summary", "--db", "jdbc:postgresql://localhost/catalog?user=clerk&password=secret");
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).startsWith("catalog: --db: the address carries a password, which every user of this"
                + " machine could read in the list of running programs; leave it out and give it in the environment"
                + " variable CATALOG_DB_PASSWORD.");
        Run persian = Run.in(Run.PERSIAN, "import", "--opportunities", Run.opportunities(), "--db",
                db + ";PASSWORD=secret");
        assertThat(persian.status()).isEqualTo(2);
        assertThat(persian.err()).contains("آن را از نشانی بردارید و در متغیر محیطی CATALOG_DB_PASSWORD بدهید.");
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void a_url_of_another_kind_of_database_or_in_memory_is_refused_saying_what_to_write() {
        Run other = Run.of("search", "--db", "jdbc:mysql://localhost/catalog");
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).startsWith("catalog: --db: \"jdbc:mysql://localhost/catalog\" is not the address of"
                + " a database this program reaches; write jdbc:h2:file:PATH for an H2 file or"
                + " jdbc:postgresql://HOST/NAME for PostgreSQL.");
        Run memory = Run.of("import", "--opportunities", Run.opportunities(), "--db", "jdbc:h2:mem:catalog");
        assertThat(memory.status()).isEqualTo(2);
        assertThat(memory.err()).contains("is a database in memory, which is gone when the run ends");
    }

    @Test
    void an_h2_file_named_without_its_folder_is_refused_saying_to_write_dot_slash_and_an_explicit_one_is_made() {
        for (String url : List.of("jdbc:h2:file:catalog", "jdbc:h2:catalog;MODE=PostgreSQL")) {
            Run relative = Run.of("import", "--opportunities", Run.opportunities(), "--db", url);
            assertThat(relative.status()).as(url).isEqualTo(2);
            assertThat(relative.err()).as(url).startsWith("catalog: --db: \"" + url + "\" names the H2 file catalog"
                    + " without saying in which folder it is; write jdbc:h2:file:./catalog for the current folder,"
                    + " or a path that starts with /.");
            assertThat(relative.err()).as(url).doesNotContain("migrations").doesNotContain("90011");
        }
        Run persian = Run.of("search", "--lang", "fa", "--db", "jdbc:h2:file:catalog");
        assertThat(persian.err()).contains("برای پوشه کنونی بنویسید jdbc:h2:file:./catalog");
        Run absolute = importExamples("--db", db + ";MODE=PostgreSQL");
        assertThat(absolute.status()).as(absolute.toString()).isZero();
        assertThat(dir.resolve("catalog.mv.db")).exists();
    }

    @Test
    void an_h2_file_named_with_its_suffix_is_refused_with_the_address_to_write_and_no_file_is_made() {
        Run suffixed = importExamples("--db", db + ".mv.db;MODE=PostgreSQL");
        assertThat(suffixed.status()).as(suffixed.toString()).isEqualTo(2);
        assertThat(suffixed.err()).startsWith("catalog: --db: \"" + db + ".mv.db;MODE=PostgreSQL\" names the H2 file"
                + " with the suffix .mv.db, which H2 adds itself: it would make " + dir.resolve("catalog.mv.db.mv.db")
                + ". Write " + db + ";MODE=PostgreSQL for that file.");
        assertThat(dir.resolve("catalog.mv.db.mv.db")).doesNotExist();
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
        assertThat(Run.of("summary", "--lang", "fa", "--db", "jdbc:h2:file:./c.mv.db").err())
                .contains("برای آن پرونده بنویسید jdbc:h2:file:./c.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:|jdbc:h2:file:./catalog|./catalog.mv.db",
        "jdbc:h2:|jdbc:h2:file:./catalog|./catalog.mv.db",
        "'jdbc:h2:file:   ;MODE=PostgreSQL'|jdbc:h2:file:./catalog;MODE=PostgreSQL|./catalog.mv.db",
        "jdbc:h2:./data/|jdbc:h2:file:./data/catalog|./data/catalog.mv.db"})
    void an_h2_address_without_a_file_path_is_refused_with_the_form_to_write_instead_of_h2s_message(String url,
            String address, String made) {
        Run run = Run.of("summary", "--db", url);
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --db: \"" + url + "\" names no H2 file: after jdbc:h2:file: comes the"
                + " path and name of the file, to which H2 adds .mv.db. Write " + address + " for " + made
                + ", or the path and name of another file.").doesNotContain("migrations", "[900");
        assertThat(Run.in(Run.PERSIAN, "summary", "--db", url).err()).contains("هیچ پرونده H2 را نام نمی‌برد",
                "بنویسید " + address);
    }

    @Test
    void an_h2_address_whose_settings_h2_refuses_is_told_to_be_corrected_without_advice_on_migrations() {
        Run run = Run.of("summary", "--db", db + ";NO_SUCH_SETTING=1");
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: The catalog's database refused its address while opening the database;")
                .contains("NO_SUCH_SETTING", "Correct the address: jdbc:h2:file:./catalog").doesNotContain("migrations");
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void an_address_with_a_setting_that_makes_the_driver_run_code_or_load_a_class_is_refused_and_nothing_runs()
            throws Exception {
        String script = Files.writeString(dir.resolve("init.sql"), "CREATE TABLE RAN(X INT);").toString();
        Run init = Run.of("import", "--opportunities", Run.opportunities(), "--db",
                db + ";init=RUNSCRIPT FROM '" + script + "'");
        assertThat(init.status()).isEqualTo(2);
        assertThat(init.err()).startsWith("catalog: --db: the address sets init, which makes the database driver run");
        assertThat(dir.resolve("catalog.mv.db")).as("no database opened, so no script run").doesNotExist();
        Run listener = Run.of("import", "--opportunities", Run.opportunities(), "--db",
                db + ";Database_Event_Listener='java.lang.Object'");
        assertThat(listener.status()).isEqualTo(2);
        assertThat(listener.err()).startsWith("catalog: --db: the address sets Database_Event_Listener, which makes the"
                + " database driver run what it holds or load a class it names");
        assertThat(dir.resolve("catalog.mv.db")).as("no database opened, so no class made").doesNotExist();
        for (String setting : List.of("JAVA_OBJECT_SERIALIZER", "default_table_engine")) {
            Run named = Run.of("import", "--opportunities", Run.opportunities(), "--db",
                    db + ";" + setting + "='java.lang.Object'");
            assertThat(named.status()).as(setting).isEqualTo(2);
            assertThat(named.err()).as(setting).startsWith("catalog: --db: the address sets " + setting + ",");
        }
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
        for (String setting : List.of("socketFactory", "sslfactory", "sslhostnameverifier", "sslpasswordcallback",
                "authenticationPluginClassName", "loggerFile")) {
            Run pg = Run.of("search", "--db", "jdbc:postgresql://localhost/catalog?ssl=true&" + setting + "=x");
            assertThat(pg.status()).as(setting).isEqualTo(2);
            assertThat(pg.err()).as(setting).contains("the address sets " + setting);
        }
        Run persian = Run.of("search", "--lang", "fa", "--db", "jdbc:postgresql://localhost/catalog?socketFactory=x");
        assertThat(persian.err()).contains("تنظیم socketFactory").contains("از نشانی بردارید");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        ";I\\NIT=RUNSCRIPT FROM 'SCRIPT' | INIT",
        ";\\INIT=RUNSCRIPT FROM 'SCRIPT' | INIT",
        ";INIT\\=RUNSCRIPT FROM 'SCRIPT' | INIT",
        ";in\\it=RUNSCRIPT FROM 'SCRIPT' | init"})
    void an_h2_setting_written_with_backslashes_is_read_as_h2_reads_it_and_init_is_refused_before_anything_runs(
            String settings, String named) throws Exception {
        String script = Files.writeString(dir.resolve("init.sql"), "CREATE TABLE RAN(X INT);").toString();
        Run run = Run.of("import", "--opportunities", Run.opportunities(), "--db",
                db + settings.replace("SCRIPT", script));

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --db: the address sets " + named + ", which makes the database"
                + " driver run what it holds or load a class it names");
        assertThat(dir.resolve("catalog.mv.db")).as("no database opened, so no script run").doesNotExist();
    }

    @Test
    void an_h2_password_written_with_a_backslash_is_refused_as_a_password_in_the_address() {
        Run run = Run.of("summary", "--db", db + ";PASS\\WORD=secret");

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --db: the address carries a password").doesNotContain("secret");
    }

    @Test
    void a_failed_import_into_a_new_h2_file_leaves_no_database_behind_and_a_read_then_finds_none() {
        Path mistakes = Run.examples().resolve("opportunities-with-mistakes.csv");

        Run run = Run.of("import", "--opportunities", mistakes.toString(), "--incentives", Run.incentives(), "--db",
                db);
        Run none = Run.of("import", "--opportunities", Run.incentives(), "--mode", "skip-invalid", "--db", db);

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("Nothing was imported and the database " + db + " was not changed.");
        assertThat(none.status()).as(none.toString()).isEqualTo(1);
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
        assertThat(dir.resolve("catalog.trace.db")).doesNotExist();
        Run summary = Run.of("summary", "--db", db);
        assertThat(summary.status()).isEqualTo(2);
        assertThat(summary.err()).startsWith("catalog: There is no catalog database at the address given");
    }

    @Test
    void a_failed_import_into_an_h2_file_that_was_there_keeps_the_file() throws Exception {
        try (Connection c = DriverManager.getConnection(db, "", "")) {
            assertThat(c.isValid(1)).isTrue();
        }

        Run run = Run.of("import", "--opportunities", Run.opportunities(), "--db", db);

        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(dir.resolve("catalog.mv.db")).exists();
    }

    @Test
    void a_file_another_run_made_and_filled_after_this_one_found_none_is_kept_when_this_import_fails() {
        // Two first imports into one file: this run looked and found no file, the other made it and
        // imported; this run's import then fails, and must not delete the other's catalog.
        Run other = importExamples("--db", db);
        Database.Importing thisRun = new Database.Importing(CatalogStore.of(db, "", ""), db, null, "", "");

        thisRun.discard();

        assertThat(other.status()).as(other.toString()).isZero();
        assertThat(dir.resolve("catalog.mv.db")).exists();
        assertThat(CatalogStore.of(db, "", "").opportunityCount()).isEqualTo(15);
    }

    @Test
    void a_file_this_run_made_whose_tables_hold_nothing_is_deleted_when_its_import_fails() {
        Database.Importing thisRun = new Database.Importing(CatalogStore.of(db, "", ""), db, null, "", "");
        thisRun.store.migrate();

        thisRun.discard();

        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void a_folder_named_as_the_h2_file_is_told_as_a_folder_in_english_and_persian_and_leaves_no_trace_file()
            throws Exception {
        Files.createDirectory(dir.resolve("catalog.mv.db"));

        Run run = importExamples("--db", db);
        Run persian = Run.in(Run.PERSIAN, "summary", "--db", db);

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: A folder stands where the catalog's H2 file should be")
                .contains(dir.resolve("catalog.mv.db") + " is a folder").doesNotContain("migrations");
        assertThat(persian.err()).contains("پوشه است");
        assertThat(dir.resolve("catalog.trace.db")).doesNotExist();
        assertThat(dir.resolve("catalog.mv.db")).isDirectory();
    }

    @Test
    void an_h2_address_opening_a_missing_or_empty_file_read_only_is_told_so_and_leaves_no_file() throws Exception {
        Run missing = importExamples("--db", db + ";ACCESS_MODE_DATA=r");
        Files.createFile(dir.resolve("empty.mv.db"));
        Run empty = importExamples("--db", "jdbc:h2:file:" + dir.resolve("empty") + ";ACCESS_MODE_DATA=r");

        for (Run run : List.of(missing, empty)) {
            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).startsWith("catalog: The catalog's H2 file can only be read")
                    .contains("leave ;ACCESS_MODE_DATA=r out of the address").doesNotContain("migrations");
        }
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
        assertThat(dir.resolve("catalog.trace.db")).doesNotExist();
        assertThat(dir.resolve("empty.trace.db")).doesNotExist();
    }

    @Test
    void an_import_that_wrote_deletes_the_trace_file_its_run_made_and_keeps_one_that_was_there() throws Exception {
        Path trace = Files.writeString(dir.resolve("catalog.trace.db"), "made by this run");
        Path older = Files.writeString(dir.resolve("older.trace.db"), "there before");

        new Database.Importing(CatalogStore.of(db, "", ""), null, trace, "", "").finish();
        new Database.Importing(CatalogStore.of(db, "", ""), null, null, "", "").finish();

        assertThat(trace).doesNotExist();
        assertThat(older).exists();
    }

    @Test
    void a_new_h2_file_in_a_folder_the_user_may_not_write_is_refused_before_h2_prints_a_stack_trace()
            throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(folder), "permissions do not bind this user");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run;
        try {
            run = importExamples("--db", "jdbc:h2:file:" + folder.resolve("catalog"));
        } finally {
            System.setErr(before);
        }

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --db: the H2 file " + folder.resolve("catalog.mv.db")
                + " is not there, and this user may not write in the folder " + folder);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void an_h2_file_under_a_file_that_stands_for_its_folder_is_refused_naming_that_file_without_a_stack_trace()
            throws Exception {
        Path notFolder = Files.writeString(dir.resolve("notes"), "not a folder");
        String url = "jdbc:h2:file:" + notFolder.resolve("data").resolve("catalog");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run;
        Run persian;
        try {
            run = importExamples("--db", url);
            persian = Run.in(Run.PERSIAN, "import", "--opportunities", Run.opportunities(), "--db", url);
        } finally {
            System.setErr(before);
        }

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("catalog: --db: the H2 file " + notFolder.resolve("data/catalog.mv.db")
                + " cannot be made: " + notFolder + " is a file, not a folder. Give the address of a file in a"
                + " folder, such as jdbc:h2:file:./catalog, or move that file out of the way."
                + " (see ./catalog import --help)\n");
        assertThat(persian.status()).isEqualTo(2);
        assertThat(persian.err()).contains(notFolder + " یک پرونده است، نه پوشه");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(Files.readString(notFolder)).isEqualTo("not a folder");
        assertThat(dir).isDirectoryNotContaining("glob:**.db");
    }

    @Test
    void a_new_h2_file_in_a_folder_the_user_may_not_write_is_named_without_the_dots_of_its_address() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(folder), "permissions do not bind this user");

        Run run = importExamples("--db", "jdbc:h2:file:" + dir + "/./locked/../locked/catalog");

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --db: the H2 file " + folder.resolve("catalog.mv.db")
                + " is not there, and this user may not write in the folder " + folder + " to make it");
    }

    @Test
    void an_import_into_a_catalog_opened_read_only_is_told_so_and_the_catalog_is_kept() throws Exception {
        assertThat(importExamples("--db", db).status()).isZero();
        Files.deleteIfExists(dir.resolve("catalog.trace.db"));

        Run run = importExamples("--db", db + ";ACCESS_MODE_DATA=r");

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: The catalog's H2 file can only be read");
        // Checked before this test's own read, which runs in the JVM where H2 saw the read-only
        // opening and may write a trace of its own on closing.
        assertThat(dir.resolve("catalog.trace.db")).doesNotExist();
        assertThat(CatalogStore.of(db, "", "").opportunityCount()).isEqualTo(15);
    }

    @Test
    void an_import_into_an_h2_file_this_user_may_not_write_in_a_locked_folder_names_that_cause_and_no_stack_trace()
            throws Exception {
        assertThat(importExamples("--db", db).status()).isZero();
        Files.deleteIfExists(dir.resolve("catalog.trace.db"));
        Path file = dir.resolve("catalog.mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(file) || Files.isWritable(dir), "permissions do not bind this user");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream before = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Run run;
            try {
                run = importExamples("--db", db);
            } finally {
                System.setErr(before);
            }

            assertThat(run.status()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).startsWith("catalog: This user may not write the catalog's H2 file " + file
                    + ", so H2 opened it read-only").doesNotContain("ACCESS_MODE_DATA");
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("org.h2");
            assertThat(dir.resolve("catalog.trace.db")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void a_read_of_an_h2_file_that_is_not_there_says_there_is_no_database_and_creates_none() {
        Run run = Run.of("summary", "--db", db);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: There is no catalog database at the address given, found while"
                + " opening the database. Check the database's address");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(dir.resolve("catalog.mv.db")).doesNotExist();
    }

    @Test
    void a_read_of_a_database_without_a_catalog_says_to_import_first_and_of_another_application_says_so()
            throws Exception {
        try (Connection c = DriverManager.getConnection(db, "", "")) {
            assertThat(c.isValid(1)).isTrue();
        }
        Run empty = Run.of("match", "--db", db, "AFZ-TOU-001");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("catalog: the database " + db + " holds no catalog yet: import into it"
                + " first");
        try (Connection c = DriverManager.getConnection(db, "", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id INTEGER PRIMARY KEY)");
        }
        Run other = Run.in(Run.PERSIAN, "export", "--db", db, "--out", dir.resolve("x.csv").toString());
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("جدول‌های برنامه دیگری دارد و کاتالوگی ندارد");
    }

    @Test
    void an_import_into_another_applications_database_is_refused_and_leaves_it_as_it_was() throws Exception {
        try (Connection c = DriverManager.getConnection(db, "", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id INTEGER PRIMARY KEY)");
        }
        Run run = importExamples("--db", db);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: the database " + db + " holds tables of another application and no"
                + " catalog, so it was left as it is");
        try (Connection c = DriverManager.getConnection(db, "", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void a_wrong_password_says_so_and_names_the_variables_in_english_and_persian() {
        Run imported = Run.in(env(Run.ENGLISH, "clerk", "right"), "import", "--opportunities", Run.opportunities(),
                "--incentives", Run.incentives(), "--db", db);
        assertThat(imported.status()).as(imported.toString()).isZero();
        Run english = Run.in(env(Run.ENGLISH, "clerk", "wrong"), "summary", "--db", db);
        assertThat(english.status()).isEqualTo(2);
        assertThat(english.err()).isEqualTo("catalog: The catalog's database refused the user name or password while"
                + " opening the database. Check the user name and password given for the database, then try again."
                + " The user name and password are read from the environment variables CATALOG_DB_USER and"
                + " CATALOG_DB_PASSWORD.\n");
        Run persian = Run.in(env(Run.PERSIAN, "clerk", "wrong"), "summary", "--db", db);
        assertThat(persian.err()).contains("نام کاربری یا گذرواژه را نپذیرفت")
                .contains("از متغیرهای محیطی CATALOG_DB_USER و CATALOG_DB_PASSWORD خوانده می‌شوند.");
        assertThat(Run.in(env(Run.ENGLISH, "clerk", "right"), "summary", "--db", db).status()).isZero();
    }

    @Test
    void a_database_server_that_is_down_is_told_in_the_clerks_words() {
        Run run = Run.of("search", "--db", "jdbc:postgresql://127.0.0.1:1/catalog?connectTimeout=5");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: The catalog's database could not be reached while opening the"
                + " database. Check the database's address, and that it is running and accepts connections");
    }

    @Test
    void a_catalog_file_and_db_together_or_neither_are_usage_errors() {
        Run both = Run.of("summary", file.toString(), "--db", db);
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).startsWith("catalog: give either " + file + " or --db URL, not both.");
        Run neither = Run.of("search", "--text", "hotel");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).startsWith("catalog: CATALOG.json or --db URL is required.");
        Run into = Run.of("import", "--opportunities", Run.opportunities(), "--db", db, "--into", file.toString());
        assertThat(into.status()).isEqualTo(2);
        assertThat(into.err()).startsWith("catalog: --into reads a catalog file;");
        Run noTarget = Run.of("import", "--opportunities", Run.opportunities());
        assertThat(noTarget.err()).startsWith("catalog: --out CATALOG.json or --db URL is required.");
    }

    @Test
    void an_opportunity_not_in_the_database_is_named_with_the_address() {
        assertThat(importExamples("--db", db).status()).isZero();
        Run run = Run.of("match", "--db", db, "AFZ-XXX-999");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: there is no opportunity AFZ-XXX-999 in the database " + db + ".");
    }
}
