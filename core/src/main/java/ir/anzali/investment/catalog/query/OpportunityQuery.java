package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.eligibility.Outcome;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.text.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A query over a catalog's opportunities: criteria combined with "and", a sort order and a page.
 * Each method returns a new query; the query itself is immutable and thread-safe, and may be run
 * against any number of catalogs.
 *
 * <pre>{@code
 * Page<Opportunity> page = OpportunityQuery.all()
 *         .sector("TOURISM").statuses(Status.OPEN)
 *         .text("هتل ۵ ستاره").minYouthJobs(20)
 *         .sortBy(SortKey.INVESTMENT, true).page(0, 20)
 *         .run(catalog);
 * }</pre>
 */
public final class OpportunityQuery {

    private final List<Criterion> criteria;
    private final SortKey sortKey;
    private final boolean descending;
    private final int page;
    private final int size;

    /** One criterion: a test, given the catalog it runs on. */
    private interface Criterion {
        Predicate<Opportunity> on(Catalog catalog);
    }

    private OpportunityQuery(List<Criterion> criteria, SortKey sortKey, boolean descending, int page, int size) {
        this.criteria = List.copyOf(criteria);
        this.sortKey = sortKey;
        this.descending = descending;
        this.page = page;
        this.size = size;
    }

    /**
     * A query matching every opportunity, by id, in one page of up to {@link Integer#MAX_VALUE}.
     *
     * @return the query, never null
     */
    public static OpportunityQuery all() {
        return new OpportunityQuery(List.of(), SortKey.ID, false, 0, Integer.MAX_VALUE);
    }

    private OpportunityQuery andOn(Criterion c) {
        List<Criterion> more = new ArrayList<>(criteria);
        more.add(c);
        return new OpportunityQuery(more, sortKey, descending, page, size);
    }

    private OpportunityQuery where(Predicate<Opportunity> p) {
        return andOn(catalog -> p);
    }

    /**
     * Opportunities of a sector.
     *
     * @param code the sector code, not null
     * @return a new query
     */
    public OpportunityQuery sector(String code) {
        String c = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
        return where(o -> o.sector().code().equals(c));
    }

    /**
     * Opportunities of a subsector.
     *
     * @param code the subsector code, not null
     * @return a new query
     */
    public OpportunityQuery subsector(String code) {
        String c = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
        return where(o -> o.subsector() != null && o.subsector().code().equals(c));
    }

    /**
     * Opportunities in any of some statuses.
     *
     * @param first  a status, not null
     * @param others more statuses
     * @return a new query
     */
    public OpportunityQuery statuses(Status first, Status... others) {
        Set<Status> set = EnumSet.of(first, others);
        return where(o -> set.contains(o.status()));
    }

    /**
     * Opportunities an agency takes part in.
     *
     * @param code the agency code, not null
     * @param role as lead, as partner, or either; not null
     * @return a new query
     */
    public OpportunityQuery agency(String code, AgencyRole role) {
        String c = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(role, "role");
        return where(o -> {
            boolean lead = o.leadAgency().code().equals(c);
            boolean partner = o.partnerAgencies().stream().anyMatch(a -> a.code().equals(c));
            return role == AgencyRole.LEAD ? lead : role == AgencyRole.PARTNER ? partner : lead || partner;
        });
    }

    /**
     * Opportunities in an area, compared as search text (letter variants, case and spacing ignored).
     *
     * @param area the area, not null
     * @return a new query
     */
    public OpportunityQuery area(String area) {
        String folded = SearchText.fold(area);
        return where(o -> o.location().area() != null && SearchText.fold(o.location().area()).equals(folded));
    }

    /**
     * Opportunities whose investment lies in a range of one currency: the part of the investment in
     * that currency is compared, whatever parts in other currencies the opportunity also has, and
     * an opportunity with no part in that currency never matches (no exchange rate is applied).
     *
     * @param min the least investment, inclusive
     * @param max the largest investment, inclusive
     * @return a new query
     * @throws IllegalArgumentException when both are null or their currencies differ
     */
    public OpportunityQuery investmentBetween(@Nullable Money min, @Nullable Money max) {
        Money given = min != null ? min : max;
        if (given == null) {
            throw new IllegalArgumentException("Give a minimum, a maximum or both");
        }
        if (min != null && max != null && !min.currency().equals(max.currency())) {
            throw new IllegalArgumentException("Minimum and maximum must be in one currency: " + min + ", " + max);
        }
        java.util.Currency currency = given.currency();
        return where(o -> o.investment().in(currency)
                .filter(part -> (min == null || part.compareTo(min) >= 0) && (max == null || part.compareTo(max) <= 0))
                .isPresent());
    }

