package ir.anzali.investment.catalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/** {@code catalog}: with no command, the demo; else one of the commands. */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = CatalogCommand.Version.class,
        subcommands = {ValidateCommand.class, ImportCommand.class, ExportCommand.class, TemplateCommand.class,
            MatchCommand.class, SummaryCommand.class, SearchCommand.class, DemoCommand.class})
final class CatalogCommand implements Callable<Integer> {

    private final Session session;

    @Mixin
    Options.Language language;

    CatalogCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        return new DemoCommand(session).call();
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = CatalogCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"catalog " + p.getProperty("version", "unknown")};
        }
    }
}
