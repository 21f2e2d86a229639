package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.html.ReportPage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's messages serve servers as well as the command line: none names a command, an option
 * or the command line itself. The command line adds its own hints ({@link ReportText}).
 */
class LibraryMessagesTest {

    /**
     * One class of each library module that has messages, to find its bundles by. The workbook
     * module has none of its own: its header notes are the importer's.
     */
    private static final List<Class<?>> LIBRARY = List.of(Catalog.class, CatalogImporter.class, ReportPage.class);

    @Test
    void no_library_message_in_any_language_names_a_command_or_an_option() throws Exception {
        List<String> found = new ArrayList<>();
        int messages = 0;
        for (Class<?> module : LIBRARY) {
            for (Path bundle : bundles(module)) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(bundle)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    messages++;
                    if (text.contains("--") || text.contains("./catalog") || text.toLowerCase().contains("command")
                            || text.contains("دستور")) {
                        found.add(bundle.getFileName() + " " + key + "=" + text);
                    }
                }
            }
        }
        assertThat(messages).isGreaterThan(300);
        assertThat(found).isEmpty();
    }

    /** The message bundles of the module that holds a class, English and Persian. */
    private static List<Path> bundles(Class<?> type) throws Exception {
        Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = where;
        if (Files.isRegularFile(where)) {
            FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + where.toUri()), Map.of());
            root = jar.getPath("/");
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> bundles = files.filter(f -> f.toString().endsWith(".properties")
                    && !f.getFileName().toString().startsWith("version")).toList();
            assertThat(bundles).as("bundles of %s", where).extracting(f -> f.getFileName().toString())
                    .anyMatch(n -> n.endsWith("_fa.properties"));
            return bundles;
        }
    }
}
