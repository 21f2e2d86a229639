package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.IndustryClass;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Turns a catalog into the JSON tree of the documented format. Absent values are left out. */
final class JsonWriter {

    private final ObjectMapper mapper;

    JsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode catalog(Catalog catalog) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", CatalogJson.FORMAT);
        root.put("formatVersion", CatalogJson.FORMAT_VERSION);
        root.set("referenceData", referenceData(catalog.referenceData()));
        ArrayNode incentives = root.putArray("incentives");
        catalog.incentives().forEach(i -> incentives.add(incentive(i)));
        ArrayNode opportunities = root.putArray("opportunities");
        catalog.opportunities().forEach(o -> opportunities.add(opportunity(o)));
        return root;
    }

    ObjectNode referenceData(ReferenceData data) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode sectors = node.putArray("sectors");
        for (Sector s : data.sectors()) {
            ObjectNode sector = named(s);
            ArrayNode subs = sector.putArray("subsectors");
            for (Subsector sub : s.subsectors()) {
                ObjectNode subNode = named(sub);
                ArrayNode classes = subNode.putArray("classes");
                sub.classes().stream().map(IndustryClass::toString).forEach(classes::add);
                subs.add(subNode);
            }
            sectors.add(sector);
        }
        ArrayNode agencies = node.putArray("agencies");
        for (Agency a : data.agencies()) {
            agencies.add(named(a));
        }
        return node;
    }

    private ObjectNode named(Named n) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", n.code());
        node.put("nameFa", n.nameFa());
        node.put("nameEn", n.nameEn());
        return node;
    }

    private ObjectNode incentive(Incentive i) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", i.id().value());
        n.put("type", i.type().code());
        text(n, "title", i.title());
        put(n, "legalBasis", i.legalBasis());
        n.put("authority", i.authority().code());
        decimal(n, "benefitPercent", i.benefitPercent());
        integer(n, "durationYears", i.durationYears());
        codes(n, "sectors", i.sectors());
        codes(n, "subsectors", i.subsectors());
        strings(n, "areas", i.areas());
        codes(n, "investmentModels", i.investmentModels());
        money(n, "minInvestment", i.minInvestment());
        integer(n, "minDirectJobs", i.minDirectJobs());
        integer(n, "minYouthJobs", i.minYouthJobs());
        date(n, "validFrom", i.validFrom());
        date(n, "validTo", i.validTo());
        return n;
    }

    private ObjectNode opportunity(Opportunity o) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", o.id().value());
        text(n, "title", o.title());
        text(n, "summary", o.summary());
        n.put("sector", o.sector().code());
        if (o.subsector() != null) {
            n.put("subsector", o.subsector().code());
        }
        if (!o.location().isUnknown()) {
            Location l = o.location();
            ObjectNode loc = n.putObject("location");
            put(loc, "area", l.area());
            put(loc, "address", l.address());
            decimal(loc, "latitude", l.latitude());
            decimal(loc, "longitude", l.longitude());
            decimal(loc, "landAreaM2", l.landAreaM2());
            if (l.landTenure() != null) {
                loc.put("landTenure", l.landTenure().code());
            }
        }
        money(n, "investment", o.investment());
        if (o.investmentModel() != null) {
            n.put("investmentModel", o.investmentModel().code());
        }
        n.put("status", o.status().code());
        decimal(n, "irrPercent", o.irrPercent());
        decimal(n, "paybackYears", o.paybackYears());
        integer(n, "directJobs", o.directJobs());
        integer(n, "youthJobs", o.youthJobs());
        n.put("leadAgency", o.leadAgency().code());
        codes(n, "partnerAgencies", o.partnerAgencies());
        strings(n, "incentives", o.incentives().stream().map(Object::toString).toList());
        date(n, "publishedOn", o.publishedOn());
        date(n, "deadline", o.deadline());
        put(n, "contactEmail", o.contactEmail());
        put(n, "contactPhone", o.contactPhone());
        if (o.feasibilityUrl() != null) {
            n.put("feasibilityUrl", o.feasibilityUrl().toString());
        }
        strings(n, "tags", o.tags());
        if (!o.history().isEmpty()) {
            ArrayNode history = n.putArray("history");
            for (StatusChange c : o.history()) {
                ObjectNode h = history.addObject();
                h.put("from", c.from().code());
                h.put("to", c.to().code());
                h.put("date", c.date().toString());
                put(h, "note", c.note());
            }
        }
        return n;
    }

    private static void text(ObjectNode n, String key, LocalizedText text) {
        if (text != null) {
            ObjectNode t = n.putObject(key);
            put(t, "fa", text.fa());
            put(t, "en", text.en());
        }
    }

    private static void money(ObjectNode n, String key, Money money) {
        if (money != null) {
            ObjectNode m = n.putObject(key);
            m.put("amount", money.amount().toPlainString());
            m.put("currency", money.currency().getCurrencyCode());
        }
    }

    private static void put(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static void decimal(ObjectNode n, String key, BigDecimal value) {
        if (value != null) {
            n.put(key, value.toPlainString());
        }
    }

    private static void integer(ObjectNode n, String key, Integer value) {
        if (value != null) {
            n.put(key, value.intValue());
        }
    }

    private static void date(ObjectNode n, String key, LocalDate value) {
        if (value != null) {
            n.put(key, value.toString());
        }
    }

    private static void codes(ObjectNode n, String key, List<? extends Named> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(key);
            values.forEach(v -> a.add(v.code()));
        }
    }

    private static void strings(ObjectNode n, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(key);
            values.forEach(a::add);
        }
    }
}
