package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Changes;
import ir.anzali.investment.catalog.MergeResult;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreFile;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.Counted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code import}: imports CSV files or workbooks into a catalog and writes it, or into the database of
 * {@code --db}; all or nothing by default.
 */
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

    @Option(names = "--out", paramLabel = "CATALOG.json", descriptionKey = "import.out")
    @Nullable String out;

    @Mixin
    Options.Store db;

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
        Path opportunityPath = UserFiles.readable(opportunities, "what.opportunities");
        Path incentivePath = incentives == null ? null : UserFiles.readable(incentives, "what.incentives");
        ImportSource opportunityFile = reading.source(opportunityPath);
        ImportSource incentiveFile = reading.incentives(incentivePath);
        output.refuseHtml("error.html-import");
        if (db.chosen(out, "what.out-or-db")) {
            return intoDatabase(c, opportunityPath, incentivePath);
        }
        String out = Objects.requireNonNull(this.out, "out");
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
     * Imports into the database of {@code --db}: incentives (a file, or else a workbook's incentives
     * sheet) then opportunities in one transaction, all or nothing by default, straight from the files,
     * each read as the options say; the database's tables are created or upgraded first.
     */
    private int intoDatabase(Console c, Path opportunityFile, @Nullable Path incentiveFile)
            throws UsageException, IOException {
        if (into != null) {
            throw new UsageException("error.db.into");
        }
        if (report != null) {
            SafeFile.check(report, opportunities, incentives);
        }
        Database.Importing target = Database.importing(Objects.requireNonNull(db.url, "url"), session.env());
        CatalogStore store = target.store;
        List<StoreImport> done = List.of();
        try {
            List<StoreFile> files = new ArrayList<>();
            if (incentiveFile != null) {
                files.add(reading.stored(incentiveFile, Kind.INCENTIVES));
            }
            files.add(reading.stored(opportunityFile, Kind.OPPORTUNITIES));
            done = store.importFiles(reading.importer(c, output.json()).mode(mode.mode).build(), files,
                    System.getProperty("user.name", ""));
        } finally {
            if (done.isEmpty() || !done.get(0).imported()) {
                target.discard();
            } else {
                target.finish();
            }
        }
        List<ImportReport> reports = done.stream().map(StoreImport::report).toList();
        boolean written = done.get(0).imported();
        StoreImport opportunityImport = done.get(done.size() - 1);
        if (report != null) {
            ValidateCommand.writeReportPage(c, report, reports);
        }
        if (output.json()) {
            ObjectNode root = Json.object();
            Json.reports(root, reports);
            root.put("written", written);
            root.put("db", db.url);
            if (report != null) {
                root.put("report", report);
            }
            counts(root.putObject("opportunities"), opportunityImport);
            if (done.size() > 1) {
                counts(root.putObject("incentives"), done.get(0));
            }
            Json.print(c, root);
        } else {
            ValidateCommand.print(c, false, reports);
            c.blank();
            if (report != null) {
                ValidateCommand.sayReportPage(c, report, reports);
            }
            if (written) {
                c.line("import.done.db", "url", db.url, "added", opportunityImport.added(),
                        "updated", opportunityImport.updated(), "unchanged", opportunityImport.unchanged(),
                        "opportunities", c.count(Counted.OPPORTUNITIES, store.opportunityCount()),
                        "incentives", c.count(Counted.INCENTIVES, store.incentives().size()));
            } else {
                c.line("import.nothing.db", "url", db.url);
            }
        }
        return reports.stream().allMatch(ImportReport::valid) ? 0 : 1;
    }

    private static void counts(ObjectNode n, StoreImport done) {
        n.put("added", done.added());
        n.put("updated", done.updated());
        n.put("unchanged", done.unchanged());
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
