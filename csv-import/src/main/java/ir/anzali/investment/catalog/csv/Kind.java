package ir.anzali.investment.catalog.csv;

import static ir.anzali.investment.catalog.csv.Column.Type.AMOUNT;
import static ir.anzali.investment.catalog.csv.Column.Type.CODE;
import static ir.anzali.investment.catalog.csv.Column.Type.CURRENCY;
import static ir.anzali.investment.catalog.csv.Column.Type.DATE;
import static ir.anzali.investment.catalog.csv.Column.Type.DECIMAL;
import static ir.anzali.investment.catalog.csv.Column.Type.ID;
import static ir.anzali.investment.catalog.csv.Column.Type.INTEGER;
import static ir.anzali.investment.catalog.csv.Column.Type.LIST;
import static ir.anzali.investment.catalog.csv.Column.Type.QUANTITY;
import static ir.anzali.investment.catalog.csv.Column.Type.TEXT;
import static ir.anzali.investment.catalog.csv.Column.Type.PERCENT;
import static ir.anzali.investment.catalog.csv.Column.Type.URL;
import static ir.anzali.investment.catalog.csv.Column.Access.readWrite;
import static ir.anzali.investment.catalog.csv.Column.Access.writeOnly;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.Opportunity;

import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.NamedConstant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV file holds: opportunities (CSV format §2) or incentives (§3), with the columns of each
 * in the order the exporter writes them. Each column is declared here once — its names, type, code
 * list, property and how that property is read and written — and everything about it derives from
 * its entry: the importer sets each column that alone holds a property through its entry, and the
 * exporters write every column from it.
 */
