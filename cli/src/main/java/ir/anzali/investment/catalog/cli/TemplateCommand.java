package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code template}: prints the header row of a CSV file, or writes an Excel workbook with both sheets,
 * the rules and the dropdown lists, to start from.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false)
final class TemplateCommand implements Callable<Integer> {

    private final Session session;

    @Option(names = "--kind", paramLabel = "opportunities|incentives", descriptionKey = "export.kind")
    Kind kind = Kind.OPPORTUNITIES;

    @Option(names = "--headers", paramLabel = "en|fa", descriptionKey = "option.headers")
    Choice.Headers headers = Choice.Headers.EN;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "template.out")
    @Nullable String out;

    @Option(names = "--format", paramLabel = "csv|xlsx", descriptionKey = "option.file-format")
    Choice.@Nullable FileFormat format;

    @Option(names = "--catalog", paramLabel = "CATALOG.json", descriptionKey = "template.catalog")
    @Nullable String catalog;

    @Mixin
    Options.Language language;

    TemplateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        Choice.FileFormat chosen = format != null ? format : out != null ? Choice.FileFormat.of(out)
                : Choice.FileFormat.CSV;
        if (chosen == Choice.FileFormat.XLSX) {
            if (out == null) {
                throw new UsageException("error.workbook-out");
            }
            SafeFile.check(out, catalog);
            Catalog lists = catalog == null ? Catalog.empty(ReferenceData.defaults()) : UserFiles.catalog(catalog);
            SafeFile.write(out, stream -> ExportCommand.workbookExporter(headers).template(lists, stream));
            c.line("template.done", "out", out);
            return 0;
        }
        if (out != null) {
            SafeFile.check(out);
            SafeFile.write(out, stream -> ExportCommand.exporter(headers).template(kind, stream));
            c.line("template.done.csv", "out", out, "kind", c.text("kind." + kind.reportName()));
            return 0;
        }
        ExportCommand.exporter(headers).template(kind, c.out());
        c.out().flush();
        return 0;
    }
}
