package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.opportunity.IllegalTransitionException;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads opportunity rows (CSV format §2). Immutable and thread-safe. */
final class OpportunityMapper extends RowMapper<Opportunity> {

    private static final ColumnKey ID = ColumnKey.of(Kind.OPPORTUNITIES, "id");
    private static final ColumnKey SECTOR = ColumnKey.of(Kind.OPPORTUNITIES, "sector");
    private static final ColumnKey INVESTMENT = ColumnKey.of(Kind.OPPORTUNITIES, "investment");
    private static final ColumnKey CURRENCY = ColumnKey.of(Kind.OPPORTUNITIES, "currency");
    private static final ColumnKey LEAD_AGENCY = ColumnKey.of(Kind.OPPORTUNITIES, "lead_agency");
    private static final ColumnKey SUMMARY_FA = ColumnKey.of(Kind.OPPORTUNITIES, "summary_fa");
    private static final ColumnKey SUMMARY_EN = ColumnKey.of(Kind.OPPORTUNITIES, "summary_en");
    private static final ColumnKey SUBSECTOR = ColumnKey.of(Kind.OPPORTUNITIES, "subsector");
    private static final ColumnKey AREA = ColumnKey.of(Kind.OPPORTUNITIES, "area");
    private static final ColumnKey ADDRESS = ColumnKey.of(Kind.OPPORTUNITIES, "address");
    private static final ColumnKey LATITUDE = ColumnKey.of(Kind.OPPORTUNITIES, "latitude");
    private static final ColumnKey LONGITUDE = ColumnKey.of(Kind.OPPORTUNITIES, "longitude");
    private static final ColumnKey LAND_AREA_M2 = ColumnKey.of(Kind.OPPORTUNITIES, "land_area_m2");
    private static final ColumnKey LAND_TENURE = ColumnKey.of(Kind.OPPORTUNITIES, "land_tenure");
    private static final ColumnKey STATUS = ColumnKey.of(Kind.OPPORTUNITIES, "status");
    private static final ColumnKey INCENTIVES = ColumnKey.of(Kind.OPPORTUNITIES, "incentives");

    OpportunityMapper(Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        super(Kind.OPPORTUNITIES, context, validator, locale, floor);
    }

    @Override
    @Nullable Opportunity map(Row row) {
        String idText = row.required(ID) ? row.text(ID) : null;
        OpportunityId id = idText == null ? null : OpportunityId.of(idText);
        LocalizedText title = title(row);
        Sector sector = row.required(SECTOR) ? row.code(SECTOR, context().sectors()) : null;
        Investment investment = Amounts.investment(row, INVESTMENT, CURRENCY, floor());
        Agency lead = row.required(LEAD_AGENCY) ? row.code(LEAD_AGENCY, context().agencies()) : null;
        Opportunity.Builder b = Opportunity.builder()
                .id(id)
                .title(title)
                .summary(text(row.text(SUMMARY_FA), row.text(SUMMARY_EN)))
                .sector(sector)
                .subsector(subsector(row, sector))
                .location(new Location(row.text(AREA), row.text(ADDRESS), row.decimal(LATITUDE),
                        row.decimal(LONGITUDE), row.quantity(LAND_AREA_M2), row.code(LAND_TENURE, Context.TENURES)))
                .investment(investment)
                .leadAgency(lead)
                .incentives(incentives(row));
        readColumns(row, b);
        if (id != null) {
            context().current(id).ifPresent(current -> update(row, b, current));
        }
        return build(row, b, Opportunity.Builder::build, Opportunity.Builder::validate,
                id != null && title != null && sector != null && investment != null && lead != null);
    }

    /**
     * A row that names an opportunity of the target catalog updates it: a missing status keeps the
     * opportunity's status, and a change of status is a move of its lifecycle, recorded in its
     * history on the import's day, or an {@code illegal-transition} error on the status cell.
     */
    private void update(Row row, Opportunity.Builder b, Opportunity current) {
        if (row.hasProblem(STATUS)) {
            return;
        }
        if (row.missing(STATUS)) {
            b.status(current.status());
        }
        try {
            b.updating(current, context().day(), null);
        } catch (IllegalTransitionException e) {
            Messages m = row.messages();
            List<String> allowed = e.from().next().stream().map(m::name).toList();
            row.problem(STATUS, ErrorCode.ILLEGAL_TRANSITION, allowed.isEmpty()
                    ? m.get("illegal-transition.final", "id", current.id().value(), "from", m.name(e.from()),
                            "to", m.name(e.to()))
                    : m.get("illegal-transition", "id", current.id().value(), "from", m.name(e.from()),
                            "to", m.name(e.to()), "allowed", String.join(m.comma(), allowed)));
        }
    }

    private @Nullable Subsector subsector(Row row, @Nullable Sector sector) {
        String text = row.text(SUBSECTOR);
        if (text == null) {
            return null;
        }
        if (sector != null) {
            var own = context().subsectors(sector).find(text);
            if (own.isPresent()) {
                return own.get();
            }
        }
        // A subsector of another sector is read, so that validation reports it as outside its sector.
        return row.lookUp(SUBSECTOR, text, context().subsectors());
    }

    private List<IncentiveId> incentives(Row row) {
        List<IncentiveId> ids = new ArrayList<>();
        for (String item : row.list(INCENTIVES)) {
            IncentiveId id = IncentiveId.of(item);
            if (!context().knownIncentives().contains(id.value())) {
                row.problem(INCENTIVES, ErrorCode.UNKNOWN_REFERENCE, unknown(row.messages(), id));
                continue;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * What to do about an incentive that no incentive read or stored has: fix the row of the incentives
     * file that rejected it, add it to the incentives file, or give one.
     */
    private String unknown(Messages m, IncentiveId id) {
        return context().rejected().find(id.value())
                .map(w -> w.sheet() == null
                        ? m.get("unknown-reference.rejected", "value", id.value(), "file", w.file(), "line", w.line())
                        : m.get("unknown-reference.rejected-sheet", "value", id.value(), "file", w.file(),
                                "sheet", w.sheet(), "line", w.line()))
                .orElseGet(() -> m.get(context().incentivesGiven() ? "unknown-reference"
                        : "unknown-reference.no-incentives", "value", id.value()));
    }
}
