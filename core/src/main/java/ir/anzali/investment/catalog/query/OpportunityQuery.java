package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.eligibility.Eligibility;
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

    /**
     * Opportunities of a sector.
     *
     * @param code the sector code, not null
     * @return a new query
     */
    public OpportunityQuery sector(String code) {
        return andOn(new Criterion.OfSector(Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT)));
    }

    /**
     * Opportunities of a subsector.
     *
     * @param code the subsector code, not null
     * @return a new query
     */
    public OpportunityQuery subsector(String code) {
        return andOn(new Criterion.OfSubsector(Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT)));
    }

    /**
     * Opportunities in any of some statuses.
     *
     * @param first  a status, not null
     * @param others more statuses
     * @return a new query
     */
    public OpportunityQuery statuses(Status first, Status... others) {
        return andOn(new Criterion.InStatuses(EnumSet.of(first, others)));
    }

    /**
     * Opportunities an agency takes part in.
     *
     * @param code the agency code, not null
     * @param role as lead, as partner, or either; not null
     * @return a new query
     */
    public OpportunityQuery agency(String code, AgencyRole role) {
        return andOn(new Criterion.OfAgency(Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT), role));
    }

    /**
     * Opportunities in an area, compared as search text (letter variants, case and spacing ignored).
     *
     * @param area the area, not null
     * @return a new query
     */
    public OpportunityQuery area(String area) {
        return andOn(new Criterion.InArea(SearchText.fold(area)));
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
        return andOn(new Criterion.InvestmentBetween(given.currency(), min == null ? null : min.amount(),
                max == null ? null : max.amount()));
    }

    /**
     * Opportunities with at least some direct jobs; unknown counts do not match.
     *
     * @param jobs the least number
     * @return a new query
     */
    public OpportunityQuery minDirectJobs(int jobs) {
        return andOn(new Criterion.MinDirectJobs(jobs));
    }

    /**
     * Opportunities with at least some youth jobs; unknown counts do not match.
     *
     * @param jobs the least number
     * @return a new query
     */
    public OpportunityQuery minYouthJobs(int jobs) {
        return andOn(new Criterion.MinYouthJobs(jobs));
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
        return andOn(new Criterion.IncentiveAvailable(type, date, eligibility));
    }

    /**
     * Opportunities whose titles, summaries or tags, in either language, contain a text, ignoring
     * case, Persian letter variants, ZWNJ and spaces, and digit scripts (see {@link SearchText}).
     *
     * @param text the text, not null
     * @return a new query
     */
    public OpportunityQuery text(String text) {
        return andOn(new Criterion.ContainsText(SearchText.fold(text)));
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
     * The criteria, in the order they were added; an opportunity matches when it meets them all.
     *
     * @return the criteria, unmodifiable, never null
     */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * What the results are ordered by, ties broken by id.
     *
     * @return the key, never null
     */
    public SortKey sortKey() {
        return sortKey;
    }

    /**
     * Whether the results are ordered largest first (absent values last either way).
     *
     * @return true for largest first
     */
    public boolean descending() {
        return descending;
    }

    /**
     * The page asked for, from 0.
     *
     * @return the page number
     */
    public int pageNumber() {
        return page;
    }

    /**
     * How many items a page holds.
     *
     * @return the page size, at least 1
     */
    public int pageSize() {
        return size;
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
