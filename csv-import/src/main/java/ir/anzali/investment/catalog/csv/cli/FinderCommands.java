package ir.anzali.investment.catalog.csv.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.eligibility.EligibilityResult;
import ir.anzali.investment.catalog.eligibility.Reason;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.AgencyRole;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.query.Page;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.text.JalaliDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The commands that look things up in a catalog: match and search. */
final class FinderCommands {

    private FinderCommands() {
    }

    static int match(Args args, Console c) throws UsageException, IOException {
        if (args.positional().size() != 2) {
            throw new UsageException("give CATALOG.json and OPPORTUNITY_ID");
        }
        Catalog catalog = Options.catalog(args.positional().get(0));
        OpportunityId id = OpportunityId.of(args.positional().get(1));
        Opportunity opportunity = catalog.opportunity(id).orElseThrow(
                () -> new UsageException("no opportunity " + id + " in " + args.positional().get(0)));
        LocalDate date = Options.date(args);
        List<EligibilityResult> results = Eligibility.withoutRates().incentivesFor(catalog, opportunity, date);
        if (c.json()) {
            c.json(matchJson(c, id, date, results));
        } else {
            c.line("match.title", "opportunity", id, "date", date(c, date));
            printResults(c, catalog, results, false);
        }
        return 0;
    }

    static void printResults(Console c, Catalog catalog, List<EligibilityResult> results, boolean eligibleOnly) {
        for (EligibilityResult r : results) {
            if (eligibleOnly && r.outcome() != ir.anzali.investment.catalog.eligibility.Outcome.ELIGIBLE) {
                continue;
            }
            String title = catalog.incentive(r.incentive()).map(i -> i.title().in(c.locale())).orElse("");
            c.line("match.line", "incentive", r.incentive(), "title", title, "outcome", c.name(r.outcome()));
            for (Reason reason : r.reasons()) {
                c.line("match.reason", "outcome", c.name(reason.outcome()), "message", reason.message(c.locale()));
            }
        }
    }

    static String date(Console c, LocalDate date) {
        return c.persian() ? JalaliDate.from(date) + " (" + date + ")" : date.toString();
    }

    private static ObjectNode matchJson(Console c, OpportunityId id, LocalDate date, List<EligibilityResult> results) {
        ObjectNode root = ReportJson.object();
        root.put("opportunity", id.value());
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
        return root;
    }

    static int search(Args args, Console c) throws UsageException, IOException {
        Catalog catalog = Options.catalog(args.onePositional("CATALOG.json"));
        OpportunityQuery q = OpportunityQuery.all();
        if (args.option("sector") != null) {
            q = q.sector(catalog.referenceData().sectorMatcher().find(args.option("sector"))
                    .orElseThrow(() -> new UsageException("unknown sector '" + args.option("sector") + "'")).code());
        }
        if (args.option("subsector") != null) {
            q = q.subsector(args.option("subsector"));
        }
        if (args.option("status") != null) {
            CodeMatcher<Status> statuses = CodeMatcher.ofEnum(Status.class);
            List<Status> wanted = new java.util.ArrayList<>();
            for (String s : args.option("status").split(",")) {
                wanted.add(statuses.find(s).orElseThrow(() -> new UsageException("unknown status '" + s + "'")));
            }
            q = q.statuses(wanted.get(0), wanted.subList(1, wanted.size()).toArray(new Status[0]));
        }
        if (args.option("agency") != null) {
            String agency = catalog.referenceData().agencyMatcher().find(args.option("agency"))
                    .orElseThrow(() -> new UsageException("unknown agency '" + args.option("agency") + "'")).code();
            String role = args.choice("role", "any", "lead", "partner", "any");
            q = q.agency(agency, AgencyRole.valueOf(role.toUpperCase(Locale.ROOT)));
        }
        if (args.option("area") != null) {
            q = q.area(args.option("area"));
        }
        if (args.option("text") != null) {
            q = q.text(args.option("text"));
        }
        if (args.option("min-direct-jobs") != null) {
            q = q.minDirectJobs(Options.integer(args, "min-direct-jobs", 0));
        }
        if (args.option("min-youth-jobs") != null) {
            q = q.minYouthJobs(Options.integer(args, "min-youth-jobs", 0));
        }
        if (args.option("incentive-type") != null) {
            IncentiveType type = CodeMatcher.ofEnum(IncentiveType.class).find(args.option("incentive-type"))
                    .orElseThrow(() -> new UsageException("unknown incentive type '" + args.option("incentive-type")
                            + "'"));
            q = q.incentiveAvailable(type, Options.date(args), Eligibility.withoutRates());
        }
        String sort = args.choice("sort", "id", "id", "investment", "published", "deadline", "direct-jobs",
                "youth-jobs");
        SortKey key = sort.equals("published") ? SortKey.PUBLISHED_ON
                : SortKey.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_'));
        boolean descending = Boolean.parseBoolean(args.option("desc", "false"));
        int size = Options.integer(args, "size", 20);
        int page = Options.integer(args, "page", 0);
        if (size < 1 || page < 0) {
            throw new UsageException("--page must be 0 or more and --size 1 or more");
        }
        Page<Opportunity> result = q.sortBy(key, descending).page(page, size).run(catalog);
        if (c.json()) {
            ObjectNode root = ReportJson.object();
            root.put("total", result.total());
            root.put("page", result.page());
            root.put("size", result.size());
            ArrayNode a = root.putArray("results");
            for (Opportunity o : result.items()) {
                ObjectNode n = a.addObject();
                n.put("id", o.id().value());
                n.put("title", o.title().in(c.locale()));
                n.put("sector", o.sector().code());
                n.put("status", o.status().code());
                ObjectNode m = n.putObject("investment");
                m.put("amount", o.investment().amount().toPlainString());
                m.put("currency", o.investment().currency().getCurrencyCode());
            }
            c.json(root);
        } else {
            c.line("search.found", "total", result.total(), "page", result.page() + 1, "pages", result.pages());
            for (Opportunity o : result.items()) {
                c.line("search.line", "id", o.id(), "status", c.name(o.status()), "sector", c.name(o.sector()),
                        "investment", c.money(o.investment()), "title", o.title().in(c.locale()));
            }
        }
        return 0;
    }
}
