package ir.anzali.investment.catalog.eligibility;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.money.ExchangeRates;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.text.Display;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.internal.text.MessageBundle;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.SearchText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an opportunity qualifies for an incentive on a date, by the incentive's
 * conditions: validity window, sectors, subsectors, areas, investment models, minimum investment,
 * minimum direct jobs and minimum youth jobs. Each condition the incentive sets gives one
 * {@link Reason}; the validity window always does. A minimum investment is compared with the part
 * of the opportunity's investment in the minimum's currency; an investment with no such part is
 * converted, every part, with the {@link ExchangeRates} and summed. A condition the data cannot
 * decide — a missing subsector, area, model or job count, or an investment with no part in the
 * minimum's currency and a part without a rate — is UNDETERMINED. Immutable and thread-safe.
 */
public final class Eligibility {

    private static final MessageBundle MESSAGES = MessageBundle.load(
            name -> Eligibility.class.getResourceAsStream(name), "messages");

    private final ExchangeRates rates;

    private Eligibility(ExchangeRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * Judges without exchange rates: amounts in another currency than a minimum are undetermined.
     *
     * @return the judge, never null
     */
    public static Eligibility withoutRates() {
        return new Eligibility(ExchangeRates.NONE);
    }

    /**
     * Judges with the application's exchange rates.
     *
     * @param rates the rates, not null
     * @return the judge, never null
     */
    public static Eligibility withRates(ExchangeRates rates) {
        return new Eligibility(rates);
    }

    /**
     * Judges one opportunity against one incentive.
     *
     * @param opportunity the opportunity, not null
     * @param incentive   the incentive, not null
     * @param date        the day, not null
     * @return the result with its reasons, never null
     */
    public EligibilityResult evaluate(Opportunity opportunity, Incentive incentive, LocalDate date) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(validity(incentive, date));
        if (!incentive.sectors().isEmpty()) {
            reasons.add(member("sector", opportunity.sector(), incentive.sectors()));
        }
        if (!incentive.subsectors().isEmpty()) {
            reasons.add(member("subsector", opportunity.subsector(), incentive.subsectors()));
        }
        if (!incentive.areas().isEmpty()) {
            reasons.add(area(opportunity.location().area(), incentive.areas()));
        }
        if (!incentive.investmentModels().isEmpty()) {
            reasons.add(member("investmentModel", opportunity.investmentModel(), incentive.investmentModels()));
        }
        if (incentive.minInvestment() != null) {
            reasons.add(minInvestment(opportunity.investment(), incentive.minInvestment(), date));
        }
        if (incentive.minDirectJobs() != null) {
            reasons.add(minimum("minDirectJobs", opportunity.directJobs(), incentive.minDirectJobs()));
        }
        if (incentive.minYouthJobs() != null) {
            reasons.add(minimum("minYouthJobs", opportunity.youthJobs(), incentive.minYouthJobs()));
        }
        Outcome outcome = Outcome.ELIGIBLE;
        for (Reason r : reasons) {
            outcome = Outcome.combine(outcome, r.outcome());
        }
        return new EligibilityResult(opportunity.id(), incentive.id(), date, outcome, reasons);
    }

    /**
     * Judges one opportunity against every incentive of a catalog, in incentive id order.
     *
     * @param catalog     the catalog, not null
     * @param opportunity the opportunity, not null
     * @param date        the day, not null
     * @return one result per incentive, never null
     */
    public List<EligibilityResult> incentivesFor(Catalog catalog, Opportunity opportunity, LocalDate date) {
        return catalog.incentives().stream().map(i -> evaluate(opportunity, i, date)).toList();
    }

    /**
     * The opportunities of a catalog that qualify for an incentive, in id order.
     *
     * @param catalog   the catalog, not null
     * @param incentive the incentive, not null
     * @param date      the day, not null
     * @return the ELIGIBLE results, never null
     */
    public List<EligibilityResult> opportunitiesFor(Catalog catalog, Incentive incentive, LocalDate date) {
        return catalog.opportunities().stream().map(o -> evaluate(o, incentive, date))
                .filter(r -> r.outcome() == Outcome.ELIGIBLE).toList();
    }

