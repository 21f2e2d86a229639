package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.InvestmentModel;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads opportunity rows (CSV format §2). Immutable and thread-safe. */
final class OpportunityMapper extends RowMapper<Opportunity> {

    private static final CodeMatcher<LandTenure> TENURES = CodeMatcher.ofEnum(LandTenure.class);
    private static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);
    private static final CodeMatcher<Status> STATUSES = CodeMatcher.ofEnum(Status.class);

    private final ReferenceData reference;
    private final Context context;

    OpportunityMapper(Context context, CatalogValidator validator, Locale locale) {
        super(validator, locale);
        this.reference = context.referenceData();
        this.context = context;
    }

    @Override
    Opportunity map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        LocalizedText title = title(row);
        Sector sector = row.required("sector") ? row.code("sector", reference.sectorMatcher()) : null;
        Money investment = Amounts.money(row, "investment", "currency", true);
        Agency lead = row.required("lead_agency") ? row.code("lead_agency", reference.agencyMatcher()) : null;
        Opportunity.Builder b = Opportunity.builder()
                .id(idText == null ? null : OpportunityId.of(idText))
                .title(title)
                .summary(text(row.text("summary_fa"), row.text("summary_en")))
                .sector(sector)
                .subsector(subsector(row, sector))
                .location(new Location(row.text("area"), row.text("address"), row.decimal("latitude"),
                        row.decimal("longitude"), row.quantity("land_area_m2"), row.code("land_tenure", TENURES)))
                .investment(investment)
                .investmentModel(row.code("investment_model", MODELS))
                .status(row.code("status", STATUSES))
                .irrPercent(row.percent("irr_percent"))
                .paybackYears(row.decimal("payback_years"))
                .directJobs(row.integer("direct_jobs"))
                .youthJobs(row.integer("youth_jobs"))
                .leadAgency(lead)
                .partnerAgencies(row.codes("partner_agencies", reference.agencyMatcher()))
                .incentives(incentives(row))
                .publishedOn(row.date("published_on"))
                .deadline(row.date("deadline"))
                .contactEmail(row.text("contact_email"))
                .contactPhone(row.text("contact_phone"))
                .feasibilityUrl(row.url("feasibility_url"))
                .tags(row.list("tags"));
        return build(row, b, Opportunity.Builder::build, Opportunity.Builder::validate,
                idText != null && title != null && sector != null && investment != null && lead != null);
    }

    private Subsector subsector(Row row, Sector sector) {
        String text = row.text("subsector");
        if (text == null) {
            return null;
        }
        if (sector != null) {
            var own = reference.subsectorMatcher(sector).find(text);
            if (own.isPresent()) {
                return own.get();
            }
        }
        // A subsector of another sector is read, so that validation reports it as outside its sector.
        return row.lookUp("subsector", text, reference.subsectorMatcher());
    }

    private List<IncentiveId> incentives(Row row) {
        List<IncentiveId> ids = new ArrayList<>();
        for (String item : row.list("incentives")) {
            IncentiveId id = IncentiveId.of(item);
            if (!context.knownIncentives().contains(id.value())) {
                row.problem("incentives", ErrorCode.UNKNOWN_REFERENCE, row.messages().get(
                        context.incentivesGiven() ? "unknown-reference" : "unknown-reference.no-incentives",
                        "value", id.value()));
                continue;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
