package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.opportunity.InvestmentModel;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.Locale;

/** Reads incentive rows (CSV format §3). Immutable and thread-safe. */
final class IncentiveMapper extends RowMapper<Incentive> {

    private static final CodeMatcher<IncentiveType> TYPES = CodeMatcher.ofEnum(IncentiveType.class);
    private static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);

    private final ReferenceData reference;

    IncentiveMapper(ReferenceData reference, CatalogValidator validator, Locale locale) {
        super(validator, locale);
        this.reference = reference;
    }

    @Override
    Incentive map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        IncentiveType type = row.required("type") ? row.code("type", TYPES) : null;
        LocalizedText title = title(row);
        Agency authority = row.required("authority") ? row.code("authority", reference.agencyMatcher()) : null;
        Incentive.Builder b = Incentive.builder()
                .id(idText == null ? null : IncentiveId.of(idText))
                .type(type)
                .title(title)
                .legalBasis(row.text("legal_basis"))
                .authority(authority)
                .benefitPercent(row.percent("benefit_percent"))
                .durationYears(row.integer("duration_years"))
                .sectors(row.codes("sectors", reference.sectorMatcher()))
                .subsectors(row.codes("subsectors", reference.subsectorMatcher()))
                .areas(row.list("areas"))
                .investmentModels(row.codes("investment_models", MODELS))
                .minInvestment(Amounts.money(row, "min_investment", "min_investment_currency", false))
                .minDirectJobs(row.integer("min_direct_jobs"))
                .minYouthJobs(row.integer("min_youth_jobs"))
                .validFrom(row.date("valid_from"))
                .validTo(row.date("valid_to"));
        return build(row, b, Incentive.Builder::build, Incentive.Builder::validate,
                idText != null && type != null && title != null && authority != null);
    }
}
