package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.SearchText;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Opportunities as rows: one {@code catalog_opportunity} row each, holding its lists (partners,
 * incentives, tags: {@link #list}) and the first part of its investment, with the parts beyond the
 * first in {@code catalog_opportunity_amount} and its status history in {@code catalog_status_change}
 * (both rare). Reads codes back through the store's reference data. Not thread-safe: one per
 * connection.
 */
public final class OpportunityRows implements AutoCloseable {

    /** Rows sent to the database at once. */
    static final int BATCH = 1_000;

    /**
     * Separates the folded texts in the search column and the items of a list column; no text of an
     * opportunity may hold it.
     */
    static final String SEPARATOR = "\u001f";

    private static final String COLUMNS = "title_fa, title_en, summary_fa, summary_en, sector, subsector, area,"
            + " address, latitude, longitude, land_area_m2, land_tenure, investment_text, investment_amount,"
            + " investment_currency, investment_model, status, irr_percent, payback_years, direct_jobs, youth_jobs,"
            + " indirect_jobs, lead_agency, published_on, deadline, contact_email, contact_phone, feasibility_url, search_text,"
            + " area_key, investment_scale, partners, incentives, tags";

    private final ReferenceData referenceData;
    private final Connection connection;
    private final Batch inserts;
    private final Batch updates;
    private final Batch clearHistory;
    private final Batch clearAmounts;
    private final Batch history;
    private final Batch amounts;
    /** The search column of the row being written, reused from row to row. */
    private final StringBuilder search = new StringBuilder(1024);
    /** The folded area of the row being written, reused from row to row. */
    private final StringBuilder areaKey = new StringBuilder(64);
    /** The list columns of the row being written (partners, incentives, tags), reused from row to row. */
    private final StringBuilder partners = new StringBuilder(64);
    private final StringBuilder incentives = new StringBuilder(64);
    private final StringBuilder tags = new StringBuilder(64);
    private @Nullable PreparedStatement find;
    private @Nullable PreparedStatement findHistory;

    /**
     * Rows of one connection, sent a batch at a time: what {@link #find} reads between them is what
     * was sent.
     *
     * @param connection    the connection, in the caller's transaction, not null
     * @param referenceData the codes that rows name, not null
     * @throws SQLException when the statements cannot be prepared
     */
    public OpportunityRows(Connection connection, ReferenceData referenceData) throws SQLException {
        this(connection, referenceData, false);
    }

    /**
     * Rows of one connection that only {@link #insert}s into a table holding none of their ids, with
     * no {@link #find} until {@link #flush()}: on PostgreSQL the opportunities' rows are streamed to
     * the database as they come, in one {@code COPY} that only the rare rows of amounts and histories
     * interrupt, so that the database stores rows while the caller reads the next ones. Elsewhere
     * they are sent a batch at a time, as by the constructor's rows.
     *
     * @param connection    the connection, in the caller's transaction, not null
     * @param referenceData the codes that rows name, not null
     * @return the rows, never null
     * @throws SQLException when the statements cannot be prepared
     */
    public static OpportunityRows streaming(Connection connection, ReferenceData referenceData) throws SQLException {
        return new OpportunityRows(connection, referenceData, true);
    }

    private OpportunityRows(Connection connection, ReferenceData referenceData, boolean streaming)
            throws SQLException {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.inserts = Batch.insert(connection, "catalog_opportunity", COLUMNS + ", id", streaming);
        this.updates = Batch.of(connection, "UPDATE catalog_opportunity SET "
                + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?");
        this.clearHistory = Batch.of(connection, "DELETE FROM catalog_status_change WHERE opportunity_id = ?");
        this.clearAmounts = Batch.of(connection, "DELETE FROM catalog_opportunity_amount WHERE opportunity_id = ?");
        this.history = Batch.insert(connection, "catalog_status_change",
                "opportunity_id, position, from_status, to_status, changed_on, note");
        this.amounts = SearchColumns.amounts(connection);
    }

    /**
     * Queues a new opportunity, written at the latest by {@link #flush()}.
     *
     * @param o the opportunity, not null
     * @throws SQLException when a batch cannot be written
     */
    public void insert(Opportunity o) throws SQLException {
        bind(inserts, o);
        inserts.add();
        children(o);
    }

    /**
     * Queues the replacement of a stored opportunity, written at the latest by {@link #flush()}.
     *
     * @param o the opportunity, not null
     * @throws SQLException when a batch cannot be written
     */
    public void update(Opportunity o) throws SQLException {
        bind(updates, o);
        updates.add();
        clearHistory.text(1, o.id().value());
        clearHistory.add();
        clearAmounts.text(1, o.id().value());
        clearAmounts.add();
        children(o);
    }

    private void children(Opportunity o) throws SQLException {
        String id = o.id().value();
        List<Money> parts = o.investment().parts();
        SearchColumns.addAmounts(amounts, id, parts.subList(1, parts.size()));
        int position = 0;
        for (StatusChange c : o.history()) {
            history.text(1, id);
            history.whole(2, position++);
            history.text(3, c.from().name());
            history.text(4, c.to().name());
            history.date(5, c.date());
            history.text(6, c.note());
            history.add();
        }
        if ((inserts.streams() ? 0 : inserts.pending()) + updates.pending() + history.pending() + amounts.pending()
                >= BATCH) {
            flush();
        }
    }

    /**
     * Writes what is queued: rows first, then the amounts and histories they replace and hold.
     *
     * @throws SQLException when a batch cannot be written
     */
    public void flush() throws SQLException {
        inserts.flush();
        updates.flush();
        clearHistory.flush();
        clearAmounts.flush();
        history.flush();
        amounts.flush();
    }

    private void bind(Batch b, Opportunity o) throws SQLException {
        LocalizedText summary = o.summary();
        Location at = o.location();
        b.text(1, o.title().fa());
        b.text(2, o.title().en());
        b.text(3, summary == null ? null : summary.fa());
        b.text(4, summary == null ? null : summary.en());
        b.text(5, o.sector().code());
        Subsector subsector = o.subsector();
        b.text(6, subsector == null ? null : subsector.code());
        b.text(7, at.area());
        b.text(8, at.address());
        b.decimal(9, at.latitude());
        b.decimal(10, at.longitude());
        b.decimal(11, at.landAreaM2());
        LandTenure tenure = at.landTenure();
        b.text(12, tenure == null ? null : tenure.name());
        b.text(13, o.investment().toString());
        b.number(14, o.investment().first().amount());
        b.text(15, o.investment().first().currency().getCurrencyCode());
        InvestmentModel model = o.investmentModel();
        b.text(16, model == null ? null : model.name());
        b.text(17, o.status().name());
        b.decimal(18, o.irrPercent());
        b.decimal(19, o.paybackYears());
        b.whole(20, o.directJobs());
        b.whole(21, o.youthJobs());
        b.whole(22, o.indirectJobs());
        b.text(23, o.leadAgency().code());
        b.date(24, o.publishedOn());
        b.date(25, o.deadline());
        b.text(26, o.contactEmail());
        b.text(27, o.contactPhone());
        URI url = o.feasibilityUrl();
        b.text(28, url == null ? null : url.toString());
        b.text(29, searchText(o, search));
        b.text(30, SearchColumns.areaKey(at.area(), areaKey));
        b.whole(31, o.investment().first().amount().scale());
        b.text(32, list(o.partnerAgencies(), Agency::code, emptied(partners)));
        b.text(33, list(o.incentives(), IncentiveId::value, emptied(incentives)));
        b.text(34, list(o.tags(), Function.identity(), emptied(tags)));
        b.text(35, o.id().value());
    }


    private static StringBuilder emptied(StringBuilder out) {
        out.setLength(0);
        return out;
    }

    /**
     * The search column of an opportunity: its titles, summaries and tags folded as text search
     * compares them ({@link SearchText#fold}), apart.
     *
     * @param o   the opportunity, not null
     * @param out where to write it, emptied first; not null
     * @return {@code out}, holding the text
     */
    private static StringBuilder searchText(Opportunity o, StringBuilder out) {
        out.setLength(0);
        out.append(SEPARATOR);
        LocalizedText summary = o.summary();
        folded(out, o.title().fa());
        folded(out, o.title().en());
        if (summary != null) {
            folded(out, summary.fa());
            folded(out, summary.en());
        }
        for (String tag : o.tags()) {
            folded(out, tag);
        }
        return out.length() == 1 ? out.append(SEPARATOR) : out;
    }

    /** Appends a text folded and a separator, when there is a text. */
    private static void folded(StringBuilder out, @Nullable String text) {
        if (text != null) {
            SearchText.fold(text, out).append(SEPARATOR);
        }
    }

    /**
     * A list as its column keeps it: nothing for an empty list, otherwise each item after a
     * {@link #SEPARATOR} and one more at the end, so that an item is found whole by
     * {@code LIKE '%␟item␟%'} ({@link Condition}).
     *
     * @param items the items, not null
     * @param text  each item's text, none holding the separator
     * @param <T>   the items' type
     * @return the column's text, never null
     */
    static <T> String list(List<T> items, Function<T, String> text) {
        return list(items, text, new StringBuilder()).toString();
    }

    /**
     * Appends a list as its column keeps it ({@link #list(List, Function)}) to a builder, without a
     * string of its own.
     *
     * @param items the items, not null
     * @param text  each item's text, none holding the separator
     * @param out   where to append it, not null
     * @param <T>   the items' type
     * @return {@code out}
     */
    static <T> StringBuilder list(List<T> items, Function<T, String> text, StringBuilder out) {
        if (items.isEmpty()) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            out.append(SEPARATOR).append(text.apply(items.get(i)));
        }
        return out.append(SEPARATOR);
    }

    /** The items of a list column's text ({@link #list}). */
    private static List<String> items(@Nullable String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return List.of(column.substring(1, column.length() - 1).split(SEPARATOR, -1));
    }

    /**
     * The stored opportunity with an id.
     *
     * @param id the id, not null
     * @return the opportunity, or empty when none is stored
     * @throws SQLException when it cannot be read
     */
    public Optional<Opportunity> find(OpportunityId id) throws SQLException {
        if (find == null) {
            find = connection.prepareStatement("SELECT id, " + COLUMNS + " FROM catalog_opportunity WHERE id = ?");
            findHistory = connection.prepareStatement("SELECT opportunity_id, from_status, to_status, changed_on, note"
                    + " FROM catalog_status_change WHERE opportunity_id = ? ORDER BY position");
        }
        PreparedStatement main = Objects.requireNonNull(find);
        main.setString(1, id.value());
        try (ResultSet rs = main.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Histories lists = new Histories();
            PreparedStatement historyQuery = Objects.requireNonNull(findHistory);
            historyQuery.setString(1, id.value());
            try (ResultSet r = historyQuery.executeQuery()) {
                lists.readHistory(r);
            }
            return Optional.of(read(rs, lists));
        }
    }

    /**
     * Every stored opportunity, in the order of their ids.
     *
     * @return the opportunities, never null
     * @throws SQLException when they cannot be read
     */
    public List<Opportunity> all() throws SQLException {
        return select("", List.of(), "SELECT id, " + COLUMNS + " FROM catalog_opportunity ORDER BY id");
    }

    /**
     * The next batch of stored opportunities in the order of their ids: at most {@value #BATCH} of
     * them, those whose id comes after the one given.
     *
     * @param last the id of the last opportunity of the batch before, or null for the first batch
     * @return the batch, empty after the last one; never null
     * @throws SQLException when they cannot be read
     */
    public List<Opportunity> after(@Nullable OpportunityId last) throws SQLException {
        return last == null ? page("1 = 1", List.of(), "o.id", 0, BATCH)
                : page("o.id > ?", List.of(last.value()), "o.id", 0, BATCH);
    }

    /**
     * One page of the stored opportunities that meet a condition: the page's ids are found first,
     * then their rows and lists, a batch of ids at a time.
     *
     * @param condition  an SQL condition on {@code catalog_opportunity o}, not null
     * @param parameters the condition's parameters, in order, not null
     * @param order      the SQL order of the page's rows, not null
     * @param offset     how many matching rows come before the page
     * @param limit      how many rows the page holds at most
     * @return the page's opportunities, in order, never null
     * @throws SQLException when they cannot be read
     */
    public List<Opportunity> page(String condition, List<Object> parameters, String order, long offset, long limit)
            throws SQLException {
        List<Object> bounds = new ArrayList<>(parameters);
        bounds.add(offset);
        bounds.add(limit);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT o.id FROM catalog_opportunity o WHERE "
                + condition + " ORDER BY " + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            Condition.bind(ps, bounds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        Map<String, Opportunity> read = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Object> batch = List.copyOf(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            String in = " IN (" + "?, ".repeat(batch.size() - 1) + "?)";
            for (Opportunity o : select(" WHERE opportunity_id" + in, batch,
                    "SELECT id, " + COLUMNS + " FROM catalog_opportunity WHERE id" + in)) {
                read.put(o.id().value(), o);
            }
        }
        return ids.stream().map(read::get).toList();
    }

    /** Opportunities read by a query of rows, with the histories a condition on their owner's id selects. */
    private List<Opportunity> select(String of, List<Object> parameters, String rows) throws SQLException {
        Histories lists = new Histories();
        try (PreparedStatement ps = connection.prepareStatement("SELECT opportunity_id, from_status, to_status,"
                + " changed_on, note FROM catalog_status_change" + of + " ORDER BY opportunity_id, position")) {
            Condition.bind(ps, parameters);
            try (ResultSet r = ps.executeQuery()) {
                lists.readHistory(r);
            }
        }
        List<Opportunity> all = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(rows)) {
            Condition.bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(read(rs, lists));
                }
            }
        }
        return all;
    }

    /** The histories of opportunities, by id, as read. */
    private static final class Histories {
        final Map<String, List<StatusChange>> history = new HashMap<>();

        void readHistory(ResultSet r) throws SQLException {
            while (r.next()) {
                history.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new StatusChange(
                        Status.valueOf(r.getString(2)), Status.valueOf(r.getString(3)),
                        Objects.requireNonNull(Cells.date(r, "changed_on")), r.getString(5)));
            }
        }
    }

    private Opportunity read(ResultSet rs, Histories lists) throws SQLException {
        String id = rs.getString("id");
        Sector sector = referenceData.sector(rs.getString("sector"))
                .orElseThrow(() -> unknown(id, "sector", "sector"));
        String subsectorCode = rs.getString("subsector");
        Subsector subsector = subsectorCode == null ? null
                : sector.subsector(subsectorCode).orElseThrow(() -> unknown(id, "subsector", "subsector"));
        String tenure = rs.getString("land_tenure");
        String model = rs.getString("investment_model");
        String url = rs.getString("feasibility_url");
        String summaryFa = rs.getString("summary_fa");
        String summaryEn = rs.getString("summary_en");
        List<Agency> partners = new ArrayList<>();
        for (String code : items(rs.getString("partners"))) {
            partners.add(agency(id, code));
        }
        return new Opportunity(
                new OpportunityId(id),
                new LocalizedText(rs.getString("title_fa"), rs.getString("title_en")),
                summaryFa == null && summaryEn == null ? null : new LocalizedText(summaryFa, summaryEn),
                sector,
                subsector,
                new Location(rs.getString("area"), rs.getString("address"), Cells.decimal(rs, "latitude"),
                        Cells.decimal(rs, "longitude"), Cells.decimal(rs, "land_area_m2"),
                        tenure == null ? null : LandTenure.valueOf(tenure)),
                Investment.parse(rs.getString("investment_text")),
                model == null ? null : InvestmentModel.valueOf(model),
                Status.valueOf(rs.getString("status")),
                Cells.decimal(rs, "irr_percent"),
                Cells.decimal(rs, "payback_years"),
                Cells.whole(rs, "direct_jobs"),
                Cells.whole(rs, "youth_jobs"),
                Cells.whole(rs, "indirect_jobs"),
                agency(id, rs.getString("lead_agency")),
                partners,
                items(rs.getString("incentives")).stream().map(IncentiveId::new).toList(),
                Cells.date(rs, "published_on"),
                Cells.date(rs, "deadline"),
                rs.getString("contact_email"),
                rs.getString("contact_phone"),
                url == null ? null : URI.create(url),
                items(rs.getString("tags")),
                lists.history.getOrDefault(id, List.of()));
    }

    private Agency agency(String id, String code) {
        return referenceData.agency(code).orElseThrow(() -> unknown(id, "agency " + code, "agency"));
    }

    private static IllegalStateException unknown(String id, String what, String kind) {
        return new IllegalStateException("The stored opportunity " + id + " names a " + what
                + " that the store's reference data does not hold: open the store with the reference data"
                + " it was written with, or add the " + kind + " to it");
    }

    @Override
    public void close() throws SQLException {
        try (inserts; updates; clearHistory; clearAmounts; history; amounts) {
            for (PreparedStatement ps : new PreparedStatement[] {find, findHistory}) {
                if (ps != null) {
                    ps.close();
                }
            }
        }
    }
}
