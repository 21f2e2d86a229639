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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of an {@link OpportunityQuery}, as data: what {@link OpportunityQuery#criteria()}
 * hands out, so that a store can ask its database the same question the query asks a catalog in
 * memory. Each one tests opportunities through {@link #on(Catalog)}. Immutable and thread-safe.
 */
public sealed interface Criterion {

    /**
     * The test of an opportunity of a catalog.
     *
     * @param catalog the catalog the query runs on, not null
     * @return the test, never null
     */
    Predicate<Opportunity> on(Catalog catalog);

    /**
     * Opportunities of a sector.
     *
     * @param code the sector code, upper case, not null
     */
    record OfSector(String code) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when the code is null
         */
        public OfSector {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.sector().code().equals(code);
        }
    }

    /**
     * Opportunities of a subsector.
     *
     * @param code the subsector code, upper case, not null
     */
    record OfSubsector(String code) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when the code is null
         */
        public OfSubsector {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.subsector() != null && o.subsector().code().equals(code);
        }
    }

    /**
     * Opportunities in any of some statuses.
     *
     * @param statuses the statuses, not empty, in lifecycle order, unmodifiable
     */
    record InStatuses(Set<Status> statuses) implements Criterion {
        /**
         * Copies.
         *
         * @throws IllegalArgumentException when there is no status
         */
        public InStatuses {
            if (statuses.isEmpty()) {
                throw new IllegalArgumentException("Give at least one status");
            }
            statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> statuses.contains(o.status());
        }
    }

    /**
     * Opportunities an agency takes part in.
     *
     * @param code the agency code, upper case, not null
     * @param role as lead, as partner, or either; not null
     */
    record OfAgency(String code, AgencyRole role) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when a part is null
         */
        public OfAgency {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> {
                boolean lead = o.leadAgency().code().equals(code);
                boolean partner = o.partnerAgencies().stream().anyMatch(a -> a.code().equals(code));
                return role == AgencyRole.LEAD ? lead : role == AgencyRole.PARTNER ? partner : lead || partner;
            };
        }
    }

    /**
     * Opportunities whose area, folded by {@link SearchText#fold}, equals a folded area.
     *
     * @param folded the area, already folded, not null
     */
    record InArea(String folded) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when the area is null
         */
        public InArea {
            Objects.requireNonNull(folded, "folded");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.location().area() != null && SearchText.fold(o.location().area()).equals(folded);
        }
    }

    /**
     * Opportunities whose investment has a part in a currency within bounds; the other parts play no
     * role, and an opportunity without a part in the currency never matches.
     *
     * @param currency the currency, not null
     * @param min      the least amount, inclusive, or null for none
     * @param max      the largest amount, inclusive, or null for none
     */
    record InvestmentBetween(Currency currency, @Nullable BigDecimal min, @Nullable BigDecimal max)
            implements Criterion {
        /**
         * Checks.
         *
         * @throws IllegalArgumentException when both bounds are null
         */
        public InvestmentBetween {
            Objects.requireNonNull(currency, "currency");
            if (min == null && max == null) {
                throw new IllegalArgumentException("Give a minimum, a maximum or both");
            }
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.investment().in(currency).map(Money::amount)
                    .filter(a -> (min == null || a.compareTo(min) >= 0) && (max == null || a.compareTo(max) <= 0))
                    .isPresent();
        }
    }

    /**
     * Opportunities with at least some direct jobs; unknown counts do not match.
     *
     * @param jobs the least number
     */
    record MinDirectJobs(int jobs) implements Criterion {
        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.directJobs() != null && o.directJobs() >= jobs;
        }
    }

    /**
     * Opportunities with at least some youth jobs; unknown counts do not match.
     *
     * @param jobs the least number
     */
    record MinYouthJobs(int jobs) implements Criterion {
        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> o.youthJobs() != null && o.youthJobs() >= jobs;
        }
    }

    /**
     * Opportunities eligible on a date for at least one incentive of a type in the catalog.
     *
     * @param type        the incentive type, not null
     * @param date        the day, not null
     * @param eligibility the judge, not null
     */
    record IncentiveAvailable(IncentiveType type, LocalDate date, Eligibility eligibility) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when a part is null
         */
        public IncentiveAvailable {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(eligibility, "eligibility");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            List<Incentive> ofType = catalog.incentives().stream().filter(i -> i.type() == type).toList();
            return o -> ofType.stream().anyMatch(i -> eligibility.evaluate(o, i, date).outcome() == Outcome.ELIGIBLE);
        }
    }

    /**
     * Opportunities whose titles, summaries or tags, each folded by {@link SearchText#fold}, contain
     * a folded text.
     *
     * @param folded the text, already folded, not null
     */
    record ContainsText(String folded) implements Criterion {
        /**
         * Checks.
         *
         * @throws NullPointerException when the text is null
         */
        public ContainsText {
            Objects.requireNonNull(folded, "folded");
        }

        @Override
        public Predicate<Opportunity> on(Catalog catalog) {
            return o -> SearchText.contains(o.title().fa(), folded) || SearchText.contains(o.title().en(), folded)
                    || o.summary() != null && (SearchText.contains(o.summary().fa(), folded)
                            || SearchText.contains(o.summary().en(), folded))
                    || o.tags().stream().anyMatch(t -> SearchText.contains(t, folded));
        }
    }
}
