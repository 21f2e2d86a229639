package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files that an interrupted run does not leave behind. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_file_deleted_by_its_maker_is_forgotten() throws IOException {
        Path file = PrivateFiles.create(dir, "catalog-test-", ".tmp");
        assertThat(PrivateFiles.live(file)).isTrue();
        PrivateFiles.delete(file);
        assertThat(file).doesNotExist();
        assertThat(PrivateFiles.live(file)).isFalse();
        PrivateFiles.delete(file);
        assertThat(PrivateFiles.live(file)).isFalse();
    }

    @Test
    void the_files_not_deleted_yet_are_deleted_when_the_program_ends() throws IOException {
        Path written = PrivateFiles.create(dir, "catalog-test-", ".tmp");
        Files.write(written, new byte[4096]);
        Path renamed = PrivateFiles.create(dir, "catalog-test-", ".tmp");
        Path target = dir.resolve("catalog.json");
        Files.move(renamed, target);
        PrivateFiles.deleteLive();
        assertThat(written).doesNotExist();
        assertThat(PrivateFiles.live(written)).isFalse();
        assertThat(PrivateFiles.live(renamed)).isFalse();
        assertThat(target).as("a file renamed into place is the output, kept").exists();
    }
}
