package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.query.AgencyRole;
import ir.anzali.investment.catalog.query.Criterion;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The criteria of an {@link OpportunityQuery} as an SQL condition on {@code catalog_opportunity o},
 * with its parameters, and the query's order: the same opportunities, in the same order, as the
 * query finds in memory.
 *
 * @param sql        the condition, not null
 * @param parameters its parameters, in order, unmodifiable
 */
public record Condition(String sql, List<Object> parameters) {

    /** What {@code LIKE} escapes with. */
    private static final char ESCAPE = '!';
    /** Whether a list column holds an item, given as {@link #item}. */
    static final String HOLDS = " LIKE ? ESCAPE '" + ESCAPE + "'";
    private static final String PARTNER_OF = "o.partners" + HOLDS;

    /**
     * Copies.
     *
     * @throws NullPointerException when a part is null
     */
    public Condition {
        parameters = List.copyOf(parameters);
    }

    /**
     * The condition of a query's criteria.
     *
     * @param query the query, not null
     * @return the condition, never null
     * @throws IllegalArgumentException when the query asks whether an incentive is available, which
     *                                  is judged in memory only
     */
    public static Condition of(OpportunityQuery query) {
        StringJoiner sql = new StringJoiner(" AND ");
        sql.add("1 = 1");
        List<Object> parameters = new ArrayList<>();
        for (Criterion c : query.criteria()) {
            if (c instanceof Criterion.OfSector s) {
                sql.add("o.sector = ?");
                parameters.add(s.code());
            } else if (c instanceof Criterion.OfSubsector s) {
                sql.add("o.subsector = ?");
                parameters.add(s.code());
            } else if (c instanceof Criterion.InStatuses s) {
                sql.add("o.status IN (" + "?, ".repeat(s.statuses().size() - 1) + "?)");
                s.statuses().stream().map(Status::name).forEach(parameters::add);
            } else if (c instanceof Criterion.OfAgency a) {
                sql.add(agency(a.role()));
                if (a.role() != AgencyRole.PARTNER) {
                    parameters.add(a.code());
                }
                if (a.role() != AgencyRole.LEAD) {
                    parameters.add(item(a.code()));
                }
            } else if (c instanceof Criterion.InArea a) {
                sql.add("o.area_key = ?");
                parameters.add(a.folded());
            } else if (c instanceof Criterion.InvestmentBetween i) {
                sql.add("((o.investment_currency = ?" + (i.min() == null ? "" : " AND o.investment_amount >= ?")
                        + (i.max() == null ? "" : " AND o.investment_amount <= ?") + ")"
                        + " OR EXISTS (SELECT 1 FROM catalog_opportunity_amount a WHERE a.opportunity_id = o.id"
                        + " AND a.currency = ?" + (i.min() == null ? "" : " AND a.amount >= ?")
                        + (i.max() == null ? "" : " AND a.amount <= ?") + "))");
                for (int twice = 0; twice < 2; twice++) {
                    parameters.add(i.currency().getCurrencyCode());
                    if (i.min() != null) {
                        parameters.add(i.min());
                    }
                    if (i.max() != null) {
                        parameters.add(i.max());
                    }
                }
            } else if (c instanceof Criterion.MinDirectJobs j) {
                sql.add("o.direct_jobs >= ?");
                parameters.add(j.jobs());
            } else if (c instanceof Criterion.MinYouthJobs j) {
                sql.add("o.youth_jobs >= ?");
                parameters.add(j.jobs());
            } else if (c instanceof Criterion.ContainsText t && t.folded().contains(OpportunityRows.SEPARATOR)) {
                sql.add("1 = 0"); // no text may hold the separator, so no text contains the needle
            } else if (c instanceof Criterion.ContainsText t) {
                sql.add("o.search_text LIKE ? ESCAPE '" + ESCAPE + "'");
                parameters.add("%" + like(t.folded()) + "%");
            } else {
                throw new IllegalArgumentException("Whether an incentive is available is judged in memory, not in"
                        + " the database: load() the catalog and run the query on it");
            }
        }
        return new Condition(sql.toString(), parameters);
    }

    private static String agency(AgencyRole role) {
        return switch (role) {
            case LEAD -> "o.lead_agency = ?";
            case PARTNER -> PARTNER_OF;
            case ANY -> "(o.lead_agency = ? OR " + PARTNER_OF + ")";
        };
    }

    /**
     * The pattern of {@link #HOLDS} for an item of a list column: the item whole, between separators.
     *
     * @param item the item, not null
     * @return the pattern, never null
     */
    static String item(String item) {
        return "%" + OpportunityRows.SEPARATOR + like(item) + OpportunityRows.SEPARATOR + "%";
    }

    /** A text matched literally by {@code LIKE}: its wildcards and the escape character escaped. */
    private static String like(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }

    /**
     * The SQL order of a query's results: its key in its direction, absent values last either way,
     * ties by id; an investment by its first part's currency, then amount.
     *
     * @param query    the query, not null
     * @param postgres whether the database is PostgreSQL, whose text order must be made that of Java
     * @return the {@code ORDER BY} list, never null
     */
    public static String order(OpportunityQuery query, boolean postgres) {
        String binary = postgres ? " COLLATE \"C\"" : "";
        String direction = query.descending() ? " DESC" : "";
        String id = "o.id" + binary;
        String key = switch (query.sortKey()) {
            case INVESTMENT -> "o.investment_currency" + binary + ", o.investment_amount" + direction;
            case PUBLISHED_ON -> nullsLast("o.published_on", direction);
            case DEADLINE -> nullsLast("o.deadline", direction);
            case DIRECT_JOBS -> nullsLast("o.direct_jobs", direction);
            case YOUTH_JOBS -> nullsLast("o.youth_jobs", direction);
            case ID -> id + direction;
        };
        return key + ", " + id;
    }

    private static String nullsLast(String column, String direction) {
        return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column + direction;
    }

    /**
     * Sets a statement's parameters, from the first.
     *
     * @param ps         the statement, not null
     * @param parameters the values, not null
     * @throws SQLException when one cannot be set
     */
    public static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }
}
