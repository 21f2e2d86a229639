package ir.anzali.investment.catalog.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes realistic opportunity rows for benchmarks and memory runs: every column of the CSV format,
 * Persian and English text, Persian digits in some cells, Solar Hijri and ISO dates, amounts with
 * scale words and units. The same seed gives the same file. Every row is valid.
 */
public final class SyntheticOpportunities {

    /** The seed the benchmarks use. */
    public static final long SEED = 20261127L;

    static final String HEADER = "id,title_fa,title_en,summary_fa,summary_en,sector,subsector,area,address,latitude,"
            + "longitude,land_area_m2,land_tenure,investment,currency,investment_model,status,irr_percent,payback_years,"
            + "direct_jobs,youth_jobs,lead_agency,partner_agencies,incentives,published_on,deadline,contact_email,"
            + "contact_phone,feasibility_url,tags";

    private static final String[][] SUBSECTORS = {
        {"TOURISM", "ACCOMMODATION", "اقامتی", "گردشگری"},
        {"TOURISM", "FOOD_SERVICE", "پذیرایی", "گردشگری"},
        {"TOURISM", "RECREATION", "تفریحی", "گردشگری"},
        {"TOURISM", "MARITIME_TOURISM", "گردشگری دریایی", "گردشگری"},
        {"MARINE_INDUSTRIES", "SHIPBUILDING", "کشتی‌سازی", "صنایع دریایی"},
        {"MARINE_INDUSTRIES", "AQUACULTURE", "آبزی‌پروری", "صنایع دریایی"},
        {"MARINE_INDUSTRIES", "SEAFOOD_PROCESSING", "فرآوری آبزیان", "صنایع دریایی"},
        {"PORT_SERVICES", "CARGO_HANDLING", "تخلیه و بارگیری", "خدمات بندری"},
        {"PORT_SERVICES", "WAREHOUSING", "انبارداری", "خدمات بندری"},
        {"PORT_SERVICES", "LOGISTICS", "لجستیک", "خدمات بندری"},
    };
    private static final String[] TITLES_FA = {"هتل ساحلی", "مجتمع پذیرایی", "اسکله تفریحی", "کارگاه کشتی‌سازی",
        "مزرعه پرورش ماهی", "کارخانه فرآوری", "ترمینال کانتینری", "انبار سردخانه‌ای", "مرکز لجستیک", "بازارچه ساحلي"};
    private static final String[] TITLES_EN = {"Beach hotel", "Food court", "Marina", "Boat yard", "Fish farm",
        "Processing plant", "Container terminal", "Cold store", "Logistics hub", "Beach market"};
    private static final String[] AREAS = {"غازیان", "کپورچال", "بندر کاسپین", "حسن‌رود", "ساحل انزلی", "تالاب انزلی"};
    private static final String[] AGENCIES = {"AFZO", "MUNICIPALITY", "شهرداری بندرانزلی", "GOVERNORATE", "PMO_GILAN",
        "CITY_COUNCIL"};
    private static final String[] TENURES = {"LEASE", "اجاره", "USUFRUCT", "PARTNERSHIP", "تأسیسات موجود"};
    private static final String[] MODELS = {"DIRECT", "JOINT_VENTURE", "PPP", "BOT", "ساخت-بهره‌برداری-انتقال", "LEASE"};
    private static final String[] STATUSES = {"OPEN", "باز", "PREPARED", "IDENTIFIED", "NEGOTIATION"};

    private SyntheticOpportunities() {
    }

    /**
     * Writes a header and rows.
     *
     * @param out  where to write
     * @param rows how many rows
     * @param seed the seed
     * @throws IOException when writing fails
     */
    public static void write(Writer out, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        out.write(HEADER);
        out.write("\r\n");
        StringBuilder line = new StringBuilder(1024);
        for (int i = 0; i < rows; i++) {
            line.setLength(0);
            row(line, i, random);
            out.append(line).append("\r\n");
        }
    }

