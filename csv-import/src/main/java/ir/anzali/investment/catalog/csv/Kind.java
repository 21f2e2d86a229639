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

import ir.anzali.investment.catalog.csv.Column.Note;
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
 * list, property, how that property is read and written, and its rule note in English and Persian —
 * and everything about it derives from its entry: the importer sets each column that alone holds a
 * property through its entry, the exporters write every column from it, and a workbook shows its
 * note on the header cell.
 */
public enum Kind implements NamedConstant {
    /** A file of opportunities. */
    OPPORTUNITIES(List.of(
            new Column("id", "شناسه", true, ID, null, "id", writeOnly((Opportunity o) -> o.id().value()),
                    new Note("Required. A Latin capital letter, then 2 to 39 capitals, digits or -, such as AFZ-TOU-001. Unique; an id already in the catalog updates it.",
                            "الزامی. یک حرف بزرگ لاتین و سپس ۲ تا ۳۹ حرف بزرگ، رقم یا -، مانند AFZ-TOU-001. یکتا؛ شناسه‌ای که در فهرست هست آن را به‌روز می‌کند.")),
            new Column("title_fa", "عنوان", false, TEXT, null, "title.fa", writeOnly((Opportunity o) -> o.title().fa()),
                    new Note("Persian title, at most 200 characters. Give this or the English title.",
                            "عنوان فارسی، حداکثر ۲۰۰ نویسه. این یا عنوان انگلیسی را بنویسید.")),
            new Column("title_en", "عنوان انگلیسی", false, TEXT, null, "title.en", writeOnly((Opportunity o) -> o.title().en()),
                    new Note("English title, at most 200 characters. Give this or the Persian title.",
                            "عنوان انگلیسی، حداکثر ۲۰۰ نویسه. این یا عنوان فارسی را بنویسید.")),
            new Column("summary_fa", "خلاصه", false, TEXT, null, "summary.fa",
                    writeOnly((Opportunity o) -> o.summary() == null ? null : o.summary().fa()),
                    new Note("Persian summary, at most 2000 characters.",
                            "خلاصهٔ فارسی، حداکثر ۲۰۰۰ نویسه.")),
            new Column("summary_en", "خلاصه انگلیسی", false, TEXT, null, "summary.en",
                    writeOnly((Opportunity o) -> o.summary() == null ? null : o.summary().en()),
                    new Note("English summary, at most 2000 characters.",
                            "خلاصهٔ انگلیسی، حداکثر ۲۰۰۰ نویسه.")),
            new Column("sector", "بخش", true, CODE, "sector", "sector", writeOnly(Opportunity::sector),
                    new Note("Required. Choose from the list.",
                            "الزامی. از فهرست انتخاب کنید.")),
            new Column("subsector", "زیربخش", false, CODE, "subsector", "subsector", writeOnly(Opportunity::subsector),
                    new Note("Choose from the list: a subsector of the sector.",
                            "از فهرست انتخاب کنید: زیربخشی از همان بخش.")),
            new Column("area", "محدوده", false, TEXT, null, "location.area", writeOnly((Opportunity o) -> o.location().area()),
                    new Note("The part of the zone or city, at most 100 characters.",
                            "بخشی از منطقه یا شهر، حداکثر ۱۰۰ نویسه.")),
            new Column("address", "نشانی", false, TEXT, null, "location.address",
                    writeOnly((Opportunity o) -> o.location().address()),
                    new Note("At most 300 characters.",
                            "حداکثر ۳۰۰ نویسه.")),
            new Column("latitude", "عرض جغرافیایی", false, DECIMAL, null, "location.latitude",
                    writeOnly((Opportunity o) -> o.location().latitude()),
                    new Note("Degrees, -90 to 90, such as 37.4712. Give it with the longitude.",
                            "درجه، از ۹۰- تا ۹۰، مانند 37.4712. همراه با طول جغرافیایی.")),
            new Column("longitude", "طول جغرافیایی", false, DECIMAL, null, "location.longitude",
                    writeOnly((Opportunity o) -> o.location().longitude()),
                    new Note("Degrees, -180 to 180, such as 49.4621. Give it with the latitude.",
                            "درجه، از ۱۸۰- تا ۱۸۰، مانند 49.4621. همراه با عرض جغرافیایی.")),
            new Column("land_area_m2", "مساحت زمین", false, QUANTITY, null, "location.landAreaM2",
                    writeOnly((Opportunity o) -> o.location().landAreaM2()),
                    new Note("Square metres, more than 0.",
                            "متر مربع، بیشتر از صفر.")),
            new Column("land_tenure", "نوع واگذاری زمین", false, CODE, "land_tenure", "location.landTenure",
                    writeOnly((Opportunity o) -> o.location().landTenure()),
                    new Note("Choose from the list.",
                            "از فهرست انتخاب کنید.")),
            new Column("investment", "مبلغ سرمایه‌گذاری", true, AMOUNT, null, "investment", writeOnly(Opportunity::investment),
                    new Note("Required. The amount, more than 0, in the currency of the next column; or with its unit, such as 250 billion IRR.",
                            "الزامی. مبلغ، بیشتر از صفر، به واحد پول ستون بعد؛ یا با واحدش، مانند ۲۵۰ میلیارد ریال.")),
            new Column("currency", "واحد پول", false, CURRENCY, "currency", "investment.currency",
                    writeOnly(Opportunity::investment),
                    new Note("Choose from the list. Toman is stored as rial.",
                            "از فهرست انتخاب کنید. تومان به ریال ذخیره می‌شود.")),
            new Column("investment_model", "روش سرمایه‌گذاری", false, CODE, "investment_model", "investmentModel",
                    readWrite(Opportunity::investmentModel, Opportunity.Builder::investmentModel),
                    new Note("Choose from the list.",
                            "از فهرست انتخاب کنید.")),
            new Column("status", "وضعیت", false, CODE, "status", "status", readWrite(Opportunity::status, Opportunity.Builder::status),
                    new Note("Choose from the list. Empty means Open.",
                            "از فهرست انتخاب کنید. خالی یعنی باز.")),
            new Column("irr_percent", "نرخ بازده داخلی", false, PERCENT, null, "irrPercent",
                    readWrite(Opportunity::irrPercent, Opportunity.Builder::irrPercent),
                    new Note("Internal rate of return in percent, -100 to 1000.",
                            "نرخ بازده داخلی به درصد، از ۱۰۰- تا ۱۰۰۰.")),
            new Column("payback_years", "دوره بازگشت سرمایه", false, DECIMAL, null, "paybackYears",
                    readWrite(Opportunity::paybackYears, Opportunity.Builder::paybackYears),
                    new Note("Years, more than 0, at most 100.",
                            "سال، بیشتر از صفر و حداکثر ۱۰۰.")),
            new Column("direct_jobs", "اشتغال مستقیم", false, INTEGER, null, "directJobs",
                    readWrite(Opportunity::directJobs, Opportunity.Builder::directJobs),
                    new Note("A whole number, 0 or more.",
                            "عدد صحیح، صفر یا بیشتر.")),
            new Column("youth_jobs", "اشتغال جوانان", false, INTEGER, null, "youthJobs",
                    readWrite(Opportunity::youthJobs, Opportunity.Builder::youthJobs),
                    new Note("A whole number, 0 or more, at most the direct jobs.",
                            "عدد صحیح، صفر یا بیشتر، نه بیشتر از اشتغال مستقیم.")),
            new Column("indirect_jobs", "اشتغال غیرمستقیم", false, INTEGER, null, "indirectJobs",
                    readWrite(Opportunity::indirectJobs, Opportunity.Builder::indirectJobs),
                    new Note("A whole number, 0 or more.",
                            "عدد صحیح، صفر یا بیشتر.")),
            new Column("lead_agency", "دستگاه مسئول", true, CODE, "agency", "leadAgency", writeOnly(Opportunity::leadAgency),
                    new Note("Required. Choose from the list.",
                            "الزامی. از فهرست انتخاب کنید.")),
            new Column("partner_agencies", "دستگاه‌های همکار", false, LIST, "agency", "partnerAgencies",
                    readWrite(Opportunity::partnerAgencies, Opportunity.Builder::partnerAgencies),
                    new Note("Agencies from the list, separated by ; and not the lead agency.",
                            "دستگاه‌هایی از فهرست، جدا شده با ؛ و نه دستگاه مسئول.")),
            new Column("incentives", "مشوق‌ها", false, LIST, "incentive", "incentives",
                    writeOnly((Opportunity o) -> o.incentives().stream().map(IncentiveId::value).toList()),
                    new Note("Incentive ids, separated by ;, each of the catalog or of the incentives sheet.",
                            "شناسهٔ مشوق‌ها، جدا شده با ؛، هر یک از فهرست یا از برگهٔ مشوق‌ها.")),
            new Column("published_on", "تاریخ انتشار", false, DATE, null, "publishedOn",
                    readWrite(Opportunity::publishedOn, Opportunity.Builder::publishedOn),
                    new Note("A date: a date cell, or written as 1405/09/06 or 2026-11-27.",
                            "تاریخ: خانهٔ تاریخ، یا نوشته مانند ۱۴۰۵/۰۹/۰۶ یا 2026-11-27.")),
            new Column("deadline", "مهلت", false, DATE, null, "deadline", readWrite(Opportunity::deadline, Opportunity.Builder::deadline),
                    new Note("A date on or after the publication date.",
                            "تاریخی برابر یا پس از تاریخ انتشار.")),
            new Column("contact_email", "ایمیل", false, TEXT, null, "contactEmail",
                    readWrite(Opportunity::contactEmail, Opportunity.Builder::contactEmail),
                    new Note("An email address.",
                            "نشانی ایمیل.")),
            new Column("contact_phone", "تلفن", false, TEXT, null, "contactPhone",
                    readWrite(Opportunity::contactPhone, Opportunity.Builder::contactPhone),
                    new Note("6 to 20 digits, with spaces, +, - or parentheses.",
                            "۶ تا ۲۰ رقم، با فاصله، +، - یا پرانتز.")),
            new Column("feasibility_url", "مطالعه امکان‌سنجی", false, URL, null, "feasibilityUrl",
                    readWrite(Opportunity::feasibilityUrl, Opportunity.Builder::feasibilityUrl),
                    new Note("A full web address starting with http:// or https://.",
                            "نشانی کامل وب که با http:// یا https:// آغاز می‌شود.")),
            new Column("tags", "برچسب‌ها", false, LIST, null, "tags", readWrite(Opportunity::tags, Opportunity.Builder::tags),
                    new Note("Tags separated by ;, at most 50 of at most 100 characters.",
                            "برچسب‌ها جدا شده با ؛، حداکثر ۵۰ برچسب هر یک حداکثر ۱۰۰ نویسه.")))),
    /** A file of incentives. */
    INCENTIVES(List.of(
            new Column("id", "شناسه", true, ID, null, "id", writeOnly((Incentive i) -> i.id().value()),
                    new Note("Required. A Latin capital letter, then 2 to 39 capitals, digits or -, such as INC-TAX-20. Unique.",
                            "الزامی. یک حرف بزرگ لاتین و سپس ۲ تا ۳۹ حرف بزرگ، رقم یا -، مانند INC-TAX-20. یکتا.")),
            new Column("type", "نوع", true, CODE, "incentive_type", "type", writeOnly(Incentive::type),
                    new Note("Required. Choose from the list.",
                            "الزامی. از فهرست انتخاب کنید.")),
            new Column("title_fa", "عنوان", false, TEXT, null, "title.fa", writeOnly((Incentive i) -> i.title().fa()),
                    new Note("Persian title, at most 200 characters. Give this or the English title.",
                            "عنوان فارسی، حداکثر ۲۰۰ نویسه. این یا عنوان انگلیسی را بنویسید.")),
            new Column("title_en", "عنوان انگلیسی", false, TEXT, null, "title.en", writeOnly((Incentive i) -> i.title().en()),
                    new Note("English title, at most 200 characters. Give this or the Persian title.",
                            "عنوان انگلیسی، حداکثر ۲۰۰ نویسه. این یا عنوان فارسی را بنویسید.")),
            new Column("legal_basis", "مبنای قانونی", false, TEXT, null, "legalBasis",
                    readWrite(Incentive::legalBasis, Incentive.Builder::legalBasis),
                    new Note("The law and its article, at most 300 characters.",
                            "قانون و مادهٔ آن، حداکثر ۳۰۰ نویسه.")),
            new Column("authority", "مرجع اعطا", true, CODE, "agency", "authority", writeOnly(Incentive::authority),
                    new Note("Required. Choose from the list.",
                            "الزامی. از فهرست انتخاب کنید.")),
            new Column("benefit_percent", "درصد", false, PERCENT, null, "benefitPercent",
                    readWrite(Incentive::benefitPercent, Incentive.Builder::benefitPercent),
                    new Note("Percent, 0 to 100.",
                            "درصد، از صفر تا ۱۰۰.")),
            new Column("duration_years", "مدت (سال)", false, INTEGER, null, "durationYears",
                    readWrite(Incentive::durationYears, Incentive.Builder::durationYears),
                    new Note("Years, a whole number from 1 to 99.",
                            "سال، عدد صحیح از ۱ تا ۹۹.")),
            new Column("sectors", "بخش‌ها", false, LIST, "sector", "sectors", readWrite(Incentive::sectors, Incentive.Builder::sectors),
                    new Note("Sectors from the list, separated by ;. Empty means every sector.",
                            "بخش‌هایی از فهرست، جدا شده با ؛. خالی یعنی همهٔ بخش‌ها.")),
            new Column("subsectors", "زیربخش‌ها", false, LIST, "subsector", "subsectors",
                    readWrite(Incentive::subsectors, Incentive.Builder::subsectors),
                    new Note("Subsectors from the list, separated by ;. Empty means every subsector.",
                            "زیربخش‌هایی از فهرست، جدا شده با ؛. خالی یعنی همهٔ زیربخش‌ها.")),
            new Column("areas", "محدوده‌ها", false, LIST, null, "areas", readWrite(Incentive::areas, Incentive.Builder::areas),
                    new Note("Areas separated by ;. Empty means everywhere.",
                            "محدوده‌ها جدا شده با ؛. خالی یعنی همه‌جا.")),
            new Column("investment_models", "روش‌های سرمایه‌گذاری", false, LIST, "investment_model", "investmentModels",
                    readWrite(Incentive::investmentModels, Incentive.Builder::investmentModels),
                    new Note("Investment models from the list, separated by ;. Empty means any.",
                            "روش‌هایی از فهرست، جدا شده با ؛. خالی یعنی هر روشی.")),
            new Column("min_investment", "حداقل سرمایه‌گذاری", false, AMOUNT, null, "minInvestment",
                    List.of("حداقل سرمایه"), writeOnly(Incentive::minInvestment),
                    new Note("The least investment, more than 0, in the currency of the next column.",
                            "حداقل سرمایه‌گذاری، بیشتر از صفر، به واحد پول ستون بعد.")),
            new Column("min_investment_currency", "واحد پول حداقل سرمایه‌گذاری", false, CURRENCY, "currency",
                    "minInvestment.currency", writeOnly(Incentive::minInvestment),
                    new Note("Choose from the list; required with the least investment unless its unit is written.",
                            "از فهرست انتخاب کنید؛ همراه با حداقل سرمایه‌گذاری لازم است مگر واحدش نوشته شده باشد.")),
            new Column("min_direct_jobs", "حداقل اشتغال مستقیم", false, INTEGER, null, "minDirectJobs",
                    readWrite(Incentive::minDirectJobs, Incentive.Builder::minDirectJobs),
                    new Note("A whole number, 0 or more.",
                            "عدد صحیح، صفر یا بیشتر.")),
            new Column("min_youth_jobs", "حداقل اشتغال جوانان", false, INTEGER, null, "minYouthJobs",
                    readWrite(Incentive::minYouthJobs, Incentive.Builder::minYouthJobs),
                    new Note("A whole number, 0 or more.",
                            "عدد صحیح، صفر یا بیشتر.")),
            new Column("valid_from", "از تاریخ", false, DATE, null, "validFrom", readWrite(Incentive::validFrom, Incentive.Builder::validFrom),
                    new Note("A date: a date cell, or written as 1405/09/06 or 2026-11-27.",
                            "تاریخ: خانهٔ تاریخ، یا نوشته مانند ۱۴۰۵/۰۹/۰۶ یا 2026-11-27.")),
            new Column("valid_to", "تا تاریخ", false, DATE, null, "validTo", readWrite(Incentive::validTo, Incentive.Builder::validTo),
                    new Note("A date on or after the first day.",
                            "تاریخی برابر یا پس از تاریخ آغاز."))));

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
