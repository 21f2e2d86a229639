package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Migration 3: one row per opportunity for the database to store, where there were four. An
 * opportunity's lists move from {@code catalog_opportunity_item}, which is dropped, into columns of
 * its own row ({@code partners}, {@code incentives}, {@code tags}, as {@link OpportunityRows#list}
 * writes them), and the scale of its investment's first part, whose currency and amount the row
 * already held, into {@code investment_scale}; {@code catalog_opportunity_amount} keeps only the
 * parts beyond the first. The secondary indexes, which no query needs, are dropped. Filled here for
 * the opportunities stored before; a Java migration, since the lists' text is the library's own.
 */
public final class ListColumns extends StoreMigration {

    /** The list columns, and the kind of item each held in {@code catalog_opportunity_item}. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("PARTNER", "partners");
        LISTS.put("INCENTIVE", "incentives");
        LISTS.put("TAG", "tags");
    }

    /** The migration. */
    public ListColumns() {
        super(3, "lists and first amount in the opportunity row");
    }

    @Override
    void upgrade(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE catalog_opportunity ADD COLUMN investment_scale INTEGER");
            for (String column : LISTS.values()) {
                s.execute("ALTER TABLE catalog_opportunity ADD COLUMN " + column + " VARCHAR(100000) DEFAULT '' NOT NULL");
            }
            s.execute("UPDATE catalog_opportunity SET investment_scale = (SELECT a.amount_scale"
                    + " FROM catalog_opportunity_amount a WHERE a.opportunity_id = catalog_opportunity.id"
                    + " AND a.currency = catalog_opportunity.investment_currency)");
            s.execute("ALTER TABLE catalog_opportunity ALTER COLUMN investment_scale SET NOT NULL");
            s.execute("DELETE FROM catalog_opportunity_amount WHERE EXISTS (SELECT 1 FROM catalog_opportunity o"
                    + " WHERE o.id = catalog_opportunity_amount.opportunity_id"
                    + " AND o.investment_currency = catalog_opportunity_amount.currency)");
        }
        try (Batch rows = Batch.of(c, "UPDATE catalog_opportunity SET " + String.join(" = ?, ", LISTS.values())
                + " = ? WHERE id = ?");
                PreparedStatement read = c.prepareStatement("SELECT opportunity_id, kind, item"
                        + " FROM catalog_opportunity_item ORDER BY opportunity_id, kind, position")) {
            read.setFetchSize(OpportunityRows.BATCH);
            try (ResultSet rs = read.executeQuery()) {
                String id = null;
                Map<String, List<String>> items = new LinkedHashMap<>();
                while (rs.next()) {
                    if (id != null && !id.equals(rs.getString(1))) {
                        update(rows, id, items);
                    }
                    id = rs.getString(1);
                    items.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
                if (id != null) {
                    update(rows, id, items);
                }
            }
            rows.flush();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE catalog_opportunity_item");
            // Every search reads all the rows it matches to count and order them: a filter on one of a
            // handful of sectors or agencies matches too many rows for an index to beat reading the
            // table, and the amounts' rows are few and found by their key. What the indexes cost is
            // every import's: a third of the database's work on the rows.
            for (String index : new String[] {"catalog_opportunity_sector", "catalog_opportunity_lead_agency",
                "catalog_opportunity_amount_currency"}) {
                s.execute("DROP INDEX " + index);
            }
        }
    }

    /** Queues the list columns of one opportunity, and forgets its items. */
    private static void update(Batch rows, String id, Map<String, List<String>> items) throws SQLException {
        int index = 1;
        for (String kind : LISTS.keySet()) {
            rows.text(index++, OpportunityRows.list(items.getOrDefault(kind, List.of()), Function.identity()));
        }
        rows.text(index, id);
        rows.add();
        items.clear();
        if (rows.pending() >= OpportunityRows.BATCH) {
            rows.flush();
        }
    }
}