    /**
     * The file as a string.
     *
     * @param rows how many rows
     * @param seed the seed
     * @return the CSV text
     */
    public static String text(int rows, long seed) {
        java.io.StringWriter w = new java.io.StringWriter(rows * 700);
        try {
            write(w, rows, seed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void row(StringBuilder b, int i, SplittableRandom r) {
        String[] sub = SUBSECTORS[r.nextInt(SUBSECTORS.length)];
        boolean persian = r.nextBoolean();
        int kind = r.nextInt(TITLES_FA.length);
        b.append("SYN-").append(sub[0].charAt(0)).append('-').append(i);
        cell(b, TITLES_FA[kind] + " " + digits(String.valueOf(r.nextInt(1, 500)), persian));
        cell(b, TITLES_EN[kind] + " no. " + r.nextInt(1, 500));
        cell(b, "طرح " + TITLES_FA[kind] + " در منطقه آزاد انزلی با ظرفیت " + digits(String.valueOf(r.nextInt(50, 900)),
                persian) + " نفر و دسترسی به بندر");
        cell(b, "A " + TITLES_EN[kind].toLowerCase(java.util.Locale.ROOT) + " in the Anzali Free Zone, close to the port");
        cell(b, persian ? sub[3] : sub[0]);
        cell(b, persian ? sub[2] : sub[1]);
        cell(b, AREAS[r.nextInt(AREAS.length)]);
        cell(b, "بلوار ساحلی، پلاک " + digits(String.valueOf(r.nextInt(1, 400)), persian));
        cell(b, digits("37." + (4000 + r.nextInt(999)), persian).replace('.', persian ? '٫' : '.'));
        cell(b, digits("49." + (4000 + r.nextInt(999)), persian).replace('.', persian ? '٫' : '.'));
        int area = r.nextInt(1, 90) * 1000;
        cell(b, persian ? digits(String.format(java.util.Locale.ROOT, "%,d", area), true).replace(',', '٬') : String.format(java.util.Locale.ROOT, "%,d", area));
        cell(b, TENURES[r.nextInt(TENURES.length)]);
        switch (r.nextInt(4)) {
            case 0:
                cell(b, digits(r.nextInt(10, 900) + " میلیارد", persian));
                cell(b, "ریال");
                break;
            case 1:
                cell(b, digits(r.nextInt(5, 300) + " میلیارد تومان", persian));
                cell(b, "");
                break;
            case 2:
                cell(b, r.nextInt(1, 90) + " million USD");
                cell(b, "");
                break;
            default:
                cell(b, String.format(java.util.Locale.ROOT, "%,d", r.nextLong(1_000_000_000L, 900_000_000_000L)));
                cell(b, "IRR");
                break;
        }
        cell(b, MODELS[r.nextInt(MODELS.length)]);
        cell(b, STATUSES[r.nextInt(STATUSES.length)]);
        cell(b, digits(r.nextInt(5, 40) + "." + r.nextInt(10), persian).replace('.', persian ? '٫' : '.')
                + (r.nextBoolean() ? "%" : ""));
        cell(b, digits(String.valueOf(r.nextInt(2, 15)), persian));
        int direct = r.nextInt(5, 400);
        cell(b, digits(String.valueOf(direct), persian));
        cell(b, digits(String.valueOf(r.nextInt(0, direct + 1)), persian));
        int lead = r.nextInt(AGENCIES.length);
        cell(b, AGENCIES[lead]);
        String partner = AGENCIES[(lead + 3) % AGENCIES.length];
        cell(b, r.nextBoolean() ? partner : "");
        cell(b, "");
        int month = r.nextInt(1, 7);
        int day = r.nextInt(1, 29);
        if (persian) {
            cell(b, digits(String.format(Locale.ROOT, "1405/%02d/%02d", month, day), true));
            cell(b, digits(String.format(Locale.ROOT, "1406/%d/%d", month, day), true));
        } else {
            cell(b, String.format(Locale.ROOT, "2026-%02d-%02d", month + 3, day));
            cell(b, String.format(Locale.ROOT, "1406/%02d/%02d", month, day));
        }
        cell(b, "invest" + (i % 97) + "@anzalifz.ir");
        cell(b, persian ? "۰۱۳ ۴۴۵۲ " + digits(String.valueOf(1000 + r.nextInt(8999)), true) : "+98 13 4452 1234");
        cell(b, "https://anzalifz.ir/studies/" + i + ".pdf");
        cell(b, persian ? "ساحلی;گردشگری" : "port;logistics");
    }

    private static String digits(String s, boolean persian) {
        if (!persian) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static void cell(StringBuilder b, String value) {
        b.append(',');
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            b.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            b.append(value);
        }
    }
}
