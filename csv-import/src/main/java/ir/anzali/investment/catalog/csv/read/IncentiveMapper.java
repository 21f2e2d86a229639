package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.InvestmentModel;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        String titleFa = row.text("title_fa");
        String titleEn = row.text("title_en");
        if (titleFa == null && titleEn == null) {
            row.problem("title_fa", ErrorCode.REQUIRED, row.messages().get("required.title"));
        }
        Agency authority = row.required("authority") ? row.code("authority", reference.agencyMatcher()) : null;
        String legalBasis = row.text("legal_basis");
        BigDecimal benefit = row.percent("benefit_percent");
        Integer duration = row.integer("duration_years");
        List<Sector> sectors = row.codes("sectors", reference.sectorMatcher());
        List<Subsector> subsectors = row.codes("subsectors", reference.subsectorMatcher());
        List<String> areas = row.list("areas");
        List<InvestmentModel> models = row.codes("investment_models", MODELS);
        Money minInvestment = Amounts.money(row, "min_investment", "min_investment_currency", false);
        Integer minDirectJobs = row.integer("min_direct_jobs");
        Integer minYouthJobs = row.integer("min_youth_jobs");
        LocalDate validFrom = row.date("valid_from");
        LocalDate validTo = row.date("valid_to");
        if (idText == null || type == null || (titleFa == null && titleEn == null) || authority == null) {
            validateId(row, IncentiveId.class, idText);
            validateValues(row, Incentive.class, "title", text(titleFa, titleEn),
                    Incentive.class, "legalBasis", legalBasis,
                    Incentive.class, "benefitPercent", benefit,
                    Incentive.class, "durationYears", duration,
                    Incentive.class, "minInvestment", minInvestment,
                    Incentive.class, "minDirectJobs", minDirectJobs,
                    Incentive.class, "minYouthJobs", minYouthJobs);
            return null;
        }
        Incentive.Builder b = Incentive.builder(IncentiveId.of(idText))
                .type(type)
                .title(text(titleFa, titleEn))
                .legalBasis(legalBasis)
                .authority(authority)
                .benefitPercent(benefit)
                .durationYears(duration)
                .sectors(sectors)
                .subsectors(subsectors)
                .areas(areas)
                .investmentModels(models)
                .minInvestment(minInvestment)
                .minDirectJobs(minDirectJobs)
                .minYouthJobs(minYouthJobs)
                .validFrom(validFrom)
                .validTo(validTo);
        Incentive incentive = b.build();
        validate(row, incentive);
        return row.hasProblems() ? null : incentive;
    }
}
