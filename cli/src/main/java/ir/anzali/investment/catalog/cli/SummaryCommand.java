package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.html.DashboardPage;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.Summary;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code summary CATALOG.json} or {@code summary --db URL}: the figures a joint working group reports, per sector and per agency. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    private final Session session;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG.json", descriptionKey = "catalog.file")
    @Nullable String catalog;

    @Mixin
    Options.Store db;

    @Mixin
    Options.PageOutput output;

    SummaryCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        String page = output.page("dashboard.html", catalog);
        if (page != null) {
            DashboardPage dashboard = DashboardPage.in(c.locale());
            if (db.chosen(catalog, "what.catalog-or-db")) {
                // The figures in SQL, the incentives judged one stored opportunity at a time: memory
                // stays bounded whatever the database holds.
                CatalogStore store = db.reading(session);
                DashboardPage.Figures figures = dashboard.figures(store.summary(), store.incentives());
                store.forEachOpportunity(figures);
                SafeFile.write(page, out -> dashboard.write(figures, out));
            } else {
                Catalog read = db.whole(session, catalog);
                SafeFile.write(page, out -> dashboard.write(read, out));
            }
            c.line("page.dashboard", "file", page);
            return 0;
        }
        CatalogSummary summary;
        if (db.chosen(catalog, "what.catalog-or-db")) {
            summary = db.reading(session).summary();
        } else {
            Catalog read = db.whole(session, catalog);
            summary = CatalogSummary.of(read.opportunities(), read.referenceData());
        }
        if (output.json()) {
            Json.print(c, json(summary));
        } else {
            printSectors(c, summary);
            c.blank();
            printAgencies(c, summary);
        }
        return 0;
    }

    static void printSectors(Console c, CatalogSummary s) {
        c.line("summary.sectors");
        Table t = new Table(c.text("column.sector"), c.text("column.opportunities"), c.text("column.by-status"),
                c.text("column.investment"), c.text("column.direct-jobs"), c.text("column.youth-jobs"),
                c.text("column.indirect-jobs"));
        for (CatalogSummary.SectorFigures f : s.sectors()) {
            t.row(figures(c, c.name(f.sector()), f.figures()));
        }
        t.row(figures(c, c.text("summary.total"), s.total()));
        t.print(c);
    }

    static void printAgencies(Console c, CatalogSummary s) {
        c.line("summary.agencies");
        Table t = new Table(c.text("column.agency"), c.text("column.leads"), c.text("column.partners"),
                c.text("column.opportunities"), c.text("column.by-status"), c.text("column.investment"),
                c.text("column.direct-jobs"), c.text("column.youth-jobs"),
                c.text("column.indirect-jobs"));
        for (CatalogSummary.AgencyFigures f : s.agencies()) {
            String[] cells = figures(c, c.name(f.agency()), f.figures());
            t.row(cells[0], c.display().number(f.lead()), c.display().number(f.partner()), cells[1], cells[2],
                    cells[3], cells[4], cells[5], cells[6]);
        }
        t.print(c);
    }

    /** The name, then opportunities, by status, investment, direct jobs, youth jobs, indirect jobs. */
    private static String[] figures(Console c, String name, Summary f) {
        String statuses = f.byStatus().entrySet().stream()
                .map(e -> c.name(e.getKey()) + " " + c.display().number(e.getValue()))
                .collect(Collectors.joining(c.persian() ? "، " : ", "));
        return new String[] {name, c.display().number(f.opportunities()), statuses.isEmpty() ? "-" : statuses,
            c.amounts(f.investment()), c.display().number(f.directJobs()), c.display().number(f.youthJobs()),
            c.display().number(f.indirectJobs())};
    }

    static ObjectNode json(CatalogSummary s) {
        ObjectNode root = Json.object();
        ArrayNode sectors = root.putArray("sectors");
        for (CatalogSummary.SectorFigures f : s.sectors()) {
            ObjectNode n = sectors.addObject();
            n.put("sector", f.sector().code());
            figures(n, f.figures());
        }
        ArrayNode agencies = root.putArray("agencies");
        for (CatalogSummary.AgencyFigures f : s.agencies()) {
            ObjectNode n = agencies.addObject();
            n.put("agency", f.agency().code());
            n.put("lead", f.lead());
            n.put("partner", f.partner());
            figures(n, f.figures());
        }
        figures(root.putObject("total"), s.total());
        return root;
    }

    private static void figures(ObjectNode n, Summary f) {
        n.put("opportunities", f.opportunities());
        ObjectNode byStatus = n.putObject("byStatus");
        for (Map.Entry<Status, Long> e : f.byStatus().entrySet()) {
            byStatus.put(e.getKey().code(), e.getValue());
        }
        ObjectNode investment = n.putObject("investment");
        for (Map.Entry<Currency, BigDecimal> e : f.investment().entrySet()) {
            investment.put(e.getKey().getCurrencyCode(), e.getValue().toPlainString());
        }
        n.put("directJobs", f.directJobs());
        n.put("youthJobs", f.youthJobs());
        n.put("indirectJobs", f.indirectJobs());
    }
}
