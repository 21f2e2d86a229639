package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.AgencyRole;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.query.Page;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.text.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search CATALOG.json} or {@code search --db URL}: finds opportunities; every criterion given must hold. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false)
final class SearchCommand implements Callable<Integer> {

    /** The largest page. */
    static final int MAX_SIZE = 1000;

    private final Session session;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG.json", descriptionKey = "catalog.file")
    @Nullable String catalog;

    @Mixin
    Options.Store db;

    @Option(names = "--sector", paramLabel = "S", descriptionKey = "search.sector")
    @Nullable String sector;

    @Option(names = "--subsector", paramLabel = "S", descriptionKey = "search.subsector")
    @Nullable String subsector;

    @Option(names = "--status", paramLabel = "S[,S…]", hideParamSyntax = true, split = ",",
            descriptionKey = "search.status")
    @Nullable List<String> statuses;

    @Option(names = "--agency", paramLabel = "A", descriptionKey = "search.agency")
    @Nullable String agency;

    @Option(names = "--role", paramLabel = "lead|partner|any", descriptionKey = "search.role")
    AgencyRole role = AgencyRole.ANY;

    @Option(names = "--area", paramLabel = "A", descriptionKey = "search.area")
    @Nullable String area;

    @Option(names = "--text", paramLabel = "T", descriptionKey = "search.text")
    @Nullable String text;

    @Option(names = "--min-direct-jobs", paramLabel = "N", descriptionKey = "search.min-direct-jobs")
    @Nullable Integer minDirectJobs;

    @Option(names = "--min-youth-jobs", paramLabel = "N", descriptionKey = "search.min-youth-jobs")
    @Nullable Integer minYouthJobs;

    @Option(names = "--incentive-type", paramLabel = "T", descriptionKey = "search.incentive-type")
    @Nullable String incentiveType;

    @Mixin
    Options.Day day;

    @Option(names = "--sort", paramLabel = "id|investment|published-on|deadline|direct-jobs|youth-jobs",
            descriptionKey = "search.sort")
    SortKey sort = SortKey.ID;

    @Option(names = "--desc", arity = "0..1", paramLabel = "true|false", descriptionKey = "search.desc")
    boolean descending;

    @Option(names = "--page", paramLabel = "N", descriptionKey = "search.page")
    int page = 1;

    @Option(names = "--size", paramLabel = "N", descriptionKey = "search.size")
    int size = 20;

    @Mixin
    Options.Output output;

    SearchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        Console c = session.console();
        output.refuseHtml("error.html-not-here");
        if (page < 1) {
            throw new UsageException("error.page", "value", String.valueOf(page));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new UsageException("error.size", "value", String.valueOf(size), "max", String.valueOf(MAX_SIZE));
        }
        // Checked even without --incentive-type, the one criterion that uses it: a date that is none is refused.
        LocalDate on = day.date();
        Page<Opportunity> result;
        if (db.chosen(catalog, "what.catalog-or-db") && incentiveType == null) {
            // Criteria, order and page in SQL: only the page is read from the database.
            result = db.reading(session).search(query(ReferenceData.defaults(), on).sortBy(sort, descending)
                    .page(page - 1, size));
        } else {
            // Whether an incentive is available is judged in memory, on the whole catalog.
            Catalog read = db.whole(session, catalog);
            result = query(read.referenceData(), on).sortBy(sort, descending).page(page - 1, size).run(read);
        }
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("total", result.total());
            root.put("page", page);
            root.put("pages", result.pages());
            root.put("size", result.size());
            ArrayNode a = root.putArray("results");
            for (Opportunity o : result.items()) {
                ObjectNode n = a.addObject();
                n.put("id", o.id().value());
                n.put("title", o.title().in(c.locale()));
                n.put("sector", o.sector().code());
                n.put("status", o.status().code());
                // As the catalog's JSON writes it: one amount, or an array of one per currency.
                if (o.investment().isSingle()) {
                    money(n.putObject("investment"), o.investment().first());
                } else {
                    ArrayNode parts = n.putArray("investment");
                    o.investment().parts().forEach(part -> money(parts.addObject(), part));
                }
            }
            Json.print(c, root);
        } else {
            String found = c.text(result.total() == 1 ? "found.one" : "found.other", "count", result.total());
            c.line("search.found", "found", found, "page", page, "pages", result.pages());
            if (!result.items().isEmpty()) {
                Table t = new Table(c.text("column.id"), c.text("column.status"), c.text("column.sector"),
                        c.text("column.investment"), c.text("column.title"));
                for (Opportunity o : result.items()) {
                    t.row(o.id().value(), c.name(o.status()), c.name(o.sector()), c.money(o.investment()),
                            o.title().in(c.locale()));
                }
                t.print(c);
            }
        }
        return 0;
    }

    private OpportunityQuery query(ReferenceData reference, LocalDate on) throws UsageException {
        OpportunityQuery q = OpportunityQuery.all();
        if (sector != null) {
            q = q.sector(find(CodeMatcher.of(reference.sectors()), sector, "--sector").code());
        }
        if (subsector != null) {
            Subsector found = find(CodeMatcher.of(reference.sectors().stream()
                    .flatMap(s -> s.subsectors().stream()).toList()), subsector, "--subsector");
            q = q.subsector(found.code());
        }
        if (statuses != null && !statuses.isEmpty()) {
            CodeMatcher<Status> matcher = CodeMatcher.ofEnum(Status.class);
            List<Status> wanted = new ArrayList<>();
            for (String s : statuses) {
                wanted.add(find(matcher, s, "--status"));
            }
            q = q.statuses(wanted.get(0), wanted.subList(1, wanted.size()).toArray(new Status[0]));
        }
        if (agency != null) {
            q = q.agency(find(CodeMatcher.of(reference.agencies()), agency, "--agency").code(),
                    role);
        }
        if (area != null) {
            q = q.area(area);
        }
        if (text != null) {
            q = q.text(text);
        }
        if (minDirectJobs != null) {
            q = q.minDirectJobs(minDirectJobs);
        }
        if (minYouthJobs != null) {
            q = q.minYouthJobs(minYouthJobs);
        }
        if (incentiveType != null) {
            IncentiveType type = find(CodeMatcher.ofEnum(IncentiveType.class), incentiveType, "--incentive-type");
            q = q.incentiveAvailable(type, on, Eligibility.withoutRates());
        }
        return q;
    }

    /** The value a text names; an unknown one is a usage error that suggests the closest value, if any. */
    private static <T extends Named> T find(CodeMatcher<T> matcher, String text, String option) throws UsageException {
        Optional<T> found = matcher.find(text);
        if (found.isPresent()) {
            return found.get();
        }
        throw new UsageException("error.unknown-value", Usage.unknown(option, text, matcher, Named::code));
    }

    private static void money(ObjectNode n, Money money) {
        n.put("amount", money.amount().toPlainString()).put("currency", money.currency().getCurrencyCode());
    }
}
