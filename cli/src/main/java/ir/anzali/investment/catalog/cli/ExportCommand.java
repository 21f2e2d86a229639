package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.xlsx.XlsxExporter;
import java.io.IOException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export CATALOG.json --out FILE} or {@code export --db URL --out FILE}: writes a catalog's opportunities or incentives as CSV, or
 * the whole catalog as an Excel workbook.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    private final Session session;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG.json", descriptionKey = "catalog.file")
    @Nullable String catalog;

    @Mixin
    Options.Store db;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export.out")
    @SuppressWarnings("NullAway.Init") // required: picocli sets it before call()
    String out;

    @Option(names = "--kind", paramLabel = "opportunities|incentives", descriptionKey = "export.kind")
    Kind kind = Kind.OPPORTUNITIES;

    @Option(names = "--headers", paramLabel = "en|fa", descriptionKey = "option.headers")
    Choice.Headers headers = Choice.Headers.EN;

    @Option(names = "--format", paramLabel = "csv|xlsx", descriptionKey = "option.file-format")
    Choice.@Nullable FileFormat format;

    @Mixin
    Options.Language language;

    ExportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        SafeFile.check(out, catalog);
        // Every row is written: the whole catalog is read, from the database too.
        Catalog read = db.whole(session, catalog);
        if ((format != null ? format : Choice.FileFormat.of(out)) == Choice.FileFormat.XLSX) {
            XlsxExporter exporter = workbookExporter(headers);
            SafeFile.write(out, stream -> exporter.export(read, stream));
            c.line("export.done.workbook", "out", out,
                    "opportunities", c.count(Counted.OPPORTUNITIES, read.opportunities().size()),
                    "incentives", c.count(Counted.INCENTIVES, read.incentives().size()));
            return 0;
        }
        CsvExporter exporter = exporter(headers);
        Kind k = kind;
        SafeFile.write(out, stream -> exporter.export(read, k, stream));
        String items = k == Kind.OPPORTUNITIES ? c.count(Counted.OPPORTUNITIES, read.opportunities().size())
                : c.count(Counted.INCENTIVES, read.incentives().size());
        c.line("export.done", "out", out, "items", items);
        return 0;
    }

    static CsvExporter exporter(Choice.Headers headers) {
        return headers == Choice.Headers.FA ? CsvExporter.persianHeaders() : CsvExporter.englishHeaders();
    }

    static XlsxExporter workbookExporter(Choice.Headers headers) {
        return headers == Choice.Headers.FA ? XlsxExporter.persianHeaders() : XlsxExporter.englishHeaders();
    }
}
