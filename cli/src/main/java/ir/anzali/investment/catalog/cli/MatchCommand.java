package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.eligibility.EligibilityResult;
import ir.anzali.investment.catalog.eligibility.Reason;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code match CATALOG.json OPPORTUNITY_ID} or {@code match --db URL OPPORTUNITY_ID}: judges an opportunity against every incentive, with reasons. */
@Command(name = "match", mixinStandardHelpOptions = true, sortOptions = false)
final class MatchCommand implements Callable<Integer> {

    private final Session session;

    @Parameters(arity = "1..2", paramLabel = "[CATALOG.json] OPPORTUNITY_ID", hideParamSyntax = true,
            descriptionKey = "match.id")
    List<String> arguments = List.of();

    @Mixin
    Options.Store db;

    @Mixin
    Options.Day day;

    @Mixin
    Options.Output output;

    MatchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        output.refuseHtml("error.html-not-here");
        LocalDate date = day.date();
        String id = arguments.get(arguments.size() - 1);
        String catalog = arguments.size() == 2 ? arguments.get(0) : null;
        if (id.isBlank()) {
            throw new UsageException("error.blank-id");
        }
        OpportunityId opportunityId = OpportunityId.of(id);
        Catalog read;
        if (db.chosen(catalog, "what.catalog-or-db")) {
            // One opportunity and the incentives: what judging it needs, not the whole catalog.
            CatalogStore store = db.reading(session);
            Opportunity found = store.opportunity(opportunityId).orElseThrow(
                    () -> new UsageException("error.no-opportunity.db", "id", id, "url", db.url));
            read = Catalog.builder(ReferenceData.defaults()).incentives(store.incentives())
                    .opportunities(List.of(found)).build();
        } else {
            read = db.whole(session, catalog);
        }
        Opportunity opportunity = read.opportunity(opportunityId).orElseThrow(
                () -> new UsageException("error.no-opportunity", "id", id, "file", catalog));
        List<EligibilityResult> results = Eligibility.withoutRates().incentivesFor(read, opportunity, date);
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("opportunity", opportunityId.value());
            root.put("date", date.toString());
            ArrayNode a = root.putArray("results");
            for (EligibilityResult r : results) {
                ObjectNode n = a.addObject();
                n.put("incentive", r.incentive().value());
                n.put("outcome", r.outcome().code());
                ArrayNode reasons = n.putArray("reasons");
                for (Reason reason : r.reasons()) {
                    ObjectNode rn = reasons.addObject();
                    rn.put("condition", reason.condition());
                    rn.put("outcome", reason.outcome().code());
                    rn.put("message", reason.message(c.locale()));
                }
            }
            Json.print(c, root);
        } else {
            c.line("match.title", "opportunity", opportunityId + " " + opportunity.title().in(c.locale()),
                    "date", c.date(date));
            Eligibilities.print(c, read, results, false);
        }
        return 0;
    }
}
