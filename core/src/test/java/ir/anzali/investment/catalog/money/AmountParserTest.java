package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۲۵۰ میلیارد ریال|250000000000|IRR",
        "٢٥٠ میلیارد تومان|2500000000000|IRR",
        "1.5 million USD|1500000|USD",
        "1,200,000,000|1200000000|",
        "۱۲٫۵ هزار دلار|12500|USD",
        "3 trillion IRR|3000000000000|IRR",
        "2 billion|2000000000|",
        "750 thousand €|750000|EUR",
        "40 $|40|USD",
        "40$|40|USD",
        "۵ میلیون درهم|5000000|AED",
        "۱۰ میلیون یوان|10000000|CNY",
        "8 میلیون روبل|8000000|RUB",
        "120 یورو|120|EUR",
        "25 میلیون تومان|250000000|IRR",
        "12 usd|12|USD"})
    void parses_amounts_with_scale_words_and_units(String text, String amount, String currency) {
        AmountParser.ParsedAmount parsed = AmountParser.parse(text);
        assertThat(parsed.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(parsed.currency()).isEqualTo(
                currency == null ? Optional.empty() : Optional.of(Currency.getInstance(currency)));
    }

    @Test
    void toman_is_converted_to_rial() {
        assertThat(AmountParser.parse("۱ تومان").amount()).isEqualByComparingTo("10");
        assertThat(AmountParser.parse("۱ تومان").currency()).contains(Money.IRR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"میلیارد", "a lot", "12 apples", "ریال", "1,5 million"})
    void refuses_what_is_not_an_amount(String text) {
        assertThatThrownBy(() -> AmountParser.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining(text);
    }

    @Test
    void currency_units_know_words_and_iso_codes() {
        assertThat(CurrencyUnits.find("تومان")).map(CurrencyUnits.Unit::factor).contains(BigDecimal.TEN);
        assertThat(CurrencyUnits.find("gbp")).map(CurrencyUnits.Unit::currency).contains(Currency.getInstance("GBP"));
        assertThat(CurrencyUnits.find("XYZ")).isEmpty();
        assertThat(CurrencyUnits.find("pounds")).isEmpty();
    }
}
