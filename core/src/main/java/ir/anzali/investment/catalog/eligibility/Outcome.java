package ir.anzali.investment.catalog.eligibility;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** Whether an opportunity qualifies for an incentive, or for one of its conditions. */
public enum Outcome implements NamedConstant {
    /** The condition holds. */
    ELIGIBLE("واجد شرایط", "Eligible"),
    /** The condition does not hold. */
    NOT_ELIGIBLE("فاقد شرایط", "Not eligible"),
    /** The data cannot decide: a missing value, or an amount in another currency without a rate. */
    UNDETERMINED("نامشخص", "Undetermined");

    private final LocalizedText names;

    Outcome(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }

    /**
     * Combines outcomes: NOT_ELIGIBLE when any is, else UNDETERMINED when any is, else ELIGIBLE.
     *
     * @param a one outcome, not null
     * @param b the other, not null
     * @return the combination, never null
     */
    public static Outcome combine(Outcome a, Outcome b) {
        if (a == NOT_ELIGIBLE || b == NOT_ELIGIBLE) {
            return NOT_ELIGIBLE;
        }
        return a == UNDETERMINED || b == UNDETERMINED ? UNDETERMINED : ELIGIBLE;
    }
}
