package ir.anzali.investment.catalog.xlsx.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a workbook writes each column of the CSV format: as a number, a date, or text; and which
 * dropdown list a coded column offers, for one value or several separated by {@code ;}. A column
 * not named here is text.
 */
final class Columns {

    /** The kind of cell a column is written as. */
    enum Type {
        /** Text, written as a string cell, never a formula. */
        TEXT,
        /** A number cell when the number survives a cell's floating point exactly, else text. */
        NUMBER,
        /** A date cell, shown as a date of the workbook's language, when the day can be one; else ISO text. */
        DATE
    }

    private static final Set<String> NUMBERS = Set.of("latitude", "longitude", "land_area_m2", "investment",
            "irr_percent", "payback_years", "direct_jobs", "youth_jobs", "benefit_percent", "duration_years",
            "min_investment", "min_direct_jobs", "min_youth_jobs");
    private static final Set<String> DATES = Set.of("published_on", "deadline", "valid_from", "valid_to");
    /** Columns whose items are separated by {@code ;}. */
    private static final Set<String> LISTS = Set.of("partner_agencies", "incentives", "tags", "sectors", "subsectors",
            "areas", "investment_models");
    /** The dropdown list of each coded column. */
    private static final Map<String, String> CODED = Map.ofEntries(
            Map.entry("sector", "sector"), Map.entry("subsector", "subsector"), Map.entry("land_tenure", "land_tenure"),
            Map.entry("currency", "currency"), Map.entry("investment_model", "investment_model"),
            Map.entry("status", "status"), Map.entry("lead_agency", "agency"),
            Map.entry("partner_agencies", "agency"), Map.entry("incentives", "incentive"),
            Map.entry("type", "incentive_type"), Map.entry("authority", "agency"), Map.entry("sectors", "sector"),
            Map.entry("subsectors", "subsector"), Map.entry("investment_models", "investment_model"),
            Map.entry("min_investment_currency", "currency"));

    private Columns() {
    }

    static Type type(String column) {
        return NUMBERS.contains(column) ? Type.NUMBER : DATES.contains(column) ? Type.DATE : Type.TEXT;
    }

    /** Whether a cell holds several items separated by {@code ;}. */
    static boolean list(String column) {
        return LISTS.contains(column);
    }

    /** The dropdown list of a coded column, or null. */
    static @Nullable String dropdown(String column) {
        return CODED.get(column);
    }
}
