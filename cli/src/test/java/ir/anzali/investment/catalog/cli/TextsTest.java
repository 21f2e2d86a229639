package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

    /** A string literal that has the shape of a key: dotted lower-case words. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** Literals of that shape that are no keys of the texts. */
    private static final Set<String> NOT_KEYS = Set.of("catalog.home", "version.properties", "org.hibernate.validator",
            "opportunities.csv", "incentives.csv", "org.flywaydb", "user.name",
            "user.home", "report.html", "dashboard.html");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every key the sources of the command line use, literal or made from a literal. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/ir/anzali/investment/catalog/cli"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                Matcher m = KEY.matcher(source);
                while (m.find()) {
                    if (!NOT_KEYS.contains(m.group(1)) && !m.group(1).startsWith("ir.")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (Kind kind : Kind.values()) {
            keys.add("kind." + kind.reportName());
        }
        ReportText.HINTED.forEach(code -> keys.add("report.hint." + code.code()));
        return keys;
    }

    @Test
    void every_key_the_command_line_uses_resolves_in_both_bundles() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).contains("what.file", "error.unreadable.missing", "found.one", "kind.incentives");
        Properties english = bundle("messages.properties");
        Properties persian = bundle("messages_fa.properties");
        assertThat(used).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(persian.getProperty(key)).as("Persian " + key).isNotBlank();
        });
    }

    @Test
    void counts_are_written_by_the_one_language_layer_and_their_nouns_are_no_keys_of_the_command_line()
            throws IOException {
        for (String name : new String[] {"messages.properties", "messages_fa.properties"}) {
            assertThat(bundle(name).stringPropertyNames()).as(name)
                    .noneMatch(key -> key.matches("(rows|errors|opportunities|incentives)\\.(one|other)"));
        }
        Console persian = new Console(System.out, System.err, LocalizedText.PERSIAN, false);
        assertThat(persian.count(Counted.ROWS, 1500)).isEqualTo(Display.of(LocalizedText.PERSIAN).count(Counted.ROWS, 1500))
                .isEqualTo("۱٬۵۰۰ ردیف");
    }

    @Test
    void both_bundles_hold_the_same_keys() throws IOException {
        assertThat(bundle("messages_fa.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }
}
