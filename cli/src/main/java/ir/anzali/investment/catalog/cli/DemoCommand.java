package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The demo: validates and imports the bundled examples, prints the reports, the summary per
 * sector, and the incentives one example opportunity qualifies for today.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand implements Callable<Integer> {

    /** The example whose incentives the demo shows. */
    static final OpportunityId SHOWCASE = OpportunityId.of("AFZ-TOU-001");

    private final Session session;

    @Mixin
    Options.Language language;

    DemoCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        Path dir = examples();
        Path opportunities = UserFiles.readable(dir.resolve("opportunities.csv").toString(), "what.example");
        Path incentives = UserFiles.readable(dir.resolve("incentives.csv").toString(), "what.example");
        c.line("demo.title", "dir", dir);
        c.blank();
        CatalogImport result = new Options.Reading().importer(c, false).build()
                .importInto(Catalog.empty(ReferenceData.defaults()), opportunities, incentives);
        ValidateCommand.print(c, false, result.reports());
        c.blank();
        Catalog catalog = result.catalog();
        SummaryCommand.printSectors(c, CatalogSummary.of(catalog.opportunities(), catalog.referenceData()));
        LocalDate today = LocalDate.now();
        Opportunity showcase = catalog.opportunity(SHOWCASE).orElse(null);
        if (showcase != null) {
            c.blank();
            c.line("demo.eligible", "opportunity", SHOWCASE + " " + showcase.title().in(c.locale()),
                    "date", c.date(today));
            Eligibilities.print(c, catalog, Eligibility.withoutRates().incentivesFor(catalog, showcase, today), true);
        }
        c.blank();
        c.line("demo.next");
        c.line("demo.pages");
        return result.valid() ? 0 : 1;
    }

    /** The examples folder: under the home the launcher names, else in the working directory. */
    private static Path examples() throws UsageException {
        String home = System.getProperty("catalog.home", System.getenv("CATALOG_HOME"));
        Path dir = home != null ? Path.of(home, "examples") : Path.of("examples");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("error.examples", "dir", dir.toAbsolutePath());
        }
        return dir;
    }
}
