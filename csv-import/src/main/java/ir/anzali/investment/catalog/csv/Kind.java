package ir.anzali.investment.catalog.csv;

import java.util.List;
import java.util.Locale;

/**
 * What a CSV file holds: opportunities (CSV format §2) or incentives (§3), with the columns of each
 * in the order the exporter writes them.
 */
public enum Kind {
    /** A file of opportunities. */
    OPPORTUNITIES(List.of(
            new Column("id", "شناسه", true),
            new Column("title_fa", "عنوان", false),
            new Column("title_en", "عنوان انگلیسی", false),
            new Column("summary_fa", "خلاصه", false),
            new Column("summary_en", "خلاصه انگلیسی", false),
            new Column("sector", "بخش", true),
            new Column("subsector", "زیربخش", false),
            new Column("area", "محدوده", false),
            new Column("address", "نشانی", false),
            new Column("latitude", "عرض جغرافیایی", false),
            new Column("longitude", "طول جغرافیایی", false),
            new Column("land_area_m2", "مساحت زمین", false),
            new Column("land_tenure", "نوع واگذاری زمین", false),
            new Column("investment", "مبلغ سرمایه‌گذاری", true),
            new Column("currency", "واحد پول", false),
            new Column("investment_model", "روش سرمایه‌گذاری", false),
            new Column("status", "وضعیت", false),
            new Column("irr_percent", "نرخ بازده داخلی", false),
            new Column("payback_years", "دوره بازگشت سرمایه", false),
            new Column("direct_jobs", "اشتغال مستقیم", false),
            new Column("youth_jobs", "اشتغال جوانان", false),
            new Column("lead_agency", "دستگاه مسئول", true),
            new Column("partner_agencies", "دستگاه‌های همکار", false),
            new Column("incentives", "مشوق‌ها", false),
            new Column("published_on", "تاریخ انتشار", false),
            new Column("deadline", "مهلت", false),
            new Column("contact_email", "ایمیل", false),
            new Column("contact_phone", "تلفن", false),
            new Column("feasibility_url", "مطالعه امکان‌سنجی", false),
            new Column("tags", "برچسب‌ها", false))),
    /** A file of incentives. */
    INCENTIVES(List.of(
            new Column("id", "شناسه", true),
            new Column("type", "نوع", true),
            new Column("title_fa", "عنوان", false),
            new Column("title_en", "عنوان انگلیسی", false),
            new Column("legal_basis", "مبنای قانونی", false),
            new Column("authority", "مرجع اعطا", true),
            new Column("benefit_percent", "درصد", false),
            new Column("duration_years", "مدت (سال)", false),
            new Column("sectors", "بخش‌ها", false),
            new Column("subsectors", "زیربخش‌ها", false),
            new Column("areas", "محدوده‌ها", false),
            new Column("investment_models", "روش‌های سرمایه‌گذاری", false),
            new Column("min_investment", "حداقل سرمایه‌گذاری", false),
            new Column("min_investment_currency", "واحد پول حداقل سرمایه‌گذاری", false),
            new Column("min_direct_jobs", "حداقل اشتغال مستقیم", false),
            new Column("min_youth_jobs", "حداقل اشتغال جوانان", false),
            new Column("valid_from", "از تاریخ", false),
            new Column("valid_to", "تا تاریخ", false)));

    private final List<Column> columns;

    Kind(List<Column> columns) {
        this.columns = columns;
    }

    /**
     * The columns, in export order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The name the report uses, {@code opportunities} or {@code incentives}.
     *
     * @return the name, never null
     */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The Persian name, as a workbook's sheet of this kind is named: {@code فرصت‌ها} or {@code مشوق‌ها}.
     *
     * @return the name, never null
     */
    public String persianName() {
        return this == OPPORTUNITIES ? "فرصت‌ها" : "مشوق‌ها";
    }

    /**
     * Finds a kind by its report name, in any case.
     *
     * @param name {@code opportunities} or {@code incentives}, not null
     * @return the kind
     * @throws IllegalArgumentException for another name
     */
    public static Kind fromName(String name) {
        for (Kind k : values()) {
            if (k.reportName().equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown kind '" + name + "'; use opportunities or incentives");
    }
}
