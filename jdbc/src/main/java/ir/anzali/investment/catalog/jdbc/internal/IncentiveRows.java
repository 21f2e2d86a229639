package ir.anzali.investment.catalog.jdbc.internal;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Incentives as rows: the {@code catalog_incentive} row with its eligibility lists in
 * {@code catalog_incentive_condition}. Not thread-safe: one per connection.
 */
public final class IncentiveRows {

    private static final String SECTOR = "SECTOR";
    private static final String SUBSECTOR = "SUBSECTOR";
    private static final String AREA = "AREA";
    private static final String MODEL = "MODEL";
    private static final String COLUMNS = "incentive_type, title_fa, title_en, legal_basis, authority,"
            + " benefit_percent, duration_years, min_investment_amount, min_investment_currency, min_direct_jobs,"
            + " min_youth_jobs, valid_from, valid_to";

    private final Connection connection;
    private final ReferenceData referenceData;

    /**
     * Rows of one connection.
     *
     * @param connection    the connection, in the caller's transaction, not null
     * @param referenceData the codes that rows name, not null
     */
    public IncentiveRows(Connection connection, ReferenceData referenceData) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    }

    /**
     * Writes incentives: a new id is inserted, a stored one replaced.
     *
     * @param added   the incentives to insert, not null
     * @param updated the incentives to replace, not null
     * @throws SQLException when they cannot be written
     */
    public void write(List<Incentive> added, List<Incentive> updated) throws SQLException {
        try (Batch insert = Batch.insert(connection, "catalog_incentive", COLUMNS + ", id");
                Batch update = Batch.of(connection, "UPDATE catalog_incentive SET "
                        + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?");
                Batch clear = Batch.of(connection, "DELETE FROM catalog_incentive_condition WHERE incentive_id = ?");
                Batch conditions = Batch.insert(connection, "catalog_incentive_condition",
                        "incentive_id, kind, position, item")) {
            for (Incentive i : added) {
                bind(insert, i);
                insert.add();
            }
            for (Incentive i : updated) {
                bind(update, i);
                update.add();
                clear.text(1, i.id().value());
                clear.add();
            }
            insert.flush();
            update.flush();
            clear.flush();
            for (Incentive i : Stream.concat(added.stream(), updated.stream()).toList()) {
                String id = i.id().value();
                conditions.addList(id, SECTOR, i.sectors().stream().map(Sector::code));
                conditions.addList(id, SUBSECTOR, i.subsectors().stream().map(Subsector::code));
                conditions.addList(id, AREA, i.areas().stream());
                conditions.addList(id, MODEL, i.investmentModels().stream().map(InvestmentModel::name));
            }
            conditions.flush();
        }
    }


    private static void bind(Batch b, Incentive i) throws SQLException {
        b.text(1, i.type().name());
        b.text(2, i.title().fa());
        b.text(3, i.title().en());
        b.text(4, i.legalBasis());
        b.text(5, i.authority().code());
        b.decimal(6, i.benefitPercent());
        b.whole(7, i.durationYears());
        Money min = i.minInvestment();
        b.decimal(8, min == null ? null : min.amount());
        b.text(9, min == null ? null : min.currency().getCurrencyCode());
        b.whole(10, i.minDirectJobs());
        b.whole(11, i.minYouthJobs());
        b.date(12, i.validFrom());
        b.date(13, i.validTo());
        b.text(14, i.id().value());
    }

    /**
     * Every stored incentive, in the order of their ids.
     *
     * @return the incentives, never null
     * @throws SQLException when they cannot be read
     */
    public List<Incentive> all() throws SQLException {
        Map<String, Map<String, List<String>>> lists = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT incentive_id, kind, item"
                + " FROM catalog_incentive_condition ORDER BY incentive_id, kind, position");
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                lists.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(3));
            }
        }
        List<Incentive> all = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, " + COLUMNS
                + " FROM catalog_incentive ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                Map<String, List<String>> of = lists.getOrDefault(id, Map.of());
                String minAmount = rs.getString("min_investment_amount");
                all.add(new Incentive(
                        new IncentiveId(id),
                        IncentiveType.valueOf(rs.getString("incentive_type")),
                        new LocalizedText(rs.getString("title_fa"), rs.getString("title_en")),
                        rs.getString("legal_basis"),
                        agency(id, rs.getString("authority")),
                        Cells.decimal(rs, "benefit_percent"),
                        Cells.whole(rs, "duration_years"),
                        codes(id, of, SECTOR, code -> referenceData.sector(code).orElse(null)),
                        codes(id, of, SUBSECTOR, code -> referenceData.findSubsector(code).orElse(null)),
                        of.getOrDefault(AREA, List.of()),
                        of.getOrDefault(MODEL, List.of()).stream().map(InvestmentModel::valueOf).toList(),
                        minAmount == null ? null : new Money(
                                Currency.getInstance(rs.getString("min_investment_currency")),
                                Objects.requireNonNull(Cells.decimal(rs, "min_investment_amount"))),
                        Cells.whole(rs, "min_direct_jobs"),
                        Cells.whole(rs, "min_youth_jobs"),
                        Cells.date(rs, "valid_from"),
                        Cells.date(rs, "valid_to")));
            }
        }
        return all;
    }

    private interface Lookup<T> {
        @Nullable T find(String code);
    }

    private static <T> List<T> codes(String id, Map<String, List<String>> lists, String kind, Lookup<T> lookup) {
        List<T> found = new ArrayList<>();
        for (String code : lists.getOrDefault(kind, List.of())) {
            T value = lookup.find(code);
            if (value == null) {
                throw new IllegalStateException("The stored incentive " + id + " names the " + kind.toLowerCase(Locale.ROOT)
                        + " " + code + ", which the store's reference data does not hold: open the store with the"
                        + " reference data it was written with");
            }
            found.add(value);
        }
        return found;
    }

    private Agency agency(String id, String code) {
        return referenceData.agency(code).orElseThrow(() -> new IllegalStateException("The stored incentive " + id
                + " names the agency " + code + ", which the store's reference data does not hold: open the store"
                + " with the reference data it was written with"));
    }
}
