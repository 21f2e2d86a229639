package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

    @Test
    void every_word_of_three_letters_finds_the_unit_the_platform_gives_its_code() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int a = 0; a < 26; a++) {
            for (int b = 0; b < 26; b++) {
                for (int c = 0; c < 26; c++) {
                    String code = "" + letters.charAt(a) + letters.charAt(b) + letters.charAt(c);
                    Optional<CurrencyUnits.Unit> expected = byPlatform(code);
                    assertThat(CurrencyUnits.find(code)).as(code).isEqualTo(expected);
                    assertThat(CurrencyUnits.find(code.toLowerCase(Locale.ROOT))).as(code).isEqualTo(expected);
                }
            }
        }
        assertThat(CurrencyUnits.find("ßab")).isEmpty();
        assertThat(CurrencyUnits.find("U$D")).isEmpty();
    }

    /** A code's unit as {@link CurrencyUnits#find} read it before it kept the units of every code. */
    private static Optional<CurrencyUnits.Unit> byPlatform(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return Money.isMoney(currency) ? Optional.of(new CurrencyUnits.Unit(currency, BigDecimal.ONE)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
