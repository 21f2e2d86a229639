package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What rows are checked against: the reference data, with its codes and names matched as people
 * write them, the incentives that opportunity rows may name, and the opportunities of the target
 * catalog that rows update, with the day of their status changes. Immutable and thread-safe.
 */
public final class Context {

    /** The statuses, matched by code or name. */
    static final CodeMatcher<Status> STATUSES = CodeMatcher.ofEnum(Status.class);
    /** The ways to invest, matched by code or name. */
    static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);
    /** The kinds of land tenure, matched by code or name. */
    static final CodeMatcher<LandTenure> TENURES = CodeMatcher.ofEnum(LandTenure.class);
    /** The types of incentive, matched by code or name. */
    static final CodeMatcher<IncentiveType> TYPES = CodeMatcher.ofEnum(IncentiveType.class);

    private final Function<OpportunityId, Optional<Opportunity>> current;
    private final @Nullable LocalDate day;
    private final Set<String> knownIncentives;
    private final boolean incentivesGiven;
    private final RejectedIncentives rejected;
    private final CodeMatcher<Sector> sectors;
    private final CodeMatcher<Agency> agencies;
    private final CodeMatcher<Subsector> subsectors;
    /**
     * The subsectors of each sector of the reference data, by the sector itself: a row's sector is
     * the very instance that {@link #sectors()} found, and a sector's record hash code would hash
     * its names and every subsector's for each row.
     */
    private final Map<Sector, CodeMatcher<Subsector>> subsectorsBySector = new IdentityHashMap<>();

    private Context(ReferenceData referenceData, Set<String> knownIncentives, boolean incentivesGiven,
            RejectedIncentives rejected, Function<OpportunityId, Optional<Opportunity>> current,
            @Nullable LocalDate day) {
        Objects.requireNonNull(referenceData, "referenceData");
        this.current = Objects.requireNonNull(current, "current");
        this.day = day;
        this.knownIncentives = Set.copyOf(knownIncentives);
        this.incentivesGiven = incentivesGiven;
        this.rejected = Objects.requireNonNull(rejected, "rejected");
        this.sectors = CodeMatcher.of(referenceData.sectors());
        this.agencies = CodeMatcher.of(referenceData.agencies());
        this.subsectors = CodeMatcher.of(referenceData.sectors().stream().flatMap(s -> s.subsectors().stream()).toList());
        for (Sector s : referenceData.sectors()) {
            subsectorsBySector.put(s, CodeMatcher.of(s.subsectors()));
        }
    }

    /**
     * Rows checked against reference data alone: no incentive is known.
     *
     * @param referenceData the sectors and agencies, not null
     * @return the context, never null
     */
    public static Context of(ReferenceData referenceData) {
        return new Context(referenceData, Set.of(), false, RejectedIncentives.none(), id -> Optional.empty(), null);
    }

    /**
     * Rows checked against a target catalog: its reference data, and opportunity rows that name an
     * opportunity of the catalog update it.
     *
     * @param target          the catalog, not null
     * @param knownIncentives the incentive ids that opportunity rows may name: those of the target
     *                        catalog and of the incentives file read with them; not null
     * @param incentivesGiven whether an incentives file was given or the catalog holds incentives,
     *                        which decides what a message about an unknown incentive asks for
     * @param rejected        the incentives that the incentives read with the rows rejected, not null
     * @param day             the day recorded for a status that an update changes, not null
     * @return the context, never null
     */
    public static Context of(Catalog target, Set<String> knownIncentives, boolean incentivesGiven,
            RejectedIncentives rejected, LocalDate day) {
        return of(target.referenceData(), knownIncentives, incentivesGiven, rejected, target::opportunity, day);
    }

    /**
     * Rows checked against reference data and known incentives, where a row whose id the lookup
     * finds updates the opportunity it returns: a target answered by a store rather than a catalog.
     *
     * @param referenceData   the sectors and agencies, not null
     * @param knownIncentives the incentive ids that opportunity rows may name, not null
     * @param incentivesGiven whether an incentives file was given or the target holds incentives
     * @param rejected        the incentives that the incentives read with the rows rejected, not null
     * @param current         the opportunity that a row with an id updates, empty when none; not null
     * @param day             the day recorded for a status that an update changes, not null
     * @return the context, never null
     */
    public static Context of(ReferenceData referenceData, Set<String> knownIncentives, boolean incentivesGiven,
            RejectedIncentives rejected, Function<OpportunityId, Optional<Opportunity>> current, LocalDate day) {
        return new Context(referenceData, knownIncentives, incentivesGiven, rejected, current,
                Objects.requireNonNull(day, "day"));
    }

    /** The opportunity of the target catalog that a row with this id updates; empty without a target. */
    Optional<Opportunity> current(OpportunityId id) {
        return current.apply(id);
    }

    /** The day recorded for a status that an update changes; set whenever there is a target. */
    LocalDate day() {
        return Objects.requireNonNull(day, "day");
    }

    /** The incentive ids that opportunity rows may name. */
    Set<String> knownIncentives() {
        return knownIncentives;
    }

    /** Whether an incentives file was given or the catalog holds incentives. */
    boolean incentivesGiven() {
        return incentivesGiven;
    }

    /** The incentives that the incentives read with the rows rejected. */
    RejectedIncentives rejected() {
        return rejected;
    }

    /** The sectors, matched by code or name. */
    CodeMatcher<Sector> sectors() {
        return sectors;
    }

    /** The agencies, matched by code or name. */
    CodeMatcher<Agency> agencies() {
        return agencies;
    }

    /** The subsectors of every sector, matched by code or name. */
    CodeMatcher<Subsector> subsectors() {
        return subsectors;
    }

    /**
     * The subsectors of one sector, matched by code or name: for a sector of the reference data
     * (as {@link #sectors()} finds it) the matcher made once, for any other one made of its own list.
     */
    CodeMatcher<Subsector> subsectors(Sector sector) {
        CodeMatcher<Subsector> matcher = subsectorsBySector.get(sector);
        return matcher != null ? matcher : CodeMatcher.of(sector.subsectors());
    }

    /**
     * The codes of a column's list ({@link ir.anzali.investment.catalog.csv.Column#codeList()}),
     * matched by code or name.
     *
     * @throws IllegalArgumentException for a list that holds no codes of the catalog
     */
    CodeMatcher<? extends Named> codes(String list) {
        return switch (list) {
            case "sector" -> sectors;
            case "subsector" -> subsectors;
            case "agency" -> agencies;
            case "status" -> STATUSES;
            case "investment_model" -> MODELS;
            case "land_tenure" -> TENURES;
            case "incentive_type" -> TYPES;
            default -> throw new IllegalArgumentException("No codes are read from the list " + list);
        };
    }
}
