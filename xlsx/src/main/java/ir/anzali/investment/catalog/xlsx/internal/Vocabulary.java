package ir.anzali.investment.catalog.xlsx.internal;

import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.text.Named;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coded values of a workbook in its language: the lists its dropdowns offer, and the name a code
 * is written as — the Persian name in a Persian workbook, the code in an English one. The importer
 * reads either.
 */
public final class Vocabulary {

    /** The currencies the dropdowns offer; any other real currency may be written. */
    private static final List<String> CURRENCIES = List.of("IRR", "USD", "EUR", "AED", "CNY", "RUB");

    private final boolean persian;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> names = new HashMap<>();

    /**
     * The vocabulary of a workbook.
     *
     * @param data    the sectors and agencies
     * @param persian whether the workbook is Persian
     */
    public Vocabulary(ReferenceData data, boolean persian) {
        this.persian = persian;
        add("sector", data.sectors());
        add("subsector", data.sectors().stream().flatMap((Sector s) -> s.subsectors().stream()).toList());
        add("agency", data.agencies());
        add("status", List.of(Status.values()));
        add("investment_model", List.of(InvestmentModel.values()));
        add("land_tenure", List.of(LandTenure.values()));
        add("incentive_type", List.of(IncentiveType.values()));
        List<String> currencies = new ArrayList<>();
        Map<String, String> currencyNames = new HashMap<>();
        for (String code : CURRENCIES) {
            String name = CurrencyUnits.name(Currency.getInstance(code), persian ? Locale.forLanguageTag("fa") : Locale.ENGLISH);
            currencies.add(name);
            currencyNames.put(code, name);
            if (code.equals("IRR") && persian) {
                currencies.add(CurrencyUnits.Unit.TOMAN.label());
            }
        }
        lists.put("currency", List.copyOf(currencies));
        names.put("currency", currencyNames);
    }

    private void add(String list, List<? extends Named> values) {
        List<String> shown = new ArrayList<>(values.size());
        Map<String, String> byCode = new HashMap<>();
        for (Named value : values) {
            String name = persian ? value.nameFa() : value.code();
            shown.add(name);
            byCode.put(value.code(), name);
        }
        lists.put(list, List.copyOf(shown));
        names.put(list, byCode);
    }

    /**
     * The dropdown lists, by name, in a stable order.
     *
     * @return the lists, never null
     */
    public Map<String, List<String>> lists() {
        return lists;
    }

    /**
     * A code as the workbook writes it.
     *
     * @param list the list the code belongs to, such as {@code sector}
     * @param code the code, such as {@code TOURISM}
     * @return its name in the workbook's language, or the code itself when the list has no such code
     */
    public String name(String list, String code) {
        return names.getOrDefault(list, Map.of()).getOrDefault(code, code);
    }
}
