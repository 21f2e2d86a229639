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

    private static final ColumnKey ID = ColumnKey.of(Kind.INCENTIVES, "id");
    private static final ColumnKey TYPE = ColumnKey.of(Kind.INCENTIVES, "type");
    private static final ColumnKey AUTHORITY = ColumnKey.of(Kind.INCENTIVES, "authority");
    private static final ColumnKey MIN_INVESTMENT = ColumnKey.of(Kind.INCENTIVES, "min_investment");
    private static final ColumnKey MIN_INVESTMENT_CURRENCY = ColumnKey.of(Kind.INCENTIVES, "min_investment_currency");

    IncentiveMapper(Context context, CatalogValidator validator, Locale locale, AmountFloor floor) {
        super(Kind.INCENTIVES, context, validator, locale, floor);
    }

    @Override
    @Nullable Incentive map(Row row) {
        String idText = row.required(ID) ? row.text(ID) : null;
        IncentiveType type = row.required(TYPE) ? row.code(TYPE, Context.TYPES) : null;
        LocalizedText title = title(row);
        Agency authority = row.required(AUTHORITY) ? row.code(AUTHORITY, context().agencies()) : null;
        Money minInvestment = Amounts.money(row, MIN_INVESTMENT, MIN_INVESTMENT_CURRENCY, false, floor());
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