public enum Kind implements NamedConstant {
    /** A file of opportunities. */
    OPPORTUNITIES(List.of(
            new Column("id", "شناسه", true, ID, null, "id", writeOnly((Opportunity o) -> o.id().value())),
            new Column("title_fa", "عنوان", false, TEXT, null, "title.fa", writeOnly((Opportunity o) -> o.title().fa())),
            new Column("title_en", "عنوان انگلیسی", false, TEXT, null, "title.en", writeOnly((Opportunity o) -> o.title().en())),
            new Column("summary_fa", "خلاصه", false, TEXT, null, "summary.fa",
                    writeOnly((Opportunity o) -> o.summary() == null ? null : o.summary().fa())),
            new Column("summary_en", "خلاصه انگلیسی", false, TEXT, null, "summary.en",
                    writeOnly((Opportunity o) -> o.summary() == null ? null : o.summary().en())),
            new Column("sector", "بخش", true, CODE, "sector", "sector", writeOnly(Opportunity::sector)),
            new Column("subsector", "زیربخش", false, CODE, "subsector", "subsector", writeOnly(Opportunity::subsector)),
            new Column("area", "محدوده", false, TEXT, null, "location.area", writeOnly((Opportunity o) -> o.location().area())),
            new Column("address", "نشانی", false, TEXT, null, "location.address",
                    writeOnly((Opportunity o) -> o.location().address())),
            new Column("latitude", "عرض جغرافیایی", false, DECIMAL, null, "location.latitude",
                    writeOnly((Opportunity o) -> o.location().latitude())),
            new Column("longitude", "طول جغرافیایی", false, DECIMAL, null, "location.longitude",
                    writeOnly((Opportunity o) -> o.location().longitude())),
            new Column("land_area_m2", "مساحت زمین", false, QUANTITY, null, "location.landAreaM2",
                    writeOnly((Opportunity o) -> o.location().landAreaM2())),
            new Column("land_tenure", "نوع واگذاری زمین", false, CODE, "land_tenure", "location.landTenure",
                    writeOnly((Opportunity o) -> o.location().landTenure())),
            new Column("investment", "مبلغ سرمایه‌گذاری", true, AMOUNT, null, "investment", writeOnly(Opportunity::investment)),
            new Column("currency", "واحد پول", false, CURRENCY, "currency", "investment.currency",
                    writeOnly(Opportunity::investment)),
            new Column("investment_model", "روش سرمایه‌گذاری", false, CODE, "investment_model", "investmentModel",
                    readWrite(Opportunity::investmentModel, Opportunity.Builder::investmentModel)),
            new Column("status", "وضعیت", false, CODE, "status", "status", readWrite(Opportunity::status, Opportunity.Builder::status)),
            new Column("irr_percent", "نرخ بازده داخلی", false, PERCENT, null, "irrPercent",
                    readWrite(Opportunity::irrPercent, Opportunity.Builder::irrPercent)),
            new Column("payback_years", "دوره بازگشت سرمایه", false, DECIMAL, null, "paybackYears",
                    readWrite(Opportunity::paybackYears, Opportunity.Builder::paybackYears)),
            new Column("direct_jobs", "اشتغال مستقیم", false, INTEGER, null, "directJobs",
                    readWrite(Opportunity::directJobs, Opportunity.Builder::directJobs)),
            new Column("youth_jobs", "اشتغال جوانان", false, INTEGER, null, "youthJobs",
                    readWrite(Opportunity::youthJobs, Opportunity.Builder::youthJobs)),
            new Column("indirect_jobs", "اشتغال غیرمستقیم", false, INTEGER, null, "indirectJobs",
                    readWrite(Opportunity::indirectJobs, Opportunity.Builder::indirectJobs)),
            new Column("lead_agency", "دستگاه مسئول", true, CODE, "agency", "leadAgency", writeOnly(Opportunity::leadAgency)),
            new Column("partner_agencies", "دستگاه‌های همکار", false, LIST, "agency", "partnerAgencies",
                    readWrite(Opportunity::partnerAgencies, Opportunity.Builder::partnerAgencies)),
            new Column("incentives", "مشوق‌ها", false, LIST, "incentive", "incentives",
                    writeOnly((Opportunity o) -> o.incentives().stream().map(IncentiveId::value).toList())),
            new Column("published_on", "تاریخ انتشار", false, DATE, null, "publishedOn",
                    readWrite(Opportunity::publishedOn, Opportunity.Builder::publishedOn)),
            new Column("deadline", "مهلت", false, DATE, null, "deadline", readWrite(Opportunity::deadline, Opportunity.Builder::deadline)),
            new Column("contact_email", "ایمیل", false, TEXT, null, "contactEmail",
                    readWrite(Opportunity::contactEmail, Opportunity.Builder::contactEmail)),
            new Column("contact_phone", "تلفن", false, TEXT, null, "contactPhone",
                    readWrite(Opportunity::contactPhone, Opportunity.Builder::contactPhone)),
            new Column("feasibility_url", "مطالعه امکان‌سنجی", false, URL, null, "feasibilityUrl",
                    readWrite(Opportunity::feasibilityUrl, Opportunity.Builder::feasibilityUrl)),
            new Column("tags", "برچسب‌ها", false, LIST, null, "tags", readWrite(Opportunity::tags, Opportunity.Builder::tags)))),
    /** A file of incentives. */
    INCENTIVES(List.of(
            new Column("id", "شناسه", true, ID, null, "id", writeOnly((Incentive i) -> i.id().value())),
            new Column("type", "نوع", true, CODE, "incentive_type", "type", writeOnly(Incentive::type)),
            new Column("title_fa", "عنوان", false, TEXT, null, "title.fa", writeOnly((Incentive i) -> i.title().fa())),
            new Column("title_en", "عنوان انگلیسی", false, TEXT, null, "title.en", writeOnly((Incentive i) -> i.title().en())),
            new Column("legal_basis", "مبنای قانونی", false, TEXT, null, "legalBasis",
                    readWrite(Incentive::legalBasis, Incentive.Builder::legalBasis)),
            new Column("authority", "مرجع اعطا", true, CODE, "agency", "authority", writeOnly(Incentive::authority)),
            new Column("benefit_percent", "درصد", false, PERCENT, null, "benefitPercent",
                    readWrite(Incentive::benefitPercent, Incentive.Builder::benefitPercent)),
            new Column("duration_years", "مدت (سال)", false, INTEGER, null, "durationYears",
                    readWrite(Incentive::durationYears, Incentive.Builder::durationYears)),
            new Column("sectors", "بخش‌ها", false, LIST, "sector", "sectors", readWrite(Incentive::sectors, Incentive.Builder::sectors)),
            new Column("subsectors", "زیربخش‌ها", false, LIST, "subsector", "subsectors",
                    readWrite(Incentive::subsectors, Incentive.Builder::subsectors)),
            new Column("areas", "محدوده‌ها", false, LIST, null, "areas", readWrite(Incentive::areas, Incentive.Builder::areas)),
            new Column("investment_models", "روش‌های سرمایه‌گذاری", false, LIST, "investment_model", "investmentModels",
                    readWrite(Incentive::investmentModels, Incentive.Builder::investmentModels)),
            new Column("min_investment", "حداقل سرمایه‌گذاری", false, AMOUNT, null, "minInvestment",
                    List.of("حداقل سرمایه"), writeOnly(Incentive::minInvestment)),
            new Column("min_investment_currency", "واحد پول حداقل سرمایه‌گذاری", false, CURRENCY, "currency",
                    "minInvestment.currency", writeOnly(Incentive::minInvestment)),
            new Column("min_direct_jobs", "حداقل اشتغال مستقیم", false, INTEGER, null, "minDirectJobs",
                    readWrite(Incentive::minDirectJobs, Incentive.Builder::minDirectJobs)),
            new Column("min_youth_jobs", "حداقل اشتغال جوانان", false, INTEGER, null, "minYouthJobs",
                    readWrite(Incentive::minYouthJobs, Incentive.Builder::minYouthJobs)),
            new Column("valid_from", "از تاریخ", false, DATE, null, "validFrom", readWrite(Incentive::validFrom, Incentive.Builder::validFrom)),
            new Column("valid_to", "تا تاریخ", false, DATE, null, "validTo", readWrite(Incentive::validTo, Incentive.Builder::validTo))));

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
     * The column a broken rule on a property is reported on: the column whose property is the
     * path or holds it, the most specific one when several do.
     *
     * @param property the property path of a broken rule, such as {@code location.latitude}, not null
     * @return the column, or empty for a rule of the whole record or of a property no column holds
     */
    public Optional<Column> columnOf(String property) {
        @Nullable Column best = null;
        for (Column c : columns) {
            if (c.holds(property) && (best == null || c.property().length() > best.property().length())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
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
     * The Persian and English names: {@code فرصت‌ها}, {@code Opportunities}.
     *
     * @return both names, never null
     */
    @Override
    public LocalizedText names() {
        return new LocalizedText(persianName(), this == OPPORTUNITIES ? "Opportunities" : "Incentives");
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
