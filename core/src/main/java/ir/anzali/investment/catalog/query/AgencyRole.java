package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** How an agency takes part in an opportunity, for {@link OpportunityQuery#agency(String, AgencyRole)}. */
public enum AgencyRole implements NamedConstant {
    /** The agency leads. */
    LEAD("مسئول", "Lead"),
    /** The agency is a partner. */
    PARTNER("همکار", "Partner"),
    /** The agency leads or is a partner. */
    ANY("هر دو", "Any");

    private final LocalizedText names;

    AgencyRole(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
