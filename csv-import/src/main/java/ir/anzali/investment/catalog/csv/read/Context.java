package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.reference.ReferenceData;
import java.util.Set;

/**
 * What rows are checked against.
 *
 * @param referenceData   the sectors and agencies
 * @param knownIncentives the incentive ids that opportunity rows may name: those of the target
 *                        catalog and of the incentives file read with them
 * @param incentivesGiven whether an incentives file was given or the catalog holds incentives, which
 *                        decides what a message about an unknown incentive asks for
 */
public record Context(ReferenceData referenceData, Set<String> knownIncentives, boolean incentivesGiven) {

    /**
     * Rows checked against reference data alone: no incentive is known.
     *
     * @param referenceData the sectors and agencies
     * @return the context
     */
    public static Context of(ReferenceData referenceData) {
        return new Context(referenceData, Set.of(), false);
    }
}
