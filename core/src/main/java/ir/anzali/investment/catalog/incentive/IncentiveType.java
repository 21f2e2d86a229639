package ir.anzali.investment.catalog.incentive;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;

/** The kind of benefit an incentive gives. */
public enum IncentiveType implements NamedConstant {
    /** Exemption from income tax. */
    INCOME_TAX_EXEMPTION("معافیت مالیات بر درآمد", "Income tax exemption"),
    /** A reduced tax rate. */
    REDUCED_TAX_RATE("نرخ مالیاتی کاهش‌یافته", "Reduced tax rate"),
    /** Exemption from customs duties. */
    CUSTOMS_DUTY_EXEMPTION("معافیت حقوق گمرکی", "Customs duty exemption"),
    /** Exemption from value-added tax. */
    VAT_EXEMPTION("معافیت مالیات بر ارزش افزوده", "VAT exemption"),
    /** A deduction of part of the investment from taxable income. */
    INVESTMENT_ALLOWANCE("اعتبار مالیاتی سرمایه‌گذاری", "Investment allowance"),
    /** A grant. */
    FINANCIAL_GRANT("کمک بلاعوض", "Financial grant"),
    /** A loan at a reduced rate. */
    SUBSIDIZED_LOAN("تسهیلات یارانه‌ای", "Subsidized loan"),
    /** A subsidy per job created. */
    EMPLOYMENT_SUBSIDY("یارانه اشتغال", "Employment subsidy"),
    /** Land leased on favourable terms. */
    LAND_LEASE("اجاره زمین", "Land lease"),
    /** A discount on water, power or gas. */
    UTILITY_DISCOUNT("تخفیف تعرفه خدمات عمومی", "Utility discount"),
    /** Foreign ownership allowed. */
    FOREIGN_OWNERSHIP("مالکیت خارجی", "Foreign ownership"),
    /** Profits and capital may be taken abroad. */
    PROFIT_REPATRIATION("انتقال سود و سرمایه", "Profit repatriation"),
    /** Visas and residence for investors and staff. */
    VISA_RESIDENCE("روادید و اقامت", "Visa and residence"),
    /** Licences from one office. */
    ONE_STOP_LICENSING("صدور مجوز در پنجره واحد", "One-stop licensing");

    private final LocalizedText names;

    IncentiveType(String nameFa, String nameEn) {
        this.names = new LocalizedText(nameFa, nameEn);
    }

    @Override
    public LocalizedText names() {
        return names;
    }
}
