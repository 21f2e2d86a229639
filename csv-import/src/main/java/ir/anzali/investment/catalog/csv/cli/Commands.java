package ir.anzali.investment.catalog.csv.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Changes;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.CsvImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

/** The commands that read, import and write files: validate, import, export, template, summary. */
final class Commands {

    static final Set<String> COMMON = Set.of("lang", "format");

    private Commands() {
    }

    static Set<String> with(String... names) {
        java.util.Set<String> all = new java.util.HashSet<>(COMMON);
        all.addAll(List.of(names));
        return all;
    }

    static int validate(Args args, Console c) throws UsageException, IOException {
        String name = args.onePositional("FILE to validate");
        Path file = Args.readable(name, "file");
        Kind kind = Options.kind(args, name);
        CsvImporter importer = Options.importer(args, c);
        List<ImportReport> reports;
        String incentives = args.option("incentives");
        if (incentives != null) {
            if (kind != Kind.OPPORTUNITIES) {
                throw new UsageException("--incentives goes with an opportunities file");
            }
            reports = importer.importInto(Catalog.empty(ReferenceData.defaults()), file,
                    Args.readable(incentives, "incentives file")).reports();
        } else {
            reports = List.of(importer.validate(file, kind));
        }
        printReports(c, reports);
        return reports.stream().allMatch(ImportReport::valid) ? 0 : 1;
    }

    static int importFiles(Args args, Console c) throws UsageException, IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("import takes no file names without an option: " + args.positional());
        }
        Path opportunities = Args.readable(args.requiredOption("opportunities"), "opportunities file");
        String incentivesName = args.option("incentives");
        Path incentives = incentivesName == null ? null : Args.readable(incentivesName, "incentives file");
        Path out = Path.of(args.requiredOption("out"));
        String into = args.option("into");
        Catalog target = into == null ? Catalog.empty(ReferenceData.defaults()) : Options.catalog(into);
        CatalogImport result = Options.importer(args, c).importInto(target, opportunities, incentives);
        boolean write = result.imported() || result.valid();
        if (write) {
            writeAtomically(out, stream -> CatalogJson.standard().write(result.catalog(), stream));
        }
        if (c.json()) {
            ObjectNode root = ReportJson.object();
            reportsJson(root, result.reports());
            root.put("written", write);
            root.put("out", out.toString());
            result.merge().ifPresent(m -> {
                changes(root.putObject("opportunities"), m.opportunities());
                changes(root.putObject("incentives"), m.incentives());
            });
            c.json(root);
        } else {
            result.reports().forEach(r -> ReportText.print(c, r));
            if (write) {
                var m = result.merge();
                c.line("import.done", "out", out, "added", m.map(x -> x.opportunities().added().size()).orElse(0),
                        "updated", m.map(x -> x.opportunities().updated().size()).orElse(0),
                        "unchanged", m.map(x -> x.opportunities().unchanged().size()).orElse(0),
                        "total", result.catalog().opportunities().size(),
                        "incentives", result.catalog().incentives().size());
            } else {
                c.line("import.nothing", "out", out);
            }
        }
        return result.valid() ? 0 : 1;
    }

    static int export(Args args, Console c) throws UsageException, IOException {
        Catalog catalog = Options.catalog(args.onePositional("CATALOG.json"));
        Path out = Path.of(args.requiredOption("out"));
        Kind kind = Kind.fromName(args.choice("kind", "opportunities", "opportunities", "incentives"));
        CsvExporter exporter = exporter(args);
        writeAtomically(out, stream -> exporter.export(catalog, kind, stream));
        int count = kind == Kind.OPPORTUNITIES ? catalog.opportunities().size() : catalog.incentives().size();
        c.line("export.done", "out", out, "count", count, "kind", kind.reportName());
        return 0;
    }

    static int template(Args args, Console c) throws UsageException, IOException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("template takes no file names: " + args.positional());
        }
        Kind kind = Kind.fromName(args.choice("kind", "opportunities", "opportunities", "incentives"));
        exporter(args).template(kind, c.out());
        c.out().flush();
        return 0;
    }

    static int summary(Args args, Console c) throws UsageException, IOException {
        Catalog catalog = Options.catalog(args.onePositional("CATALOG.json"));
        CatalogSummary summary = CatalogSummary.of(catalog.opportunities(), catalog.referenceData());
        if (c.json()) {
            c.json(SummaryOutput.json(summary));
        } else {
            SummaryOutput.printSectors(c, summary);
            c.out().println();
            SummaryOutput.printAgencies(c, summary);
        }
        return 0;
    }

    private static CsvExporter exporter(Args args) throws UsageException {
        return args.choice("headers", "en", "en", "fa").equals("fa") ? CsvExporter.persianHeaders()
                : CsvExporter.englishHeaders();
    }

    /** One report as exactly the report's JSON; several as {@code {"reports": […]}}; or as text. */
    private static void printReports(Console c, List<ImportReport> reports) {
        if (c.json()) {
            if (reports.size() == 1) {
                c.json(ReportJson.tree(reports.get(0)));
            } else {
                ObjectNode root = ReportJson.object();
                reportsJson(root, reports);
                c.json(root);
            }
        } else {
            reports.forEach(r -> ReportText.print(c, r));
        }
    }

    private static void reportsJson(ObjectNode root, List<ImportReport> reports) {
        ArrayNode a = root.putArray("reports");
        reports.forEach(r -> a.add(ReportJson.tree(r)));
    }

    private static void changes(ObjectNode n, Changes<?> changes) {
        ArrayNode added = n.putArray("added");
        changes.added().forEach(id -> added.add(id.toString()));
        ArrayNode updated = n.putArray("updated");
        changes.updated().forEach(id -> updated.add(id.toString()));
        ArrayNode unchanged = n.putArray("unchanged");
        changes.unchanged().forEach(id -> unchanged.add(id.toString()));
    }

    /** Writes what a writer produces.
     */
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside the target, then moves it into place, so a failure leaves no half file. */
    static void writeAtomically(Path target, Writing writing) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".catalog-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writing.to(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
