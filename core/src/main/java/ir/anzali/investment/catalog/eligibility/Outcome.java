package ir.anzali.investment.catalog.eligibility;

import ir.anzali.investment.catalog.text.Named;

/** Whether an opportunity qualifies for an incentive, or for one of its conditions. */
public enum Outcome implements Named {
    /** The condition holds. */
    ELIGIBLE("واجد شرایط", "Eligible"),
    /** The condition does not hold. */
    NOT_ELIGIBLE("فاقد شرایط", "Not eligible"),
    /** The data cannot decide: a missing value, or an amount in another currency without a rate. */
    UNDETERMINED("نامشخص", "Undetermined");

    private final String nameFa;
    private final String nameEn;

    Outcome(String nameFa, String nameEn) {
        this.nameFa = nameFa;
        this.nameEn = nameEn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String nameFa() {
        return nameFa;
    }

    @Override
    public String nameEn() {
        return nameEn;
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
