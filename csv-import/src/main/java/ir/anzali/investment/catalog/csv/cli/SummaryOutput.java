package ir.anzali.investment.catalog.csv.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.Summary;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a working-group summary as tables or as JSON. */
final class SummaryOutput {

    private SummaryOutput() {
    }

    static void printSectors(Console c, CatalogSummary s) {
        c.line("summary.title");
        c.line("summary.header.sector");
        for (CatalogSummary.SectorFigures f : s.sectors()) {
            c.out().println(c.name(f.sector()) + " | " + figures(c, f.figures()));
        }
        c.out().println(c.text("summary.total") + " | " + figures(c, s.total()));
    }

    static void printAgencies(Console c, CatalogSummary s) {
        c.line("summary.agencies");
        c.line("summary.header.agency");
        for (CatalogSummary.AgencyFigures f : s.agencies()) {
            c.out().println(c.name(f.agency()) + " | " + f.lead() + " | " + f.partner() + " | "
                    + figures(c, f.figures()));
        }
    }

    private static String figures(Console c, Summary f) {
        String statuses = f.byStatus().entrySet().stream().map(e -> c.name(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return f.opportunities() + " | " + (statuses.isEmpty() ? "-" : statuses) + " | " + c.amounts(f.investment())
                + " | " + f.directJobs() + " | " + f.youthJobs();
    }

    static ObjectNode json(CatalogSummary s) {
        ObjectNode root = ReportJson.object();
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
    }
}
