package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileTest {

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws Exception {
        SafeFile.write(file.toString(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_symbolic_link_is_written_through_to_its_target() throws Exception {
        Path target = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
        write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("later.json"));
        write(dangling, "made");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("made");
    }

    @Test
    void what_is_not_a_regular_file_is_refused_and_left_alone() throws Exception {
        assertThatThrownBy(() -> write(Path.of("/"), "x")).isInstanceOf(UsageException.class)
                .hasMessage("error.out.not-file");
        assertThatThrownBy(() -> write(dir, "x")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> write(Path.of("/dev/null"), "x")).isInstanceOf(UsageException.class);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThatThrownBy(() -> write(dir.resolve("no/such/folder.json"), "x")).isInstanceOf(UsageException.class)
                .hasMessage("error.out.no-folder");
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop.getFileName());
        assertThatThrownBy(() -> write(loop, "x")).isInstanceOf(UsageException.class).hasMessage("error.out.loop");
    }

    @Test
    void a_replaced_file_keeps_its_permissions_and_a_new_one_follows_the_umask() throws Exception {
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        write(shared, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        Path reference = Files.writeString(dir.resolve("reference.txt"), "made the usual way");
        Path fresh = dir.resolve("fresh.json");
        write(fresh, "new");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void leftovers_of_killed_runs_are_removed_when_older_than_a_minute_and_not_locked() throws Exception {
        FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
        Path old = Files.setLastModifiedTime(Files.writeString(dir.resolve(".catalog-0123456789ab.tmp"), "killed run"),
                twoMinutesAgo);
        Path young = Files.writeString(dir.resolve(".catalog-ba9876543210.tmp"), "a run under way");
        Path locked = Files.setLastModifiedTime(Files.writeString(dir.resolve(".catalog-5555.tmp"), "a slow run"),
                twoMinutesAgo);
        try (FileChannel held = FileChannel.open(locked, StandardOpenOption.WRITE); FileLock lock = held.lock()) {
            write(dir.resolve("out.json"), "x");
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(old).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.json",
                    ".out.json.lock", ".catalog-ba9876543210.tmp", ".catalog-5555.tmp");
        }
        assertThat(young).hasContent("a run under way");
    }

    @Test
    void the_temporary_output_is_owner_only_while_written_under_umask_022_and_gets_the_targets_permissions_at_the_end()
            throws Exception {
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
        List<String> seen = new ArrayList<>();
        SafeFile.write(shared.toString(), out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            try (var temps = Files.newDirectoryStream(dir, ".catalog-*.tmp")) {
                for (Path temp : temps) {
                    seen.add(permissions(temp));
                }
            }
        });
        assertThat(seen).containsExactly("rw-------");
        assertThat(permissions(shared)).isEqualTo("rw-r-----");
        assertThat(shared).hasContent("new");
    }

    @Test
    void the_lock_file_is_owner_only_and_stays_empty() throws Exception {
        write(dir.resolve("out.json"), "x");
        Path lock = dir.resolve(".out.json.lock");
        assertThat(permissions(lock)).isEqualTo("rw-------");
        assertThat(Files.size(lock)).isZero();
    }

    @Test
    void a_refusal_just_before_the_rename_replaces_nothing_and_leaves_no_temporary_file() throws Exception {
        Path target = Files.writeString(dir.resolve("keep.json"), "old");
        try (WriteLock lock = WriteLock.acquire(target.toString(), SafeFile.check(target.toString()), WriteLock.WAIT)) {
            assertThatThrownBy(() -> SafeFile.write(lock, out -> out.write('x'), () -> {
                throw new UsageException("error.into.changed");
            })).isInstanceOf(UsageException.class).hasMessage("error.into.changed");
        }
        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("keep.json",
                    ".keep.json.lock");
        }
    }

    @Test
    void a_failed_write_names_the_users_path_and_leaves_only_the_lock_file() throws Exception {
        Path target = Files.writeString(dir.resolve("keep.json"), "old");
        assertThatThrownBy(() -> SafeFile.write(target.toString(), out -> {
            out.write('x');
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage(target + ": No space left on device")
                .hasMessageNotContaining(".catalog-");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(target, dir.resolve(".keep.json.lock"));
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