    private Reason validity(Incentive incentive, LocalDate date) {
        boolean in = incentive.isValidOn(date);
        String key = incentive.validFrom() == null && incentive.validTo() == null ? "validity.always"
                : in ? "validity.in" : "validity.out";
        return reason("validity", in ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, key,
                lang -> Map.of("date", date(date, lang), "from", bound(incentive.validFrom(), lang),
                        "to", bound(incentive.validTo(), lang)));
    }

    private Reason member(String condition, @Nullable Named value, List<? extends Named> allowed) {
        Function<Boolean, String> list = persian -> allowed.stream().map(a -> display(persian).name(a))
                .collect(Collectors.joining(persian ? "، " : ", "));
        if (value == null) {
            return reason(condition, Outcome.UNDETERMINED, condition + ".unknown",
                    persian -> Map.of("allowed", list.apply(persian)));
        }
        boolean in = allowed.stream().anyMatch(a -> a.code().equals(value.code()));
        return reason(condition, in ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, condition + (in ? ".in" : ".out"),
                persian -> Map.of("value", display(persian).name(value), "allowed", list.apply(persian)));
    }

    private Reason area(@Nullable String area, List<String> allowed) {
        String list = String.join("، ", allowed);
        if (area == null) {
            return reason("area", Outcome.UNDETERMINED, "area.unknown", lang -> Map.of("allowed", list));
        }
        String folded = SearchText.fold(area);
        boolean in = allowed.stream().anyMatch(a -> SearchText.fold(a).equals(folded));
        return reason("area", in ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, in ? "area.in" : "area.out",
                lang -> Map.of("value", area, "allowed", list));
    }

    private Reason minInvestment(Investment investment, Money minimum, LocalDate date) {
        Optional<Money> converted = inCurrency(investment, minimum.currency(), date);
        Values values = persian -> Map.of("value", investment.format(locale(persian)),
                "minimum", minimum.format(locale(persian)));
        if (converted.isEmpty()) {
            return reason("minInvestment", Outcome.UNDETERMINED, "minInvestment.unknown", values);
        }
        boolean in = converted.get().compareTo(minimum) >= 0;
        return reason("minInvestment", in ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE,
                in ? "minInvestment.in" : "minInvestment.out", values);
    }

    /**
     * The part of an investment in a currency, else the sum of its parts converted into it; empty
     * when a rate is missing.
     */
    private Optional<Money> inCurrency(Investment investment, Currency currency, LocalDate date) {
        Optional<Money> own = investment.in(currency);
        if (own.isPresent()) {
            return own;
        }
        Money sum = Money.of(BigDecimal.ZERO, currency);
        for (Money part : investment.parts()) {
            Optional<Money> converted = rates.convert(part, currency, date);
            if (converted.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.plus(converted.get());
        }
        return Optional.of(sum);
    }

    private Reason minimum(String condition, @Nullable Integer value, int minimum) {
        if (value == null) {
            return reason(condition, Outcome.UNDETERMINED, condition + ".unknown",
                    persian -> Map.of("minimum", display(persian).number(minimum)));
        }
        boolean in = value >= minimum;
        return reason(condition, in ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, condition + (in ? ".in" : ".out"),
                persian -> Map.of("value", display(persian).number(value), "minimum", display(persian).number(minimum)));
    }

    /** Values for a message in a language. */
    private interface Values {
        Map<String, ?> in(boolean persian);
    }

    private static Reason reason(String condition, Outcome outcome, String key, Values values) {
        return new Reason(condition, outcome,
                persian -> MessageBundle.fill(MESSAGES.requireTemplate(key, locale(persian)), values.in(persian)));
    }

    private static String date(LocalDate date, boolean persian) {
        return display(persian).date(date);
    }

    private static Locale locale(boolean persian) {
        return persian ? LocalizedText.PERSIAN : Locale.ENGLISH;
    }

    private static Display display(boolean persian) {
        return Display.of(locale(persian));
    }

    private static String bound(@Nullable LocalDate date, boolean persian) {
        if (date == null) {
            return MESSAGES.requireTemplate("always", persian ? LocalizedText.PERSIAN : Locale.ENGLISH);
        }
        return date(date, persian);
    }
}
