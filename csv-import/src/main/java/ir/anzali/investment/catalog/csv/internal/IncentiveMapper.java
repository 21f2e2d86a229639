package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads incentive rows (CSV format §3) and writes incentives back as rows. Immutable and thread-safe. */
final class IncentiveMapper extends RowMapper<Incentive> {

    private static final CodeMatcher<IncentiveType> TYPES = CodeMatcher.ofEnum(IncentiveType.class);
    private static final CodeMatcher<InvestmentModel> MODELS = CodeMatcher.ofEnum(InvestmentModel.class);

    /** The columns that hold one value of one property, in the order they are read. */
    static final List<Field<Incentive, Incentive.Builder>> FIELDS = List.of(
            Field.text("legal_basis", Incentive.Builder::legalBasis, Incentive::legalBasis),
            Field.percent("benefit_percent", Incentive.Builder::benefitPercent, Incentive::benefitPercent),
            Field.integer("duration_years", Incentive.Builder::durationYears, Incentive::durationYears),
            Field.codes("sectors", Context::sectors, Incentive.Builder::sectors, Incentive::sectors),
            Field.codes("subsectors", Context::subsectors, Incentive.Builder::subsectors, Incentive::subsectors),
            Field.texts("areas", Incentive.Builder::areas, Incentive::areas),
            Field.codes("investment_models", c -> MODELS, Incentive.Builder::investmentModels,
                    Incentive::investmentModels),
            Field.integer("min_direct_jobs", Incentive.Builder::minDirectJobs, Incentive::minDirectJobs),
            Field.integer("min_youth_jobs", Incentive.Builder::minYouthJobs, Incentive::minYouthJobs),
            Field.date("valid_from", Incentive.Builder::validFrom, Incentive::validFrom),
            Field.date("valid_to", Incentive.Builder::validTo, Incentive::validTo));

    IncentiveMapper(Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        super(Kind.INCENTIVES, context, validator, locale, floor);
    }

    @Override
    @Nullable Incentive map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        IncentiveType type = row.required("type") ? row.code("type", TYPES) : null;
        LocalizedText title = title(row);
        Agency authority = row.required("authority") ? row.code("authority", context().agencies()) : null;
        Money minInvestment = Amounts.money(row, "min_investment", "min_investment_currency", false, floor());
        Incentive.Builder b = Incentive.builder()
                .id(idText == null ? null : IncentiveId.of(idText))
                .type(type)
                .title(title)
                .authority(authority)
                .minInvestment(minInvestment);
        for (Field<Incentive, Incentive.Builder> field : FIELDS) {
            field.read().read(row, context(), b);
        }
        return build(row, b, Incentive.Builder::build, Incentive.Builder::validate,
                idText != null && type != null && title != null && authority != null);
    }

    /**
     * An incentive's cells, by column.
     *
     * @param i the incentive
     * @return the cells of every column of the format, as the exporter writes them
     */
    static Map<String, String> cells(Incentive i) {
        Map<String, String> out = new HashMap<>();
        out.put("id", i.id().value());
        out.put("type", i.type().code());
        out.put("title_fa", Cells.text(i.title().fa()));
        out.put("title_en", Cells.text(i.title().en()));
        out.put("authority", i.authority().code());
        out.put("min_investment", Cells.amount(i.minInvestment()));
        out.put("min_investment_currency", Cells.currency(i.minInvestment()));
        for (Field<Incentive, Incentive.Builder> field : FIELDS) {
            out.put(field.column(), field.write().apply(i));
        }
        return out;
    }
}
