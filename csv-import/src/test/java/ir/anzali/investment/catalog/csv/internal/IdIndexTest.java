package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdIndexTest {

    @TempDir
    Path spillFolder;

    @Test
    void remembers_the_first_line_of_each_id_across_growth() throws IOException {
        try (IdIndex index = new IdIndex(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (int i = 0; i < 150_000; i++) {
                assertThat(index.add("AFZ-" + i, i + 2L)).isEqualTo(-1);
            }
            for (int i = 0; i < 150_000; i += 997) {
                assertThat(index.add("AFZ-" + i, 1_000_000L)).isEqualTo(i + 2L);
            }
            assertThat(index.add("AFZ-150000", 5L)).isEqualTo(-1);
            assertThat(index.spilled()).isFalse();
        }
    }

    @Test
    void duplicates_are_found_across_the_heap_and_the_spilled_table() throws IOException {
        try (IdIndex index = new IdIndex(16, spillFolder, IdIndex::hash)) {
            for (int i = 0; i < 10; i++) {
                assertThat(index.add("AFZ-" + i, i + 2L)).isEqualTo(-1);
            }
            assertThat(index.spilled()).isFalse();
            for (int i = 10; i < 5_000; i++) {
                assertThat(index.add("AFZ-" + i, i + 2L)).isEqualTo(-1);
            }
            assertThat(index.spilled()).isTrue();
            for (int i = 0; i < 5_000; i += 7) {
                assertThat(index.add("AFZ-" + i, 9_999L)).as("AFZ-" + i).isEqualTo(i + 2L);
            }
            assertThat(index.add("AFZ-5000", 9_999L)).isEqualTo(-1);
            assertThat(index.add("AFZ-5000", 10_000L)).isEqualTo(9_999L);
        }
    }

    @Test
    void long_ids_spill_by_their_characters_and_are_found_again() throws IOException {
        String longId = "AFZ-" + "ب".repeat(40_000);
        try (IdIndex index = new IdIndex(16, spillFolder, IdIndex::hash)) {
            assertThat(index.add(longId, 2L)).isEqualTo(-1);
            assertThat(index.add(longId + "X", 3L)).isEqualTo(-1);
            assertThat(index.spilled()).isTrue();
            assertThat(index.add(longId, 4L)).isEqualTo(2L);
            assertThat(index.add(longId + "X", 5L)).isEqualTo(3L);
        }
    }

    @Test
    void a_hash_collision_between_two_different_ids_is_not_a_duplicate_in_heap() throws IOException {
        try (IdIndex index = new IdIndex(1024, spillFolder, id -> 42L)) {
            assertThat(index.add("AFZ-TOU-001", 2L)).isEqualTo(-1);
            assertThat(index.add("AFZ-TOU-002", 3L)).isEqualTo(-1);
            assertThat(index.add("AFZ-TOU-002", 4L)).isEqualTo(3L);
            assertThat(index.add("AFZ-TOU-001", 5L)).isEqualTo(2L);
            assertThat(index.spilled()).isFalse();
        }
    }

    @Test
    void a_hash_collision_between_two_different_ids_is_not_a_duplicate_past_the_heap_budget() throws IOException {
        try (IdIndex index = new IdIndex(16, spillFolder, id -> 42L)) {
            for (int i = 0; i < 100; i++) {
                assertThat(index.add("AFZ-" + i, i + 2L)).as("AFZ-" + i).isEqualTo(-1);
            }
            assertThat(index.spilled()).isTrue();
            assertThat(index.add("AFZ-3", 500L)).isEqualTo(5L);
            assertThat(index.add("AFZ-99", 501L)).isEqualTo(101L);
            assertThat(index.add("AFZ-100", 502L)).isEqualTo(-1);
        }
    }

    @Test
    void spilled_files_are_owner_only_and_removed_on_close() throws IOException {
        IdIndex index = new IdIndex(16, spillFolder, IdIndex::hash);
        for (int i = 0; i < 1_000; i++) {
            index.add("AFZ-" + i, i + 2L);
        }
        List<Path> files = files();
        assertThat(files).hasSize(2);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            for (Path file : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString()).isEqualTo("rw-------");
            }
        }
        index.close();
        assertThat(files()).isEmpty();
    }

    @Test
    void an_index_within_its_heap_budget_makes_no_file() throws IOException {
        try (IdIndex index = new IdIndex(1024, spillFolder, IdIndex::hash)) {
            for (int i = 0; i < 700; i++) {
                index.add("AFZ-" + i, i + 2L);
            }
            assertThat(files()).isEmpty();
        }
    }

    @Test
    void close_ids_have_different_hashes() {
        assertThat(IdIndex.hash("AFZ-TOU-001")).isNotEqualTo(IdIndex.hash("AFZ-TOU-010"));
        assertThat(IdIndex.hash("AB")).isNotEqualTo(IdIndex.hash("BA"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(spillFolder)) {
            return list.toList();
        }
    }
}
