package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.InvestmentModel;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.CodeMatcher;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.Locale;

/** Reads incentive rows (CSV format §3). Immutable and thread-safe. */
final class IncentiveMapper extends RowMapper<Incentive> {

    private static final CodeMatcher<IncentiveType> TYPES = CodeMatcher.ofEnum(IncentiveType.class);
    private static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);

    private final ReferenceData reference;
    private final CodeMatcher<Subsector> allSubsectors;

    IncentiveMapper(ReferenceData reference, CatalogValidator validator, Locale locale) {
        super(validator, locale);
        this.reference = reference;
        this.allSubsectors = CodeMatcher.of(reference.sectors().stream().flatMap(s -> s.subsectors().stream())
                .toList());
    }

    @Override
    String id(Incentive value) {
        return value.id().value();
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
        Incentive.Builder b = Incentive.builder(IncentiveId.of(idText == null ? "?" : idText))
                .type(type)
                .title(titleFa, titleEn)
                .legalBasis(row.text("legal_basis"))
                .authority(authority)
                .benefitPercent(row.percent("benefit_percent"))
                .durationYears(row.integer("duration_years"))
                .sectors(row.codes("sectors", reference.sectorMatcher()))
                .subsectors(row.codes("subsectors", allSubsectors))
                .areas(row.list("areas"))
                .investmentModels(row.codes("investment_models", MODELS))
                .minInvestment(minInvestment(row))
                .minDirectJobs(row.integer("min_direct_jobs"))
                .minYouthJobs(row.integer("min_youth_jobs"))
                .validFrom(row.date("valid_from"))
                .validTo(row.date("valid_to"));
        if (idText == null || type == null || (titleFa == null && titleEn == null) || authority == null) {
            return null;
        }
        Incentive incentive = b.build();
        validate(row, incentive);
        return row.hasProblems() ? null : incentive;
    }

    private static Money minInvestment(Row row) {
        return Amounts.money(row, "min_investment", "min_investment_currency", false);
    }
}
