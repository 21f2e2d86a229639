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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads opportunity rows (CSV format §2). Immutable and thread-safe. */
final class OpportunityMapper extends RowMapper<Opportunity> {

    private static final CodeMatcher<LandTenure> TENURES = CodeMatcher.ofEnum(LandTenure.class);
    private static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);
    private static final CodeMatcher<Status> STATUSES = CodeMatcher.ofEnum(Status.class);

    private final ReferenceData reference;
    private final Set<String> knownIncentives;

    /**
     * @param knownIncentives the incentive ids references may name, or null to leave references unchecked
     */
    OpportunityMapper(ReferenceData reference, CatalogValidator validator, Locale locale, Set<String> knownIncentives) {
        super(validator, locale);
        this.reference = reference;
        this.knownIncentives = knownIncentives;
    }

    @Override
    Opportunity map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        String titleFa = row.text("title_fa");
        String titleEn = row.text("title_en");
        if (titleFa == null && titleEn == null) {
            row.problem("title_fa", ErrorCode.REQUIRED, row.messages().get("required.title"));
        }
        Sector sector = row.required("sector") ? row.code("sector", reference.sectorMatcher()) : null;
        Subsector subsector = subsector(row, sector);
        Location location = new Location(row.text("area"), row.text("address"), row.decimal("latitude"),
                row.decimal("longitude"), row.decimal("land_area_m2"), row.code("land_tenure", TENURES));
        Money investment = Amounts.money(row, "investment", "currency", true);
        InvestmentModel model = row.code("investment_model", MODELS);
        Status status = row.code("status", STATUSES);
        Agency lead = row.required("lead_agency") ? row.code("lead_agency", reference.agencyMatcher()) : null;
        List<Agency> partners = row.codes("partner_agencies", reference.agencyMatcher());
        List<IncentiveId> incentives = incentives(row);
        LocalizedText summary = text(row.text("summary_fa"), row.text("summary_en"));
        BigDecimal irr = row.percent("irr_percent");
        BigDecimal payback = row.decimal("payback_years");
        Integer directJobs = row.integer("direct_jobs");
        Integer youthJobs = row.integer("youth_jobs");
        String email = row.text("contact_email");
        String phone = row.text("contact_phone");
        URI url = row.url("feasibility_url");
        if (idText == null || (titleFa == null && titleEn == null) || sector == null || investment == null
                || lead == null || (status == null && !row.missing("status"))) {
            validate(row, location);
            validateId(row, OpportunityId.class, idText);
            validateValues(row, Opportunity.class, "title", LocalizedText.ofNullable(titleFa, titleEn),
                    Opportunity.class, "summary", summary,
                    Opportunity.class, "investment", investment,
                    Opportunity.class, "irrPercent", irr,
                    Opportunity.class, "paybackYears", payback,
                    Opportunity.class, "directJobs", directJobs,
                    Opportunity.class, "youthJobs", youthJobs,
                    Opportunity.class, "contactEmail", email,
                    Opportunity.class, "contactPhone", phone,
                    Opportunity.class, "feasibilityUrl", url);
            return null;
        }
        Opportunity.Builder b = Opportunity.builder(OpportunityId.of(idText))
                .title(text(titleFa, titleEn))
                .summary(summary)
                .sector(sector)
                .subsector(subsector)
                .location(location)
                .investment(investment)
                .investmentModel(model)
                .status(status)
                .irrPercent(irr)
                .paybackYears(payback)
                .directJobs(directJobs)
                .youthJobs(youthJobs)
                .leadAgency(lead)
                .partnerAgencies(partners)
                .incentives(incentives)
                .publishedOn(row.date("published_on"))
                .deadline(row.date("deadline"))
                .contactEmail(email)
                .contactPhone(phone)
                .feasibilityUrl(url)
                .tags(row.list("tags"));
        Opportunity opportunity = b.build();
        validate(row, opportunity);
        return row.hasProblems() ? null : opportunity;
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
            if (knownIncentives != null && !knownIncentives.contains(id.value())) {
                row.problem("incentives", ErrorCode.UNKNOWN_REFERENCE,
                        row.messages().get("unknown-reference", "value", id.value()));
                continue;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
