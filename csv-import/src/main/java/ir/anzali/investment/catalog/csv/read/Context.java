package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.reference.ReferenceData;
import java.util.Set;

/**
 * What rows are checked against.
 *
 * @param referenceData   the sectors and agencies
 * @param knownIncentives the incentive ids that opportunity rows may name, or null to leave them unchecked
 */
public record Context(ReferenceData referenceData, Set<String> knownIncentives) {
}
