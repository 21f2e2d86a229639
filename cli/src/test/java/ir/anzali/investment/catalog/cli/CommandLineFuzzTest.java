package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arbitrary arguments, valid and hostile mixed: every run ends with exit 0, 1 or 2, prints no stack
 * trace and no terminal control character, and says what went wrong in a few lines. A failing case
 * names its seed; rerun it with {@code -Dcatalog.seed=N}.
 */
class CommandLineFuzzTest {

    private static final String[] COMMANDS = {"validate", "import", "export", "template", "match", "summary", "search",
        "demo", "valdate", "", "--help", "-x"};
    private static final String[] OPTIONS = {"--out", "--kind", "--lang", "--format", "--mode", "--encoding",
        "--delimiter", "--page", "--size", "--desc", "--on", "--text", "--sector", "--status", "--agency", "--role",
        "--incentives", "--opportunities", "--into", "--headers", "--sort", "--min-youth-jobs", "--incentive-type",
        "--help", "--version", "--lang=fa", "--format=json", "--", "-"};

    @TempDir
    Path dir;

    private List<String> values;

    @BeforeEach
    void files() throws Exception {
        Path catalog = dir.resolve("catalog.json");
        Run.of("import", "--opportunities", Run.opportunities(), "--incentives", Run.incentives(), "--out",
                catalog.toString());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,title_fa,sector\nX,\u001B[31m,\u0007\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1e999999999");
        values = List.of(Run.opportunities(), Run.incentives(), catalog.toString(), bad.toString(), broken.toString(),
                dir.resolve("out.json").toString(), dir.resolve("out.csv").toString(), dir.toString(), "/", "/dev/null",
                "no-such-file", "", " ", "-", "fa", "en", "json", "text", "xml", "opportunities", "incentives",
                "skip-invalid", "UTF-8", "windows-1252", "EBCDIC-XX", ",", "؛", "tab", "0", "-1", "2147483647",
                "99999999999999999999", "true", "false", "maybe", "1405/09/06", "1405/13/40", "هتل", "AFZ-TOU-001",
                "TOURISM", "گردشگری", "OPEN,NEGOTIATION", "\u001B]0;title\u0007", "\u202Eevil", "x".repeat(5000),
                dir.resolve("فرصت‌ها.csv").toString());
    }

    @Test
    void arbitrary_arguments_end_cleanly() throws Exception {
        String one = System.getProperty("catalog.seed");
        long first = one != null ? Long.parseLong(one) : Long.getLong("catalog.seed.base", 20261127L);
        int count = one != null ? 1 : 250;
        for (long seed = first; seed < first + count; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> args = new ArrayList<>();
            String command = COMMANDS[r.nextInt(COMMANDS.length)];
            if (!command.isEmpty()) {
                args.add(command);
            }
            for (int i = r.nextInt(0, 7); i > 0; i--) {
                args.add(r.nextInt(3) == 0 ? values.get(r.nextInt(values.size())) : OPTIONS[r.nextInt(OPTIONS.length)]);
                if (r.nextBoolean()) {
                    args.add(values.get(r.nextInt(values.size())));
                }
            }
            Run run = Run.in(r.nextBoolean() ? Run.ENGLISH : Run.PERSIAN, args.toArray(new String[0]));
            String all = run.out() + run.err();
            String seen = "seed " + seed + " (rerun with -Dcatalog.seed=" + seed + "): " + args + "\n" + run;
            assertThat(run.status()).as(seen).isBetween(0, 2);
            assertThat(all).as(seen).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001B")
                    .doesNotContain("\u0007").doesNotContain("\u202E");
            assertThat(run.err().lines().count()).as(seen).isLessThanOrEqualTo(22);
            if (run.status() == 2) {
                assertThat(run.err()).as(seen).startsWith("catalog: ");
            }
        }
    }
}
