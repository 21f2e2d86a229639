package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.databind.JsonNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.InvalidCatalogException;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.InvestmentModel;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.IndustryClass;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Turns a JSON tree of the documented format into a catalog, naming the path of the first problem. */
final class JsonReader {

    private static final Set<String> ROOT_KEYS = Set.of("format", "formatVersion", "referenceData", "incentives",
            "opportunities");
    private static final Set<String> INCENTIVE_KEYS = Set.of("id", "type", "title", "legalBasis", "authority",
            "benefitPercent", "durationYears", "sectors", "subsectors", "areas", "investmentModels", "minInvestment",
            "minDirectJobs", "minYouthJobs", "validFrom", "validTo");
    private static final Set<String> OPPORTUNITY_KEYS = Set.of("id", "title", "summary", "sector", "subsector",
            "location", "investment", "investmentModel", "status", "irrPercent", "paybackYears", "directJobs",
            "youthJobs", "leadAgency", "partnerAgencies", "incentives", "publishedOn", "deadline", "contactEmail",
            "contactPhone", "feasibilityUrl", "tags", "history");

    private ReferenceData reference;

    Catalog catalog(JsonNode root) throws CatalogJsonException {
        object(root, "");
        keys(root, "", ROOT_KEYS);
        String format = string(root, "", "format", true);
        if (!CatalogJson.FORMAT.equals(format)) {
            throw new CatalogJsonException("format", "Expected \"" + CatalogJson.FORMAT + "\", found \"" + format
                    + "\"; this is not a catalog document.", null);
        }
        Integer version = integer(root, "", "formatVersion", true);
        if (version != CatalogJson.FORMAT_VERSION) {
            throw new CatalogJsonException("formatVersion", "Format version " + version
                    + " is not supported; this library reads version " + CatalogJson.FORMAT_VERSION + ".", null);
        }
        reference = referenceData(required(root, "", "referenceData"), "referenceData");
        Catalog.Builder builder = Catalog.builder(reference);
        items(root, "", "incentives", this::incentive).forEach(builder::incentive);
        items(root, "", "opportunities", this::opportunity).forEach(builder::opportunity);
        try {
            return builder.build();
        } catch (InvalidCatalogException e) {
            throw CatalogJson.invalid(e);
        }
    }

    ReferenceData referenceData(JsonNode node, String path) throws CatalogJsonException {
        object(node, path);
        keys(node, path, Set.of("sectors", "agencies"));
        ReferenceData.Builder b = ReferenceData.builder();
        Set<String> seen = new java.util.HashSet<>();
        items(node, path, "sectors", (s, p) -> {
            Sector sector = sectorEntry(s, p);
            if (!seen.add("sector " + sector.code())) {
                throw new CatalogJsonException(p, "Sector " + sector.code() + " is listed twice.", null);
            }
            return sector;
        }).forEach(b::sector);
        items(node, path, "agencies", (a, p) -> {
            Agency agency = agencyEntry(a, p);
            if (!seen.add("agency " + agency.code())) {
                throw new CatalogJsonException(p, "Agency " + agency.code() + " is listed twice.", null);
            }
            return agency;
        }).forEach(b::agency);
        return b.build();
    }

    private static Sector sectorEntry(JsonNode s, String p) throws CatalogJsonException {
        object(s, p);
        keys(s, p, Set.of("code", "nameFa", "nameEn", "subsectors"));
        List<Subsector> subs = items(s, p, "subsectors", JsonReader::subsectorEntry);
        return construct(p, () -> new Sector(string(s, p, "code", true), string(s, p, "nameFa", true),
                string(s, p, "nameEn", true), subs));
    }

    private static Subsector subsectorEntry(JsonNode sub, String sp) throws CatalogJsonException {
        object(sub, sp);
        keys(sub, sp, Set.of("code", "nameFa", "nameEn", "classes"));
        List<IndustryClass> classes = items(sub, sp, "classes",
                (c, cp) -> construct(cp, () -> IndustryClass.parse(textValue(c, cp))));
        return construct(sp, () -> new Subsector(string(sub, sp, "code", true), string(sub, sp, "nameFa", true),
                string(sub, sp, "nameEn", true), classes));
    }

    private static Agency agencyEntry(JsonNode a, String p) throws CatalogJsonException {
        object(a, p);
        keys(a, p, Set.of("code", "nameFa", "nameEn"));
        return construct(p, () -> new Agency(string(a, p, "code", true), string(a, p, "nameFa", true),
                string(a, p, "nameEn", true)));
    }

