package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteLockTest {

    @TempDir
    Path dir;

    @Test
    void a_second_writer_of_one_file_is_refused_with_the_file_and_the_lock_named_once_its_wait_is_over()
            throws Exception {
        Path target = dir.resolve("shared.json");
        try (WriteLock first = WriteLock.acquire("shared.json", target, WriteLock.WAIT)) {
            assertThat(first.target()).isEqualTo(target);
            assertThatThrownBy(() -> WriteLock.acquire("shared.json", target, Duration.ZERO))
                    .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.message(english()))
                            .isEqualTo("cannot write shared.json: another run of ./catalog has been writing it for 0 "
                                    + "seconds (it holds " + dir.resolve(".shared.json.lock")
                                    + "); nothing was written. Run again when that run has finished."));
            assertThatThrownBy(() -> WriteLock.acquire("shared.json", target, Duration.ZERO))
                    .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.message(
                            new Console(System.out, System.err, Locale.forLanguageTag("fa"), false)))
                            .startsWith("shared.json نوشته نمی‌شود: اجرای دیگری از ./catalog ۰ ثانیه")
                            .endsWith("دوباره اجرا کنید."));
        }
        try (WriteLock again = WriteLock.acquire("shared.json", target, Duration.ZERO)) {
            assertThat(again.name()).isEqualTo("shared.json");
        }
    }

    @Test
    void two_names_of_one_file_share_its_lock_beside_the_real_file() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        try (WriteLock first = WriteLock.acquire("real.json", SafeFile.check(real.toString()), WriteLock.WAIT)) {
            assertThatThrownBy(() -> WriteLock.acquire("link.json", SafeFile.check(link.toString()), Duration.ZERO))
                    .isInstanceOf(UsageException.class).hasMessage("error.out.busy");
        }
        assertThat(WriteLock.lockFile(SafeFile.check(link.toString()))).isEqualTo(dir.resolve(".real.json.lock"));
    }

    @Test
    void a_lock_file_that_cannot_be_opened_is_reported_with_the_users_file_name() throws Exception {
        Path target = dir.resolve("shared.json");
        Files.createDirectory(dir.resolve(".shared.json.lock"));
        assertThatThrownBy(() -> WriteLock.acquire("shared.json", target, Duration.ZERO))
                .isInstanceOf(IOException.class).hasMessageStartingWith("shared.json: ")
                .hasMessageNotContaining(".lock");
    }

    private static Console english() {
        return new Console(System.out, System.err, Locale.ENGLISH, false);
    }
}
