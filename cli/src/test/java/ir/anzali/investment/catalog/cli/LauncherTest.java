package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code ./catalog} launcher at the repository's root. */
class LauncherTest {

    @Test
    void the_launcher_builds_the_tool_again_when_any_module_it_is_built_from_changes() throws IOException {
        Path root = Run.examples().getParent();
        Matcher dependency = Pattern.compile("<artifactId>investment-catalog-([a-z-]+)</artifactId>")
                .matcher(Files.readString(root.resolve("cli/pom.xml")));
        List<String> modules = new ArrayList<>(List.of("cli"));
        while (dependency.find()) {
            if (!List.of("cli", "parent").contains(dependency.group(1))) {
                modules.add(dependency.group(1));
            }
        }
        assertThat(modules).contains("core", "csv-import", "xlsx", "html");
        Matcher watched = Pattern.compile("(?m)^modules=\"([^\"]*)\"$").matcher(Files.readString(root.resolve("catalog")));
        assertThat(watched.find()).isTrue();
        assertThat(List.of(watched.group(1).split(" "))).containsExactlyInAnyOrderElementsOf(modules);
    }
}
