package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What rows are checked against: the reference data, with its codes and names matched as people
 * write them, and the incentives that opportunity rows may name. Immutable and thread-safe.
 */
public final class Context {

    private final Set<String> knownIncentives;
    private final boolean incentivesGiven;
    private final CodeMatcher<Sector> sectors;
    private final CodeMatcher<Agency> agencies;
    private final CodeMatcher<Subsector> subsectors;
    private final Map<Sector, CodeMatcher<Subsector>> subsectorsBySector = new HashMap<>();

    /**
     * A context.
     *
     * @param referenceData   the sectors and agencies, not null
     * @param knownIncentives the incentive ids that opportunity rows may name: those of the target
     *                        catalog and of the incentives file read with them; not null
     * @param incentivesGiven whether an incentives file was given or the catalog holds incentives,
     *                        which decides what a message about an unknown incentive asks for
     */
    public Context(ReferenceData referenceData, Set<String> knownIncentives, boolean incentivesGiven) {
        Objects.requireNonNull(referenceData, "referenceData");
        this.knownIncentives = Set.copyOf(knownIncentives);
        this.incentivesGiven = incentivesGiven;
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
        return new Context(referenceData, Set.of(), false);
    }

    /** The incentive ids that opportunity rows may name. */
    Set<String> knownIncentives() {
        return knownIncentives;
    }

    /** Whether an incentives file was given or the catalog holds incentives. */
    boolean incentivesGiven() {
        return incentivesGiven;
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

    /** The subsectors of one sector of the reference data, matched by code or name. */
    CodeMatcher<Subsector> subsectors(Sector sector) {
        CodeMatcher<Subsector> matcher = subsectorsBySector.get(sector);
        return matcher != null ? matcher : CodeMatcher.of(sector.subsectors());
    }
}
