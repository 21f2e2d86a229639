package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.Summary;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of {@link CatalogSummary} computed in SQL: counts per status, jobs and investment per
 * currency, grouped by all, by sector and by agency (the opportunities it leads or partners in, each
 * once: the reference data's agencies, joined to the rows that name them). Sums of amounts are given
 * the largest scale of their parts, as a sum in memory has it.
 */
public final class SummaryRows {

    private static final String ALL = "SELECT 'ALL' AS grp, id AS opportunity_id FROM catalog_opportunity";
    private static final String BY_SECTOR = "SELECT sector AS grp, id AS opportunity_id FROM catalog_opportunity";
    /** The investments' first parts, in the row, and the parts beyond, in a table of their own. */
    private static final String[] PARTS = {
        "o.investment_currency, SUM(o.investment_amount), MAX(o.investment_scale)",
        "a.currency, SUM(a.amount), MAX(a.amount_scale)"};
    private static final String[] PARTS_JOIN = {
        "", " JOIN catalog_opportunity_amount a ON a.opportunity_id = o.id"};
    private static final String[] PARTS_GROUP = {"o.investment_currency", "a.currency"};

    private final Connection connection;
    private final Condition condition;

    /**
     * Figures of the opportunities that meet a condition.
     *
     * @param connection the connection, not null
     * @param condition  which opportunities count, not null
     */
    public SummaryRows(Connection connection, Condition condition) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    /**
     * The summary, sectors and agencies in reference-data order, each one even without opportunities.
     *
     * @param reference the sectors and agencies to report on, not null
     * @return the summary, never null
     * @throws SQLException when the figures cannot be read
     */
    public CatalogSummary summary(ReferenceData reference) throws SQLException {
        Map<String, Summary> sectors = figures(BY_SECTOR, List.of());
        Map<String, Summary> agencies = Map.of();
        Map<String, Long> lead = Map.of();
        Map<String, Long> partner = Map.of();
        if (!reference.agencies().isEmpty()) {
            List<Object> codes = new ArrayList<>();
            StringBuilder table = new StringBuilder();
            for (Agency a : reference.agencies()) {
                table.append(codes.isEmpty() ? "SELECT CAST(? AS VARCHAR(64)) AS code, CAST(? AS VARCHAR(1000)) AS item"
                        : " UNION ALL SELECT ?, ?");
                codes.add(a.code());
                codes.add(Condition.item(a.code()));
            }
            String agency = " JOIN (" + table + ") g ON ";
            agencies = figures("SELECT g.code AS grp, o.id AS opportunity_id FROM catalog_opportunity o" + agency
                    + "o.lead_agency = g.code OR o.partners" + Condition.HOLDS.replace("?", "g.item"), codes);
            lead = counts("SELECT o.lead_agency, COUNT(*) FROM catalog_opportunity o WHERE " + condition.sql()
                    + " GROUP BY o.lead_agency", List.of());
            partner = counts("SELECT g.code, COUNT(*) FROM catalog_opportunity o" + agency + "o.partners"
                    + Condition.HOLDS.replace("?", "g.item") + " WHERE " + condition.sql() + " GROUP BY g.code", codes);
        }
        List<CatalogSummary.SectorFigures> bySector = new ArrayList<>();
        for (Sector s : reference.sectors()) {
            bySector.add(new CatalogSummary.SectorFigures(s, sectors.getOrDefault(s.code(), none())));
        }
        List<CatalogSummary.AgencyFigures> byAgency = new ArrayList<>();
        for (Agency a : reference.agencies()) {
            byAgency.add(new CatalogSummary.AgencyFigures(a, lead.getOrDefault(a.code(), 0L),
                    partner.getOrDefault(a.code(), 0L), agencies.getOrDefault(a.code(), none())));
        }
        return new CatalogSummary(figures(ALL, List.of()).getOrDefault("ALL", none()), bySector, byAgency);
    }

    private static Summary none() {
        return new Summary(0, Map.of(), Map.of(), 0, 0, 0);
    }

    /** The figures of each group of a query of {@code (grp, opportunity_id)} with its parameters. */
    private Map<String, Summary> figures(String groups, List<Object> groupParameters) throws SQLException {
        String from = " FROM (" + groups + ") gr JOIN catalog_opportunity o ON o.id = gr.opportunity_id";
        List<Object> parameters = new ArrayList<>(groupParameters);
        parameters.addAll(condition.parameters());
        Map<String, Figures> figures = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT gr.grp, o.status, COUNT(*),"
                + " SUM(o.direct_jobs), SUM(o.youth_jobs), SUM(o.indirect_jobs)" + from + " WHERE " + condition.sql()
                + " GROUP BY gr.grp, o.status")) {
            Condition.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Figures f = figures.computeIfAbsent(rs.getString(1), k -> new Figures());
                    long count = rs.getLong(3);
                    f.count += count;
                    f.byStatus.put(Status.valueOf(rs.getString(2)), count);
                    f.direct += rs.getLong(4);
                    f.youth += rs.getLong(5);
                    f.indirect += rs.getLong(6);
                }
            }
        }
        for (int p = 0; p < PARTS.length; p++) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT gr.grp, " + PARTS[p] + from + PARTS_JOIN[p]
                    + " WHERE " + condition.sql() + " GROUP BY gr.grp, " + PARTS_GROUP[p])) {
                Condition.bind(ps, parameters);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        figures.computeIfAbsent(rs.getString(1), k -> new Figures()).investment.merge(
                                Currency.getInstance(rs.getString(2)),
                                rs.getBigDecimal(3).setScale(rs.getInt(4), RoundingMode.UNNECESSARY), BigDecimal::add);
                    }
                }
            }
        }
        Map<String, Summary> out = new HashMap<>();
        figures.forEach((group, f) -> out.put(group,
                new Summary(f.count, f.byStatus, f.investment, f.direct, f.youth, f.indirect)));
        return out;
    }

    private Map<String, Long> counts(String sql, List<Object> before) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        List<Object> parameters = new ArrayList<>(before);
        parameters.addAll(condition.parameters());
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Condition.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The figures of one group as they are read. */
    private static final class Figures {
        long count;
        final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        final Map<Currency, BigDecimal> investment = new HashMap<>();
        long direct;
        long youth;
        long indirect;
    }
}
