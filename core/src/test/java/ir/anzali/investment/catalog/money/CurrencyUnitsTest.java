package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyUnitsTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ریال, IRR, ریال", "تومان, toman, تومان", "USD, USD, دلار", "یورو, EUR, یورو", "درهم, AED, درهم"})
    void a_unit_is_named_in_the_language_of_the_message(String word, String english, String persian) {
        CurrencyUnits.Unit unit = CurrencyUnits.find(word).orElseThrow();
        assertThat(unit.name(Locale.ENGLISH)).isEqualTo(english);
        assertThat(unit.name(PERSIAN)).isEqualTo(persian);
    }
}
