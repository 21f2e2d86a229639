package ir.anzali.investment.catalog;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The shared list that the joint working groups and their investors work from: reference data,
 * incentives and opportunities.
 *
 * <p>Building a catalog checks every reference — each sector, subsector and agency must be the one
 * of the reference data with that code, and each incentive id of an opportunity must be an
 * incentive of the catalog — and every validation rule, and reports all problems at once in an
 * {@link InvalidCatalogException}. Items are kept in id order. Immutable and thread-safe.
 */
public final class Catalog {

    private final ReferenceData referenceData;
    private final Map<IncentiveId, Incentive> incentives;
    private final Map<OpportunityId, Opportunity> opportunities;
    private final List<Incentive> incentiveList;
    private final List<Opportunity> opportunityList;

    private Catalog(ReferenceData referenceData, SortedMap<IncentiveId, Incentive> incentives,
            SortedMap<OpportunityId, Opportunity> opportunities) {
        this.referenceData = referenceData;
        this.incentives = Collections.unmodifiableMap(incentives);
        this.opportunities = Collections.unmodifiableMap(opportunities);
        this.incentiveList = List.copyOf(incentives.values());
        this.opportunityList = List.copyOf(opportunities.values());
    }

    /**
     * A catalog with reference data and nothing else.
     *
     * @param referenceData the reference data, not null
     * @return the catalog, never null
     */
    public static Catalog empty(ReferenceData referenceData) {
        return builder(referenceData).build();
    }

    /**
     * A builder for a catalog over reference data.
     *
     * @param referenceData the reference data, not null
     * @return a new builder, never null
     */
    public static Builder builder(ReferenceData referenceData) {
        return new Builder(referenceData);
    }

    /**
     * The reference data.
     *
     * @return the data, never null
     */
    public ReferenceData referenceData() {
        return referenceData;
    }

    /**
     * The incentives, in id order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Incentive> incentives() {
        return incentiveList;
    }

    /**
     * The opportunities, in id order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Opportunity> opportunities() {
        return opportunityList;
    }

    /**
     * Finds an incentive.
     *
     * @param id the id, not null
     * @return the incentive, or empty
     */
    public Optional<Incentive> incentive(IncentiveId id) {
        return Optional.ofNullable(incentives.get(id));
    }

    /**
     * Finds an opportunity.
     *
     * @param id the id, not null
     * @return the opportunity, or empty
     */
    public Optional<Opportunity> opportunity(OpportunityId id) {
        return Optional.ofNullable(opportunities.get(id));
    }

    /**
     * Merges imported items into this catalog: an item whose id is new is added, one whose id is
     * known replaces the old one, and one equal to the old one is left unchanged. This catalog is
     * not changed.
     *
     * @param newIncentives    the incentives, not null
     * @param newOpportunities the opportunities, not null
     * @return the new catalog and what changed, never null
     * @throws InvalidCatalogException when the merged catalog does not hold together; then nothing
     *                                 is merged
     */
    public MergeResult merge(Collection<Incentive> newIncentives, Collection<Opportunity> newOpportunities) {
        Builder b = new Builder(referenceData);
        b.incentives.putAll(incentives);
        b.opportunities.putAll(opportunities);
        Changes<IncentiveId> incentiveChanges = apply(b.incentives, newIncentives, Incentive::id);
        Changes<OpportunityId> opportunityChanges = apply(b.opportunities, newOpportunities, Opportunity::id);
        return new MergeResult(b.build(), incentiveChanges, opportunityChanges);
    }

