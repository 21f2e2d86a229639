package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Migration 2: what queries and the summary need in SQL, written on save and filled here for the
 * opportunities stored before. {@code catalog_opportunity_amount} holds each part of an investment
 * (one row per currency: the amount and its scale, so that a sum in SQL is the sum in memory; since
 * migration 3, {@link ListColumns}, the parts beyond the first), and
 * {@code catalog_opportunity.area_key} the area folded by {@link SearchText#fold}. A Java migration,
 * since folding and reading an investment's text are the library's own functions.
 */
public final class SearchColumns extends StoreMigration {

    /** The migration. */
    public SearchColumns() {
        super(2, "amounts per currency and folded areas");
    }

    @Override
    void upgrade(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE catalog_opportunity_amount ("
                    + " opportunity_id VARCHAR(64) NOT NULL REFERENCES catalog_opportunity (id) ON DELETE CASCADE,"
                    + " currency VARCHAR(3) NOT NULL, amount NUMERIC(72, 30) NOT NULL, amount_scale INTEGER NOT NULL,"
                    + " PRIMARY KEY (opportunity_id, currency))");
            s.execute("CREATE INDEX catalog_opportunity_amount_currency ON catalog_opportunity_amount (currency, amount)");
            s.execute("ALTER TABLE catalog_opportunity ADD COLUMN area_key VARCHAR(1000)");
        }
        try (Batch amounts = amounts(c);
                Batch areas = Batch.of(c, "UPDATE catalog_opportunity SET area_key = ? WHERE id = ?");
                PreparedStatement read = c.prepareStatement("SELECT id, investment_text, area FROM catalog_opportunity")) {
            read.setFetchSize(OpportunityRows.BATCH);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    addAmounts(amounts, id, Investment.parse(rs.getString(2)).parts());
                    areas.text(1, areaKey(rs.getString(3)));
                    areas.text(2, id);
                    areas.add();
                    if (areas.pending() >= OpportunityRows.BATCH) {
                        amounts.flush();
                        areas.flush();
                    }
                }
            }
            amounts.flush();
            areas.flush();
        }
    }

    /**
     * The rows of the parts of investments: id, currency, amount, scale.
     *
     * @param connection the connection, not null
     * @return the batch, never null
     * @throws SQLException when the batch cannot be made
     */
    static Batch amounts(Connection connection) throws SQLException {
        return Batch.insert(connection, "catalog_opportunity_amount", "opportunity_id, currency, amount, amount_scale");
    }

    /**
     * Queues the rows of parts of an investment on a batch of {@link #amounts}.
     *
     * @param amounts the batch, not null
     * @param id      the opportunity's id, not null
     * @param parts   the parts, not null
     * @throws SQLException when the rows cannot be queued
     */
    static void addAmounts(Batch amounts, String id, List<Money> parts) throws SQLException {
        for (Money part : parts) {
            amounts.text(1, id);
            amounts.text(2, part.currency().getCurrencyCode());
            amounts.number(3, part.amount());
            amounts.whole(4, part.amount().scale());
            amounts.add();
        }
    }

    /**
     * The area as the area criterion compares it.
     *
     * @param area the area, or null
     * @return the folded area, or null when there is none
     */
    static @Nullable String areaKey(@Nullable String area) {
        return area == null ? null : SearchText.fold(area);
    }

    /**
     * The area as the area criterion compares it ({@link #areaKey(String)}), written into a buffer
     * that the caller reuses, without a string of its own.
     *
     * @param area the area, or null
     * @param out  where to write it, emptied first; not null
     * @return {@code out}, holding the folded area, or null when there is none
     */
    static @Nullable StringBuilder areaKey(@Nullable String area, StringBuilder out) {
        out.setLength(0);
        return area == null ? null : SearchText.fold(area, out);
    }
}