    /**
     * Opportunities with at least some direct jobs; unknown counts do not match.
     *
     * @param jobs the least number
     * @return a new query
     */
    public OpportunityQuery minDirectJobs(int jobs) {
        return where(o -> o.directJobs() != null && o.directJobs() >= jobs);
    }

    /**
     * Opportunities with at least some youth jobs; unknown counts do not match.
     *
     * @param jobs the least number
     * @return a new query
     */
    public OpportunityQuery minYouthJobs(int jobs) {
        return where(o -> o.youthJobs() != null && o.youthJobs() >= jobs);
    }

    /**
     * Opportunities eligible on a date for at least one incentive of a type in the catalog.
     *
     * @param type        the incentive type, not null
     * @param date        the day, not null
     * @param eligibility the judge (with or without exchange rates), not null
     * @return a new query
     */
    public OpportunityQuery incentiveAvailable(IncentiveType type, LocalDate date, Eligibility eligibility) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(eligibility, "eligibility");
        return andOn(catalog -> {
            List<Incentive> ofType = catalog.incentives().stream().filter(i -> i.type() == type).toList();
            return o -> ofType.stream()
                    .anyMatch(i -> eligibility.evaluate(o, i, date).outcome() == Outcome.ELIGIBLE);
        });
    }

    /**
     * Opportunities whose titles, summaries or tags, in either language, contain a text, ignoring
     * case, Persian letter variants, ZWNJ and spaces, and digit scripts (see {@link SearchText}).
     *
     * @param text the text, not null
     * @return a new query
     */
    public OpportunityQuery text(String text) {
        String folded = SearchText.fold(text);
        return where(o -> SearchText.contains(o.title().fa(), folded) || SearchText.contains(o.title().en(), folded)
                || o.summary() != null && (SearchText.contains(o.summary().fa(), folded)
                        || SearchText.contains(o.summary().en(), folded))
                || o.tags().stream().anyMatch(t -> SearchText.contains(t, folded)));
    }

    /**
     * Orders the results; ties are broken by id.
     *
     * @param key        what to order by, not null
     * @param descending true for largest first
     * @return a new query
     */
    public OpportunityQuery sortBy(SortKey key, boolean descending) {
        return new OpportunityQuery(criteria, Objects.requireNonNull(key, "key"), descending, page, size);
    }

    /**
     * Returns one page of the results.
     *
     * @param number the page, from 0
     * @param items  how many items a page holds, at least 1
     * @return a new query
     * @throws IllegalArgumentException when the page is negative or the size less than 1
     */
    public OpportunityQuery page(int number, int items) {
        if (number < 0 || items < 1) {
            throw new IllegalArgumentException("Page must be >= 0 and size >= 1: " + number + ", " + items);
        }
        return new OpportunityQuery(criteria, sortKey, descending, number, items);
    }

    /**
     * Every matching opportunity, in the query's order, without paging.
     *
     * @param catalog the catalog, not null
     * @return the matches, never null
     */
    public List<Opportunity> matches(Catalog catalog) {
        Predicate<Opportunity> test = o -> true;
        for (Criterion c : criteria) {
            test = test.and(c.on(catalog));
        }
        List<Opportunity> out = new ArrayList<>();
        for (Opportunity o : catalog.opportunities()) {
            if (test.test(o)) {
                out.add(o);
            }
        }
        out.sort(comparator());
        return out;
    }

    /**
     * Runs the query.
     *
     * @param catalog the catalog, not null
     * @return the page asked for, with the total number of matches, never null
     */
    public Page<Opportunity> run(Catalog catalog) {
        List<Opportunity> all = matches(catalog);
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), all.size(), page, size);
    }

    /**
     * The working-group figures of the matches.
     *
     * @param catalog the catalog, not null
     * @return the summary, never null
     */
    public CatalogSummary summarize(Catalog catalog) {
        return CatalogSummary.of(matches(catalog), catalog.referenceData());
    }

    private Comparator<Opportunity> comparator() {
        Comparator<Opportunity> primary;
        switch (sortKey) {
            case INVESTMENT:
                primary = Comparator.comparing((Opportunity o) -> o.investment().first().currency().getCurrencyCode())
                        .thenComparing(key(o -> o.investment().first().amount()));
                break;
            case PUBLISHED_ON:
                primary = key(Opportunity::publishedOn);
                break;
            case DEADLINE:
                primary = key(Opportunity::deadline);
                break;
            case DIRECT_JOBS:
                primary = key(Opportunity::directJobs);
                break;
            case YOUTH_JOBS:
                primary = key(Opportunity::youthJobs);
                break;
            default:
                primary = key(Opportunity::id);
                break;
        }
        return primary.thenComparing(Opportunity::id);
    }

    /** Orders by a value in the query's direction, with absent values last either way. */
    private <T extends Comparable<? super T>> Comparator<Opportunity> key(Function<Opportunity, T> value) {
        Comparator<T> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(order));
    }
}