    private Incentive incentive(JsonNode n, String p) throws CatalogJsonException {
        object(n, p);
        keys(n, p, INCENTIVE_KEYS);
        Incentive.Builder b = Incentive.builder(construct(join(p, "id"),
                () -> new IncentiveId(string(n, p, "id", true))));
        b.type(code(IncentiveType.class, n, p, "type", true));
        b.title(text(n, p, "title", true));
        b.legalBasis(string(n, p, "legalBasis", false));
        b.authority(agency(n, p, "authority", true));
        b.benefitPercent(decimal(n, p, "benefitPercent"));
        b.durationYears(integer(n, p, "durationYears", false));
        b.sectors(items(n, p, "sectors", (s, sp) -> sector(textValue(s, sp), sp)));
        b.subsectors(items(n, p, "subsectors", (s, sp) -> {
            String code = textValue(s, sp);
            Subsector found = reference.sectors().stream().flatMap(x -> x.subsectors().stream())
                    .filter(x -> x.code().equals(code)).findFirst().orElse(null);
            if (found == null) {
                throw new CatalogJsonException(sp, "Subsector " + code + " is in no sector of the reference data.",
                        null);
            }
            return found;
        }));
        b.areas(strings(n, p, "areas"));
        b.investmentModels(items(n, p, "investmentModels",
                (s, sp) -> enumValue(InvestmentModel.class, textValue(s, sp), sp)));
        b.minInvestment(money(n, p, "minInvestment", false));
        b.minDirectJobs(integer(n, p, "minDirectJobs", false));
        b.minYouthJobs(integer(n, p, "minYouthJobs", false));
        b.validFrom(date(n, p, "validFrom", false));
        b.validTo(date(n, p, "validTo", false));
        return construct(p, b::build);
    }

    private Opportunity opportunity(JsonNode n, String p) throws CatalogJsonException {
        object(n, p);
        keys(n, p, OPPORTUNITY_KEYS);
        Opportunity.Builder b = Opportunity.builder(construct(join(p, "id"),
                () -> new OpportunityId(string(n, p, "id", true))));
        b.title(text(n, p, "title", true));
        b.summary(text(n, p, "summary", false));
        Sector sector = sector(string(n, p, "sector", true), join(p, "sector"));
        b.sector(sector);
        String subsector = string(n, p, "subsector", false);
        if (subsector != null) {
            b.subsector(sector.subsectors().stream().filter(s -> s.code().equals(subsector)).findFirst()
                    .orElseThrow(() -> new CatalogJsonException(join(p, "subsector"), "Subsector " + subsector
                            + " is not a subsector of " + sector.code() + ".", null)));
        }
        JsonNode loc = n.get("location");
        if (loc != null && !loc.isNull()) {
            String lp = join(p, "location");
            object(loc, lp);
            keys(loc, lp, Set.of("area", "address", "latitude", "longitude", "landAreaM2", "landTenure"));
            b.location(new Location(string(loc, lp, "area", false), string(loc, lp, "address", false),
                    decimal(loc, lp, "latitude"), decimal(loc, lp, "longitude"), decimal(loc, lp, "landAreaM2"),
                    code(LandTenure.class, loc, lp, "landTenure", false)));
        }
        b.investment(money(n, p, "investment", true));
        b.investmentModel(code(InvestmentModel.class, n, p, "investmentModel", false));
        b.status(code(Status.class, n, p, "status", true));
        b.irrPercent(decimal(n, p, "irrPercent"));
        b.paybackYears(decimal(n, p, "paybackYears"));
        b.directJobs(integer(n, p, "directJobs", false));
        b.youthJobs(integer(n, p, "youthJobs", false));
        b.leadAgency(agency(n, p, "leadAgency", true));
        b.partnerAgencies(items(n, p, "partnerAgencies", (a, ap) -> agencyByCode(textValue(a, ap), ap)));
        b.incentives(items(n, p, "incentives", (a, ap) -> construct(ap, () -> new IncentiveId(textValue(a, ap)))));
        b.publishedOn(date(n, p, "publishedOn", false));
        b.deadline(date(n, p, "deadline", false));
        b.contactEmail(string(n, p, "contactEmail", false));
        b.contactPhone(string(n, p, "contactPhone", false));
        String url = string(n, p, "feasibilityUrl", false);
        if (url != null) {
            try {
                b.feasibilityUrl(new URI(url));
            } catch (URISyntaxException e) {
                throw new CatalogJsonException(join(p, "feasibilityUrl"), "Not a URL: \"" + url + "\".", e);
            }
        }
        b.tags(strings(n, p, "tags"));
        b.history(items(n, p, "history", (h, hp) -> {
            object(h, hp);
            keys(h, hp, Set.of("from", "to", "date", "note"));
            return new StatusChange(code(Status.class, h, hp, "from", true), code(Status.class, h, hp, "to", true),
                    date(h, hp, "date", true), string(h, hp, "note", false));
        }));
        return construct(p, b::build);
    }

    private Sector sector(String code, String path) throws CatalogJsonException {
        return reference.sector(code).orElseThrow(() -> new CatalogJsonException(path, "Sector " + code
                + " is not in the reference data; known: " + reference.sectors() + ".", null));
    }

    private Agency agency(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        String code = string(n, p, key, required);
        return code == null ? null : agencyByCode(code, join(p, key));
    }

    private Agency agencyByCode(String code, String path) throws CatalogJsonException {
        return reference.agency(code).orElseThrow(() -> new CatalogJsonException(path, "Agency " + code
                + " is not in the reference data; known: " + reference.agencies() + ".", null));
    }

