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

    OpportunityMapper(Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        super(Kind.OPPORTUNITIES, context, validator, locale, floor);
    }

    @Override
    @Nullable Opportunity map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        OpportunityId id = idText == null ? null : OpportunityId.of(idText);
        LocalizedText title = title(row);
        Sector sector = row.required("sector") ? row.code("sector", context().sectors()) : null;
        Investment investment = Amounts.investment(row, "investment", "currency", floor());
        Agency lead = row.required("lead_agency") ? row.code("lead_agency", context().agencies()) : null;
        Opportunity.Builder b = Opportunity.builder()
                .id(id)
                .title(title)
                .summary(text(row.text("summary_fa"), row.text("summary_en")))
                .sector(sector)
                .subsector(subsector(row, sector))
                .location(new Location(row.text("area"), row.text("address"), row.decimal("latitude"),
                        row.decimal("longitude"), row.quantity("land_area_m2"), row.code("land_tenure", Context.TENURES)))
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
        if (row.problems().stream().anyMatch(p -> "status".equals(p.column()))) {
            return;
        }
        if (row.missing("status")) {
            b.status(current.status());
        }
        try {
            b.updating(current, context().day(), null);
        } catch (IllegalTransitionException e) {
            Messages m = row.messages();
            List<String> allowed = e.from().next().stream().map(m::name).toList();
            row.problem("status", ErrorCode.ILLEGAL_TRANSITION, allowed.isEmpty()
                    ? m.get("illegal-transition.final", "id", current.id().value(), "from", m.name(e.from()),
                            "to", m.name(e.to()))
                    : m.get("illegal-transition", "id", current.id().value(), "from", m.name(e.from()),
                            "to", m.name(e.to()), "allowed", String.join(m.comma(), allowed)));
        }
    }

    private @Nullable Subsector subsector(Row row, @Nullable Sector sector) {
        String text = row.text("subsector");
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
        return row.lookUp("subsector", text, context().subsectors());
    }

    private List<IncentiveId> incentives(Row row) {
        List<IncentiveId> ids = new ArrayList<>();
        for (String item : row.list("incentives")) {
            IncentiveId id = IncentiveId.of(item);
            if (!context().knownIncentives().contains(id.value())) {
                row.problem("incentives", ErrorCode.UNKNOWN_REFERENCE, unknown(row.messages(), id));
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
