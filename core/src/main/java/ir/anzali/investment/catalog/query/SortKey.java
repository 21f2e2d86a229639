package ir.anzali.investment.catalog.query;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** What query results are ordered by; ties are broken by id, so the order is always stable. */
public enum SortKey implements NamedConstant {
    /** The id. */
    ID("شناسه", "Id"),
    /**
     * The investment's first part (its rial amount when it has one, see {@code Investment.first()});
     * amounts in different currencies are ordered by currency code first.
     */
    INVESTMENT("سرمایه‌گذاری", "Investment"),
    /** The publication date; opportunities without one come last. */
    PUBLISHED_ON("تاریخ انتشار", "Published"),
    /** The deadline; opportunities without one come last. */
    DEADLINE("مهلت", "Deadline"),
    /** The direct jobs; unknown counts come last. */
    DIRECT_JOBS("اشتغال مستقیم", "Direct jobs"),
    /** The youth jobs; unknown counts come last. */
    YOUTH_JOBS("اشتغال جوانان", "Youth jobs");

    private final LocalizedText names;

    SortKey(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
