package ir.anzali.investment.catalog.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.spring.CatalogAutoConfiguration;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class PrivateUploadFolderTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class));

    @Test
    void uploaded_parts_go_to_a_new_owner_only_folder_inside_the_configured_location(@TempDir Path location) {
        web.withBean(MultipartConfigElement.class, () -> new MultipartConfigElement(location.toString(), 1000, 2000, 0))
                .run(context -> {
                    MultipartConfigElement settings = context.getBean(MultipartConfigElement.class);
                    Path folder = Path.of(settings.getLocation());
                    assertThat(folder.getParent()).isEqualTo(location.toAbsolutePath());
                    assertThat(folder.getFileName().toString()).startsWith(PrivateUploadFolder.PREFIX);
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                            .isEqualTo("rwx------");
                    assertThat(settings.getMaxFileSize()).isEqualTo(1000);
                    assertThat(settings.getMaxRequestSize()).isEqualTo(2000);
                });
    }

    @Test
    void without_a_location_the_owner_only_folder_is_made_in_the_temporary_directory(@TempDir Path temporary) {
        web.withPropertyValues("investment-catalog.import.temporary-directory=" + temporary)
                .withBean(MultipartConfigElement.class, () -> new MultipartConfigElement(""))
                .run(context -> {
                    Path folder = Path.of(context.getBean(MultipartConfigElement.class).getLocation());
                    assertThat(folder.getParent()).isEqualTo(temporary);
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                            .isEqualTo("rwx------");
                });
    }

    @Test
    void the_folder_and_what_is_left_in_it_are_removed_when_the_application_stops(@TempDir Path location)
            throws IOException {
        Path[] made = new Path[1];
        web.withBean(MultipartConfigElement.class, () -> new MultipartConfigElement(location.toString()))
                .run(context -> {
                    made[0] = Path.of(context.getBean(MultipartConfigElement.class).getLocation());
                    Files.writeString(made[0].resolve("upload_left.tmp"), "part");
                });
        assertThat(made[0]).isNotNull();
        assertThat(Files.exists(made[0])).isFalse();
        try (var left = Files.list(location)) {
            assertThat(left).isEmpty();
        }
    }
}