    private static LocalizedText text(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        JsonNode t = n.get(key);
        String tp = join(p, key);
        if (t == null || t.isNull()) {
            if (required) {
                throw new CatalogJsonException(tp, "Missing; give {\"fa\": …} and/or {\"en\": …}.", null);
            }
            return null;
        }
        object(t, tp);
        keys(t, tp, Set.of("fa", "en"));
        String fa = string(t, tp, "fa", false);
        String en = string(t, tp, "en", false);
        if (fa == null && en == null) {
            throw new CatalogJsonException(tp, "Needs a Persian (\"fa\") or an English (\"en\") text.", null);
        }
        return construct(tp, () -> LocalizedText.of(fa, en));
    }

    private static Money money(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        JsonNode m = n.get(key);
        String mp = join(p, key);
        if (m == null || m.isNull()) {
            if (required) {
                throw new CatalogJsonException(mp, "Missing; give {\"amount\": \"…\", \"currency\": \"IRR\"}.", null);
            }
            return null;
        }
        object(m, mp);
        keys(m, mp, Set.of("amount", "currency"));
        BigDecimal amount = decimal(m, mp, "amount");
        if (amount == null) {
            throw new CatalogJsonException(join(mp, "amount"), "Missing.", null);
        }
        String code = string(m, mp, "currency", true);
        try {
            return Money.of(amount, Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            throw new CatalogJsonException(join(mp, "currency"), "Not an ISO 4217 currency code: \"" + code + "\".", e);
        }
    }

    private static BigDecimal decimal(JsonNode n, String p, String key) throws CatalogJsonException {
        String s = string(n, p, key, false);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new CatalogJsonException(join(p, key), "Not a decimal number: \"" + s
                    + "\"; decimals are written as strings, like \"12.5\".", e);
        }
    }

    private static Integer integer(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new CatalogJsonException(join(p, key), "Missing.", null);
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new CatalogJsonException(join(p, key), "Expected a whole number, found " + v + ".", null);
        }
        return v.intValue();
    }

    private static LocalDate date(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        String s = string(n, p, key, required);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new CatalogJsonException(join(p, key), "Not an ISO date: \"" + s + "\"; write 2026-11-27.", e);
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, JsonNode n, String p, String key, boolean required)
            throws CatalogJsonException {
        String s = string(n, p, key, required);
        return s == null ? null : enumValue(type, s, join(p, key));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s, String path) throws CatalogJsonException {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new CatalogJsonException(path, "Unknown code \"" + s + "\"; known: "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".", null);
        }
    }

    private static List<String> strings(JsonNode n, String p, String key) throws CatalogJsonException {
        return items(n, p, key, JsonReader::textValue);
    }

    /** Reads one item of an array, given the item's own path, such as {@code sectors[2]}. */
    private interface Item<T> {
        T read(JsonNode node, String path) throws CatalogJsonException;
    }

    /** Reads every item of an array, each with its own path; an absent array has none. */
    private static <T> List<T> items(JsonNode n, String p, String key, Item<T> item) throws CatalogJsonException {
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonNode element : array(n, p, key)) {
            out.add(item.read(element, join(p, key + "[" + i++ + "]")));
        }
        return out;
    }

    private static String string(JsonNode n, String p, String key, boolean required) throws CatalogJsonException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new CatalogJsonException(join(p, key), "Missing.", null);
            }
            return null;
        }
        return textValue(v, join(p, key));
    }

    private static String textValue(JsonNode v, String path) throws CatalogJsonException {
        if (!v.isTextual()) {
            throw new CatalogJsonException(path, "Expected a string, found " + describe(v) + ".", null);
        }
        return v.textValue();
    }

    private static JsonNode required(JsonNode n, String p, String key) throws CatalogJsonException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new CatalogJsonException(join(p, key), "Missing.", null);
        }
        return v;
    }

    private static Iterable<JsonNode> array(JsonNode n, String p, String key) throws CatalogJsonException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new CatalogJsonException(join(p, key), "Expected an array, found " + describe(v) + ".", null);
        }
        return v;
    }

    private static void object(JsonNode n, String path) throws CatalogJsonException {
        if (!n.isObject()) {
            throw new CatalogJsonException(path, "Expected an object, found " + describe(n) + ".", null);
        }
    }

    private static void keys(JsonNode n, String path, Set<String> allowed) throws CatalogJsonException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new CatalogJsonException(join(path, key), "Unknown key; allowed here: " + new java.util.TreeSet<>(
                        allowed) + ".", null);
            }
        }
    }

    private static String describe(JsonNode v) {
        return v.isObject() ? "an object" : v.isArray() ? "an array" : v.isTextual() ? "a string" : v.toString();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A constructor call whose argument errors become errors at a path. */
    private interface Construction<T> {
        T get() throws CatalogJsonException;
    }

    private static <T> T construct(String path, Construction<T> construction) throws CatalogJsonException {
        try {
            return construction.get();
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new CatalogJsonException(path, e.getMessage(), e);
        }
    }
}
