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
 * currency, grouped by all, by sector and by agency (the opportunities it leads or partners in).
 * Sums of amounts are given the largest scale of their parts, as a sum in memory has it.
 */
public final class SummaryRows {

    private static final String ALL = "SELECT 'ALL' AS grp, id AS opportunity_id FROM catalog_opportunity";
    private static final String BY_SECTOR = "SELECT sector AS grp, id AS opportunity_id FROM catalog_opportunity";
    private static final String BY_AGENCY = "SELECT lead_agency AS grp, id AS opportunity_id FROM catalog_opportunity"
            + " UNION SELECT item, opportunity_id FROM catalog_opportunity_item WHERE kind = 'PARTNER'";

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
        Map<String, Summary> sectors = figures(BY_SECTOR);
        Map<String, Summary> agencies = figures(BY_AGENCY);
        Map<String, Long> lead = counts("SELECT o.lead_agency, COUNT(*) FROM catalog_opportunity o WHERE "
                + condition.sql() + " GROUP BY o.lead_agency");
        Map<String, Long> partner = counts("SELECT p.item, COUNT(DISTINCT p.opportunity_id)"
                + " FROM catalog_opportunity_item p JOIN catalog_opportunity o ON o.id = p.opportunity_id"
                + " WHERE p.kind = 'PARTNER' AND " + condition.sql() + " GROUP BY p.item");
        List<CatalogSummary.SectorFigures> bySector = new ArrayList<>();
        for (Sector s : reference.sectors()) {
            bySector.add(new CatalogSummary.SectorFigures(s, sectors.getOrDefault(s.code(), none())));
        }
        List<CatalogSummary.AgencyFigures> byAgency = new ArrayList<>();
        for (Agency a : reference.agencies()) {
            byAgency.add(new CatalogSummary.AgencyFigures(a, lead.getOrDefault(a.code(), 0L),
                    partner.getOrDefault(a.code(), 0L), agencies.getOrDefault(a.code(), none())));
        }
        return new CatalogSummary(figures(ALL).getOrDefault("ALL", none()), bySector, byAgency);
    }

    private static Summary none() {
        return new Summary(0, Map.of(), Map.of(), 0, 0, 0);
    }

    /** The figures of each group of a query of {@code (grp, opportunity_id)}. */
    private Map<String, Summary> figures(String groups) throws SQLException {
        String from = " FROM (" + groups + ") g JOIN catalog_opportunity o ON o.id = g.opportunity_id";
        Map<String, Figures> figures = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT g.grp, o.status, COUNT(*),"
                + " SUM(o.direct_jobs), SUM(o.youth_jobs), SUM(o.indirect_jobs)" + from + " WHERE " + condition.sql()
                + " GROUP BY g.grp, o.status")) {
            Condition.bind(ps, condition.parameters());
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT g.grp, a.currency, SUM(a.amount),"
                + " MAX(a.amount_scale)" + from + " JOIN catalog_opportunity_amount a ON a.opportunity_id = o.id"
                + " WHERE " + condition.sql() + " GROUP BY g.grp, a.currency")) {
            Condition.bind(ps, condition.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    figures.computeIfAbsent(rs.getString(1), k -> new Figures()).investment.put(
                            Currency.getInstance(rs.getString(2)),
                            rs.getBigDecimal(3).setScale(rs.getInt(4), RoundingMode.UNNECESSARY));
                }
            }
        }
        Map<String, Summary> out = new HashMap<>();
        figures.forEach((group, f) -> out.put(group,
                new Summary(f.count, f.byStatus, f.investment, f.direct, f.youth, f.indirect)));
        return out;
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Condition.bind(ps, condition.parameters());
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
