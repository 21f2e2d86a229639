package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Changes;
import ir.anzali.investment.catalog.MergeResult;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.Counted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
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
        ImportSource opportunityFile = reading.source(UserFiles.readable(opportunities, "what.opportunities"));
        ImportSource incentiveFile = reading.incentives(incentives == null ? null
                : UserFiles.readable(incentives, "what.incentives"));
        output.refuseHtml("error.html-import");
        Path target = SafeFile.check(out, opportunities, incentives);
        if (report != null) {
            SafeFile.check(report, opportunities, incentives, into, out);
        }
        CatalogImport result;
        boolean write;
        try (WriteLock lock = WriteLock.acquire(out, target, WriteLock.WAIT)) {
            Path intoFile = into == null ? null : UserFiles.readable(into, "what.catalog");
            Version read = intoFile == null ? null : Version.of(intoFile);
            Catalog base = into == null ? Catalog.empty(ReferenceData.defaults()) : UserFiles.catalog(into);
            result = reading.importer(c, output.json()).mode(mode.mode).build()
                    .importInto(base, opportunityFile, incentiveFile);
            write = result.imported() || result.valid();
            if (write) {
                CatalogImport merged = result;
                SafeFile.write(lock, stream -> CatalogJson.standard().write(merged.catalog(), stream), () -> {
                    if (read != null && intoFile != null && !read.equals(Version.of(intoFile))) {
                        throw new UsageException("error.into.changed", "file", into, "out", out);
                    }
                });
            }
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
                        "opportunities", c.count(Counted.OPPORTUNITIES, result.catalog().opportunities().size()),
                        "incentives", c.count(Counted.INCENTIVES, result.catalog().incentives().size()));
            } else {
                c.line("import.nothing", "out", out);
            }
        }
        return result.valid() ? 0 : 1;
    }

    /**
     * What the {@code --into} file was when read: another size, time or file means that a program
     * that does not take the lock wrote it meanwhile.
     */
    private record Version(long size, FileTime modified, @Nullable Object key) {

        /** The version of a file now; a file that is gone is a version of its own. */
        static Version of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Version(a.size(), a.lastModifiedTime(), a.fileKey());
            } catch (IOException e) {
                return new Version(-1, FileTime.fromMillis(0), null);
            }
        }
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
