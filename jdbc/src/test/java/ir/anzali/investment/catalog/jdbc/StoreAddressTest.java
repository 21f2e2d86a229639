package ir.anzali.investment.catalog.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreAddressTest {

    @TempDir
    Path dir;

    @Test
    void a_store_of_an_h2_file_named_with_its_suffix_is_refused_with_the_address_to_write_and_no_file_is_made() {
        String url = "jdbc:h2:file:" + dir.resolve("catalog.mv.db") + ";MODE=PostgreSQL";

        assertThatThrownBy(() -> CatalogStore.of(url, null, null))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                    assertThat(e.url()).isEqualTo(url);
                    assertThat(e.file()).isEqualTo(dir.resolve("catalog.mv.db.mv.db").toString());
                    assertThat(e.address()).isEqualTo("jdbc:h2:file:" + dir.resolve("catalog") + ";MODE=PostgreSQL");
                    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo("The address " + url
                            + " names the H2 file with the suffix .mv.db, which H2 adds itself: it would make "
                            + e.file() + ". Write " + e.address() + " for that file.");
                    assertThat(e.message(Locale.forLanguageTag("fa"))).contains("پسوند .mv.db",
                            "برای آن پرونده بنویسید " + e.address());
                });
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:|jdbc:h2:file:./catalog|./catalog.mv.db",
        "jdbc:h2:|jdbc:h2:file:./catalog|./catalog.mv.db",
        "'jdbc:h2:file: ;MODE=PostgreSQL'|jdbc:h2:file:./catalog;MODE=PostgreSQL|./catalog.mv.db",
        "jdbc:h2:file:.|jdbc:h2:file:./catalog|./catalog.mv.db",
        "jdbc:h2:file:~|jdbc:h2:file:~/catalog|~/catalog.mv.db",
        "jdbc:h2:file:/srv/data/|jdbc:h2:file:/srv/data/catalog|/srv/data/catalog.mv.db",
        "jdbc:h2:../..|jdbc:h2:file:../../catalog|../../catalog.mv.db"})
    void an_h2_address_without_a_file_path_is_refused_with_the_address_of_a_file_to_write(String url, String address,
            String file) {
        assertThatThrownBy(() -> CatalogStore.of(url, null, null))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StoreAddressException.Reason.NO_FILE);
                    assertThat(e.address()).isEqualTo(address);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).isEqualTo("The address " + url + " names no H2 file: after jdbc:h2:file:"
                            + " comes the path and name of the file, to which H2 adds .mv.db. Write " + address + " for "
                            + file + ", or the path and name of another file.");
                    assertThat(e.message(Locale.forLanguageTag("fa"))).contains("هیچ پرونده H2 را نام نمی‌برد",
                            "بنویسید " + address);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'jdbc:h2:;'|jdbc:h2:file:./catalog",
        "'jdbc:h2:file:;'|jdbc:h2:file:./catalog",
        "'jdbc:h2:; ;'|jdbc:h2:file:./catalog",
        "'jdbc:h2:;;MODE=PostgreSQL;'|jdbc:h2:file:./catalog;MODE=PostgreSQL",
        "'jdbc:h2:./;MODE=A\\;B;'|jdbc:h2:file:./catalog;MODE=A\\;B",
        "'jdbc:h2:file:./data/catalog.mv.db;'|jdbc:h2:file:./data/catalog"})
    void a_stray_semicolon_is_left_out_of_the_address_suggested(String url, String address) {
        assertThatThrownBy(() -> StoreAddress.check(url))
                .isInstanceOfSatisfying(StoreAddressException.class, e -> assertThat(e.address()).isEqualTo(address));
    }

    @Test
    void an_h2_address_whose_setting_h2_does_not_know_is_a_bad_address_not_a_failure_of_the_tables() {
        String url = "jdbc:h2:file:" + dir.resolve("catalog") + ";NO_SUCH_SETTING=1";
        assertThatThrownBy(() -> CatalogStore.of(url, null, null).contents())
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.BAD_ADDRESS);
                    assertThat(e.getMessage()).startsWith("The catalog's database refused its address while opening")
                            .contains("NO_SUCH_SETTING").doesNotContain("migrations");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void the_folder_a_file_would_be_made_in_is_the_nearest_one_there_and_none_when_a_file_stands_in_the_way()
            throws Exception {
        assertThat(StoreAddress.nearestFolder(dir.resolve("catalog.mv.db"))).isEqualTo(dir);
        assertThat(StoreAddress.nearestFolder(dir.resolve("a/b/catalog.mv.db"))).isEqualTo(dir);
        Path file = Files.createFile(dir.resolve("notes.txt"));
        assertThat(StoreAddress.nearestFolder(file.resolve("catalog.mv.db"))).isNull();
        assertThat(StoreAddress.nearestAbove(file.resolve("a/catalog.mv.db"))).isEqualTo(file);
        assertThat(StoreAddress.nearestAbove(dir.resolve("a/b/catalog.mv.db"))).isEqualTo(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:./catalog", "jdbc:h2:./catalog;MODE=PostgreSQL", "jdbc:h2:mem:catalog.mv.db;DB_CLOSE_DELAY=-1",
        "jdbc:h2:tcp://localhost/catalog.mv.db", "jdbc:postgresql://localhost/catalog.mv.db"})
    void addresses_of_another_kind_or_without_the_suffix_are_kept(String url) {
        assertThat(StoreAddress.check(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:./data/catalog;MODE=PostgreSQL|./data/catalog",
        "jdbc:h2:~/catalog|~/catalog",
        "jdbc:h2:mem:catalog|",
        "jdbc:h2:tcp://localhost/catalog|",
        "jdbc:h2:split:./data/catalog;MODE=PostgreSQL|./data/catalog",
        "jdbc:h2:split:28:~/catalog|~/catalog",
        "jdbc:h2:file:split:./catalog|./catalog",
        "jdbc:h2:async:/srv/catalog|/srv/catalog",
        "jdbc:h2:zip:./catalog.zip!/catalog|",
        "jdbc:h2:memFS:catalog|",
        "jdbc:h2:ssl://localhost/catalog|",
        "jdbc:postgresql://localhost/catalog|"})
    void the_name_of_the_h2_file_is_the_address_without_its_settings_and_file_systems_and_other_forms_have_none(String url, String name) {
        assertThat(StoreAddress.h2Name(url)).isEqualTo(name);
    }

    @Test
    void the_h2_file_of_an_address_is_absolute_with_its_suffix_and_none_with_a_base_dir() {
        assertThat(StoreAddress.h2File("jdbc:h2:file:" + dir.resolve("c") + ";MODE=PostgreSQL", ".trace.db"))
                .isEqualTo(dir.resolve("c.trace.db"));
        assertThat(StoreAddress.h2File("jdbc:h2:~/c", ".mv.db"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "c.mv.db"));
        assertThat(StoreAddress.h2File("jdbc:h2:file:c;baseDir=/srv", ".mv.db")).isNull();
        assertThat(StoreAddress.h2File("jdbc:h2:tcp://localhost/c", ".mv.db")).isNull();
    }
}
