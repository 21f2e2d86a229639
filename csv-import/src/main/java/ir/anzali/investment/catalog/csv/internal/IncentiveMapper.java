package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads incentive rows (CSV format §3). Immutable and thread-safe. */
final class IncentiveMapper extends RowMapper<Incentive> {

    IncentiveMapper(Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        super(Kind.INCENTIVES, context, validator, locale, floor);
    }

    @Override
    @Nullable Incentive map(Row row) {
        String idText = row.required("id") ? row.text("id") : null;
        IncentiveType type = row.required("type") ? row.code("type", Context.TYPES) : null;
        LocalizedText title = title(row);
        Agency authority = row.required("authority") ? row.code("authority", context().agencies()) : null;
        Money minInvestment = Amounts.money(row, "min_investment", "min_investment_currency", false, floor());
        Incentive.Builder b = Incentive.builder()
                .id(idText == null ? null : IncentiveId.of(idText))
                .type(type)
                .title(title)
                .authority(authority)
                .minInvestment(minInvestment);
        readColumns(row, b);
        return build(row, b, Incentive.Builder::build, Incentive.Builder::validate,
                idText != null && type != null && title != null && authority != null);
    }
}
