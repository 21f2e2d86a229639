package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Changes;
import ir.anzali.investment.catalog.MergeResult;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import}: imports CSV files into a catalog and writes it, all or nothing by default. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    private final Session session;

    @Option(names = "--opportunities", required = true, paramLabel = "FILE", descriptionKey = "import.opportunities")
    @SuppressWarnings("NullAway.Init") // required: picocli sets it before call()
    String opportunities;

    @Option(names = "--incentives", paramLabel = "FILE", descriptionKey = "import.incentives")
    @Nullable String incentives;

    @Option(names = "--into", paramLabel = "CATALOG.json", descriptionKey = "import.into")
    @Nullable String into;

    @Option(names = "--out", required = true, paramLabel = "CATALOG.json", descriptionKey = "import.out")
    @SuppressWarnings("NullAway.Init") // required: picocli sets it before call()
    String out;

    @Option(names = "--report", paramLabel = "REPORT.html", descriptionKey = "import.report")
    @Nullable String report;

    @Mixin
    Options.Mode mode;

    @Mixin
    Options.Reading reading;

    @Mixin
    Options.Output output;

    ImportCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        Path opportunityFile = UserFiles.readable(opportunities, "what.opportunities");
        Path incentiveFile = incentives == null ? null : UserFiles.readable(incentives, "what.incentives");
        output.refuseHtml("error.html-import");
        SafeFile.check(out, opportunities, incentives);
        if (report != null) {
            SafeFile.check(report, opportunities, incentives, into, out);
        }
        Catalog target = into == null ? Catalog.empty(ReferenceData.defaults()) : UserFiles.catalog(into);
        CatalogImport result = reading.importer(c, output.json()).mode(mode.importMode()).build()
                .importInto(target, opportunityFile, incentiveFile);
        boolean write = result.imported() || result.valid();
        if (write) {
            SafeFile.write(out, stream -> CatalogJson.standard().write(result.catalog(), stream));
        }
        if (report != null) {
            ValidateCommand.writeReportPage(c, report, result.reports());
        }
        if (output.json()) {
            ObjectNode root = Json.object();
            Json.reports(root, result.reports());
            root.put("written", write);
            root.put("out", out);
            if (report != null) {
                root.put("report", report);
            }
            result.merge().ifPresent(m -> {
                changes(root.putObject("opportunities"), m.opportunities());
                changes(root.putObject("incentives"), m.incentives());
            });
            Json.print(c, root);
        } else {
            ValidateCommand.print(c, false, result.reports());
            c.blank();
            if (report != null) {
                ValidateCommand.sayReportPage(c, report, result.reports());
            }
            if (write) {
                MergeResult m = result.merge().orElse(null);
                c.line("import.done", "out", out,
                        "added", m == null ? 0 : m.opportunities().added().size(),
                        "updated", m == null ? 0 : m.opportunities().updated().size(),
                        "unchanged", m == null ? 0 : m.opportunities().unchanged().size(),
                        "opportunities", c.count("opportunities", result.catalog().opportunities().size()),
                        "incentives", c.count("incentives", result.catalog().incentives().size()));
            } else {
                c.line("import.nothing", "out", out);
            }
        }
        return result.valid() ? 0 : 1;
    }

    private static void changes(ObjectNode n, Changes<?> changes) {
        ArrayNode added = n.putArray("added");
        changes.added().forEach(id -> added.add(id.toString()));
        ArrayNode updated = n.putArray("updated");
        changes.updated().forEach(id -> updated.add(id.toString()));
        ArrayNode unchanged = n.putArray("unchanged");
        changes.unchanged().forEach(id -> unchanged.add(id.toString()));
    }
}
