package ir.anzali.investment.catalog.csv.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.CsvImporter;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The demo: validates and imports the bundled examples, prints the reports, the summary per
 * sector, and the incentives one example opportunity qualifies for today.
 */
final class Demo {

    /** The example whose incentives the demo shows. */
    static final OpportunityId SHOWCASE = OpportunityId.of("AFZ-TOU-001");

    private Demo() {
    }

    static int run(Args args, Console c) throws UsageException, IOException {
        Path dir = examples();
        Path opportunities = Args.readable(dir.resolve("opportunities.csv").toString(), "example");
        Path incentives = Args.readable(dir.resolve("incentives.csv").toString(), "example");
        c.line("demo.title", "dir", dir);
        c.out().println();
        CsvImporter importer = CsvImporter.builder().locale(c.locale()).progress(c.progress())
                .parallelism(Options.threads()).build();
        CatalogImport result = importer.importInto(Catalog.empty(ReferenceData.defaults()), opportunities,
                incentives);
        result.reports().forEach(r -> {
            ReportText.print(c, r);
            c.out().println();
        });
        Catalog catalog = result.catalog();
        SummaryOutput.printSectors(c, CatalogSummary.of(catalog.opportunities(), catalog.referenceData()));
        LocalDate today = LocalDate.now();
        Opportunity showcase = catalog.opportunity(SHOWCASE).orElse(null);
        if (showcase != null) {
            c.out().println();
            c.line("demo.eligible", "opportunity", SHOWCASE + " " + showcase.title().in(c.locale()),
                    "date", FinderCommands.date(c, today));
            FinderCommands.printResults(c, catalog, Eligibility.withoutRates().incentivesFor(catalog, showcase, today),
                    true);
        }
        return result.valid() ? 0 : 1;
    }

    /** The examples folder: under the home the launcher names, else in the working directory. */
    private static Path examples() throws UsageException {
        String home = System.getProperty("catalog.home", System.getenv("CATALOG_HOME"));
        Path dir = home != null ? Path.of(home, "examples") : Path.of("examples");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("cannot find the examples folder " + dir.toAbsolutePath()
                    + "; run the demo from the repository root");
        }
        return dir;
    }
}
