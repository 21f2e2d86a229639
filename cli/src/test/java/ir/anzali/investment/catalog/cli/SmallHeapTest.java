package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in a forked JVM with a small heap, where the catalog limits follow the heap. */
class SmallHeapTest {

    private static final String HEAP = "-Xmx32m";

    /** More rows than a 32 MiB heap lets an import hold: one opportunity per 4 KiB. */
    private static final int ROWS = 32 * 1024 / 4 + 1_000;

    @TempDir
    Path dir;

    @Test
    void validate_checks_a_file_with_more_rows_than_an_import_may_hold_in_the_heap() throws Exception {
        List<String> example = Files.readAllLines(Path.of(Run.opportunities()), StandardCharsets.UTF_8);
        String row = example.get(1);
        String id = row.substring(0, row.indexOf(','));
        List<String> lines = new ArrayList<>(List.of(example.get(0)));
        for (int i = 0; i < ROWS; i++) {
            lines.add(id.replaceAll("\\d+$", "") + (100_000 + i) + row.substring(id.length()));
        }
        Path file = Files.write(dir.resolve("opportunities.csv"), lines, StandardCharsets.UTF_8);

        Process validate = cli("validate", file.toString(), "--incentives", Run.incentives(), "--format", "json");
        String out = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = validate.waitFor();

        JsonNode opportunities = new ObjectMapper().readTree(out).get("reports").get(1);
        assertThat(opportunities.get("errors").toString()).as(out).doesNotContain("file-too-large");
        assertThat(opportunities.get("accepted").asInt()).as(out).isEqualTo(ROWS);
        assertThat(status).as(out).isZero();

        Process imported = cli("import", "--opportunities", file.toString(), "--incentives", Run.incentives(),
                "--out", dir.resolve("catalog.json").toString(), "--format", "json");
        String importOut = new String(imported.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(imported.waitFor()).as(importOut).isEqualTo(1);
        assertThat(importOut).as("an import into a catalog file keeps its limits").contains("file-too-large");
    }

    private static Process cli(String... args) throws Exception {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = String.join(File.pathSeparator, modules, System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", classes, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LANG", "en_US.UTF-8");
        return builder.start();
    }
}
