package ir.anzali.investment.catalog.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template}: prints the header row of a file, to start a sheet from. */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplateCommand implements Callable<Integer> {

    private final Session session;

    @Option(names = "--kind", paramLabel = "opportunities|incentives", descriptionKey = "export.kind")
    Choice.Kind kind = Choice.Kind.OPPORTUNITIES;

    @Option(names = "--headers", paramLabel = "en|fa", descriptionKey = "option.headers")
    Choice.Headers headers = Choice.Headers.EN;

    @Mixin
    Options.Language language;

    TemplateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        Console c = session.console();
        ExportCommand.exporter(headers).template(kind.kind(), c.out());
        c.out().flush();
        return 0;
    }
}
