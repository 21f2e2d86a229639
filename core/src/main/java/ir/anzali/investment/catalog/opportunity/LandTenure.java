package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.text.Named;

/** How the land of an opportunity is made available. */
public enum LandTenure implements Named {
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

    private final String nameFa;
    private final String nameEn;

    LandTenure(String nameFa, String nameEn) {
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
}
