package ir.anzali.investment.catalog.reference;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** How an investor takes part in an opportunity. */
public enum InvestmentModel implements NamedConstant {
    /** The investor invests alone. */
    DIRECT("سرمایه‌گذاری مستقیم", "Direct investment"),
    /** A joint venture with a public or private partner. */
    JOINT_VENTURE("سرمایه‌گذاری مشترک", "Joint venture"),
    /** A public-private partnership. */
    PPP("مشارکت عمومی-خصوصی", "Public-private partnership"),
    /** Build, operate, transfer. */
    BOT("ساخت-بهره‌برداری-انتقال", "Build-operate-transfer"),
    /** Build, own, operate. */
    BOO("ساخت-تملک-بهره‌برداری", "Build-own-operate"),
    /** Build, operate, lease, transfer. */
    BOLT("ساخت-بهره‌برداری-اجاره-انتقال", "Build-operate-lease-transfer"),
    /** Rehabilitate, operate, transfer. */
    ROT("بازسازی-بهره‌برداری-انتقال", "Rehabilitate-operate-transfer"),
    /** A lease of an existing asset. */
    LEASE("اجاره", "Lease");

    private final LocalizedText names;

    InvestmentModel(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