    private static <I extends Comparable<I>, T> Changes<I> apply(Map<I, T> target, Collection<T> items,
            Function<T, I> idOf) {
        Map<I, T> before = Map.copyOf(target);
        SortedSet<I> touched = new TreeSet<>();
        for (T item : items) {
            I id = idOf.apply(item);
            target.put(id, item);
            touched.add(id);
        }
        List<I> added = new ArrayList<>();
        List<I> updated = new ArrayList<>();
        List<I> unchanged = new ArrayList<>();
        for (I id : touched) {
            T old = before.get(id);
            if (old == null) {
                added.add(id);
            } else if (old.equals(target.get(id))) {
                unchanged.add(id);
            } else {
                updated.add(id);
            }
        }
        return new Changes<>(added, updated, unchanged);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalog other && referenceData.equals(other.referenceData)
                && incentiveList.equals(other.incentiveList) && opportunityList.equals(other.opportunityList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(referenceData, incentiveList, opportunityList);
    }

    @Override
    public String toString() {
        return "Catalog[" + incentiveList.size() + " incentives, " + opportunityList.size() + " opportunities]";
    }

    /**
     * Builds a catalog. Not thread-safe; {@link #build()} checks everything at once.
     */
    public static final class Builder {
        private final ReferenceData referenceData;
        private final TreeMap<IncentiveId, Incentive> incentives = new TreeMap<>();
        private final TreeMap<OpportunityId, Opportunity> opportunities = new TreeMap<>();
        private final List<CatalogProblem> duplicates = new ArrayList<>();
        private CatalogValidator validator = CatalogValidator.shared();

        private Builder(ReferenceData referenceData) {
            this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        }

        /**
         * Adds an incentive; a second one with the same id is reported as a problem.
         *
         * @param incentive the incentive, not null
         * @return this builder
         */
        public Builder incentive(Incentive incentive) {
            if (incentives.putIfAbsent(incentive.id(), incentive) != null) {
                duplicates.add(new CatalogProblem("incentive " + incentive.id(), "id", "duplicate-id",
                        "The id " + incentive.id() + " is used by two incentives; give each its own id."));
            }
            return this;
        }

        /**
         * Adds incentives.
         *
         * @param all the incentives, not null
         * @return this builder
         */
        public Builder incentives(Collection<Incentive> all) {
            all.forEach(this::incentive);
            return this;
        }

        /**
         * Adds an opportunity; a second one with the same id is reported as a problem.
         *
         * @param opportunity the opportunity, not null
         * @return this builder
         */
        public Builder opportunity(Opportunity opportunity) {
            if (opportunities.putIfAbsent(opportunity.id(), opportunity) != null) {
                duplicates.add(new CatalogProblem("opportunity " + opportunity.id(), "id", "duplicate-id",
                        "The id " + opportunity.id() + " is used by two opportunities; give each its own id."));
            }
            return this;
        }

        /**
         * Adds opportunities.
         *
         * @param all the opportunities, not null
         * @return this builder
         */
        public Builder opportunities(Collection<Opportunity> all) {
            all.forEach(this::opportunity);
            return this;
        }

        /**
         * Uses another validator for the validation rules.
         *
         * @param value the validator, not null
         * @return this builder
         */
        public Builder validator(CatalogValidator value) {
            validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /**
         * Checks everything and builds the catalog.
         *
         * @return the catalog, never null
         * @throws InvalidCatalogException listing every problem, when there is any
         */
        public Catalog build() {
            List<CatalogProblem> problems = new ArrayList<>(duplicates);
            for (Incentive i : incentives.values()) {
                String subject = "incentive " + i.id();
                checkAgency(problems, subject, "authority", i.authority());
                i.sectors().forEach(s -> checkSector(problems, subject, "sectors", s));
                for (Subsector sub : i.subsectors()) {
                    boolean known = referenceData.sectors().stream().anyMatch(s -> s.contains(sub));
                    if (!known) {
                        problems.add(new CatalogProblem(subject, "subsectors", "unknown-code",
                                "Subsector " + sub.code() + " is in no sector of the reference data."));
                    }
                }
                validate(problems, subject, i);
            }
            for (Opportunity o : opportunities.values()) {
                String subject = "opportunity " + o.id();
                checkSector(problems, subject, "sector", o.sector());
                checkAgency(problems, subject, "leadAgency", o.leadAgency());
                o.partnerAgencies().forEach(a -> checkAgency(problems, subject, "partnerAgencies", a));
                for (IncentiveId id : o.incentives()) {
                    if (!incentives.containsKey(id)) {
                        problems.add(new CatalogProblem(subject, "incentives", "unknown-reference",
                                "Incentive " + id + " is not in the catalog; add it or remove it from the list."));
                    }
                }
                validate(problems, subject, o);
            }
            if (!problems.isEmpty()) {
                throw new InvalidCatalogException(problems);
            }
            return new Catalog(referenceData, new TreeMap<>(incentives), new TreeMap<>(opportunities));
        }

        private void checkSector(List<CatalogProblem> problems, String subject, String property, Sector sector) {
            Optional<Sector> known = referenceData.sector(sector.code());
            if (known.isEmpty()) {
                problems.add(new CatalogProblem(subject, property, "unknown-code",
                        "Sector " + sector.code() + " is not in the reference data; known: "
                                + referenceData.sectors()));
            } else if (!known.get().equals(sector)) {
                problems.add(new CatalogProblem(subject, property, "unknown-code",
                        "Sector " + sector.code() + " differs from the reference data's sector of that code."));
            }
        }

        private void checkAgency(List<CatalogProblem> problems, String subject, String property, Agency agency) {
            Optional<Agency> known = referenceData.agency(agency.code());
            if (known.isEmpty()) {
                problems.add(new CatalogProblem(subject, property, "unknown-code",
                        "Agency " + agency.code() + " is not in the reference data; known: "
                                + referenceData.agencies()));
            } else if (!known.get().equals(agency)) {
                problems.add(new CatalogProblem(subject, property, "unknown-code",
                        "Agency " + agency.code() + " differs from the reference data's agency of that code."));
            }
        }

        private void validate(List<CatalogProblem> problems, String subject, Object item) {
            for (Violation v : validator.validate(item)) {
                problems.add(new CatalogProblem(subject, v.property(), v.rule().code(), v.message(Locale.ENGLISH)));
            }
        }
    }
}
