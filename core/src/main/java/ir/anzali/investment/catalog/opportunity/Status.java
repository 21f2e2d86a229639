package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an opportunity stands in its lifecycle.
 *
 * <p>Status moves IDENTIFIED → PREPARED → OPEN → NEGOTIATION → AWARDED → IMPLEMENTATION →
 * OPERATIONAL; NEGOTIATION may fall back to OPEN; any status but OPERATIONAL and CANCELLED may move
 * to CANCELLED.
 */
public enum Status implements NamedConstant {
    /** Identified as an opportunity, not yet studied. */
    IDENTIFIED("شناسایی‌شده", "Identified"),
    /** Studied and prepared for offering. */
    PREPARED("آماده‌شده", "Prepared"),
    /** Offered to investors. */
    OPEN("باز", "Open"),
    /** In negotiation with an investor. */
    NEGOTIATION("در حال مذاکره", "Negotiation"),
    /** Awarded to an investor. */
    AWARDED("واگذارشده", "Awarded"),
    /** Being built. */
    IMPLEMENTATION("در حال اجرا", "Implementation"),
    /** In operation. */
    OPERATIONAL("در حال بهره‌برداری", "Operational"),
    /** Cancelled. */
    CANCELLED("لغوشده", "Cancelled");

    private final LocalizedText names;

    Status(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }

    /**
     * The statuses this one may move to.
     *
     * @return a new set, never null; empty for OPERATIONAL and CANCELLED
     */
    public Set<Status> next() {
        switch (this) {
            case OPERATIONAL:
            case CANCELLED:
                return EnumSet.noneOf(Status.class);
            case NEGOTIATION:
                return EnumSet.of(AWARDED, OPEN, CANCELLED);
            default:
                return EnumSet.of(values()[ordinal() + 1], CANCELLED);
        }
    }

    /**
     * Tells whether this status may move to another.
     *
     * @param to the target status, not null
     * @return true for a legal transition
     */
    public boolean canMoveTo(Status to) {
        return next().contains(to);
    }
}
