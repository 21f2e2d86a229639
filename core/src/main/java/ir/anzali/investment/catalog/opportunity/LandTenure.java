package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** How the land of an opportunity is made available. */
public enum LandTenure implements NamedConstant {
    /** Leased. */
    LEASE("اجاره", "Lease"),
    /** Sold. */
    SALE("فروش", "Sale"),
    /** A right of use. */
    USUFRUCT("حق انتفاع", "Usufruct"),
    /** Contributed by a public partner. */
    PARTNERSHIP("مشارکت", "Partnership"),
    /** An existing building or facility. */
    EXISTING_FACILITY("تأسیسات موجود", "Existing facility");

    private final LocalizedText names;

    LandTenure(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
