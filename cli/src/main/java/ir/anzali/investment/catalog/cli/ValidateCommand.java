package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.html.ReportPage;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.Counted;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE}: checks a file and reports every problem, importing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    private final Session session;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "validate.file")
    String file;

    @Option(names = "--kind", paramLabel = "opportunities|incentives", descriptionKey = "option.kind")
    @Nullable Kind kind;

    @Option(names = "--incentives", paramLabel = "FILE", descriptionKey = "validate.incentives")
    @Nullable String incentives;

    @Mixin
    Options.Reading reading;

    @Mixin
    Options.PageOutput output;

    /**
     * An import's limits without those on the opportunities' count and the file's bytes: validate keeps
     * no opportunity, so it checks a file of any size in a small heap, as the import's hint promises;
     * the incentives it keeps to check references stay bounded.
     */
    static final CatalogLimits LIMITS = UserFiles.LIMITS.withMaxOpportunities(Long.MAX_VALUE).withMaxBytes(Long.MAX_VALUE);

    ValidateCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        Path path = UserFiles.readable(file, "what.file");
        String page = output.page("report.html", file, incentives);
        Kind k = kind != null ? kind : guessKind(file);
        ImportSource source = reading.source(path);
        ImportSource incentiveSource = reading.incentives(incentives == null ? null
                : UserFiles.readable(incentives, "what.incentives"));
        CatalogImporter importer = reading.importer(c, output.json() || page != null).catalogLimits(LIMITS).build();
        List<ImportReport> reports;
        if (incentiveSource != null) {
            if (k != Kind.OPPORTUNITIES) {
                throw new UsageException("error.incentives-with-incentives");
            }
            reports = importer.validateImport(Catalog.empty(ReferenceData.defaults()), source, incentiveSource);
        } else if (k == Kind.OPPORTUNITIES) {
            // A workbook that also holds incentives has them read first, so that references are checked,
            // as import does.
            reports = importer.validateImport(Catalog.empty(ReferenceData.defaults()), source, null);
        } else {
            reports = List.of(importer.validate(source, k));
        }
        if (page != null) {
            writeReportPage(c, page, reports);
            sayReportPage(c, page, reports);
        } else {
            print(c, output.json(), reports);
        }
        return reports.stream().allMatch(ImportReport::valid) ? 0 : 1;
    }

    /** What a file holds when {@code --kind} is not given: incentives when its name says so. */
    static Kind guessKind(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.contains("incentive") || file.contains("مشوق") ? Kind.INCENTIVES : Kind.OPPORTUNITIES;
    }

    /** Writes the reports' page. */
    static void writeReportPage(Console c, String page, List<ImportReport> reports) throws UsageException, IOException {
        SafeFile.write(page, out -> ReportPage.in(c.locale()).write(reports, out));
    }

    /** Says where the reports' page is and how many errors it shows. */
    static void sayReportPage(Console c, String page, List<ImportReport> reports) {
        long errors = reports.stream().mapToLong(ImportReport::errorCount).sum();
        c.line("page.report", "file", page, "errors", c.count(Counted.ERRORS, errors));
    }

    /**
     * The reports as text, or as JSON in one shape however many there are: {@code {"reports": […]}}
     * ({@code docs/schemas/validate-output.schema.json}).
     */
    static void print(Console c, boolean json, List<ImportReport> reports) {
        if (json) {
            var root = Json.object();
            Json.reports(root, reports);
            Json.print(c, root);
        } else {
            boolean incentivesRead = reports.stream().anyMatch(r -> Kind.INCENTIVES.reportName().equals(r.kind()));
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    c.blank();
                }
                ReportText.print(c, reports.get(i), incentivesRead);
            }
        }
    }
}
