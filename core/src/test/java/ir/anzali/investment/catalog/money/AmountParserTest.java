package ir.anzali.investment.catalog.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import ir.anzali.investment.catalog.text.NumberParseException;
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

    /** The common forms of CSV format version 2, each with the amount and currency it reads as. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۲/۵ میلیارد ریال|2500000000|IRR",
        "۱۰ هزار میلیارد ریال|10000000000000|IRR",
        "۱ همت|10000000000000|IRR",
        "$1.5M|1500000|USD",
        "EUR 2,000,000|2000000|EUR",
        "€2,000,000|2000000|EUR",
        "USD 1.5|1.5|USD",
        "300K|300000|",
        "2.5BN USD|2500000000|USD",
        "$ 40|40|USD",
        "ریال ۱۰۰|100|IRR",
        "۱۲۰\u200F میلیون ریال|120000000|IRR",
        "1.5 thousand billion|1500000000000|",
        "12usd|12|USD"})
    void reads_the_common_forms(String text, String amount, String currency) {
        AmountParser.ParsedAmount parsed = AmountParser.parse(text);
        assertThat(parsed.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(parsed.currency()).isEqualTo(
                currency == null ? Optional.empty() : Optional.of(Currency.getInstance(currency)));
    }

    @Test
    void the_unit_written_tells_the_toman_from_the_rial() {
        assertThat(AmountParser.parse("250 میلیون ریال").unit()).contains(new CurrencyUnits.Unit(Money.IRR, BigDecimal.ONE));
        assertThat(AmountParser.parse("250 میلیون تومان").unit()).contains(CurrencyUnits.Unit.TOMAN);
        assertThat(AmountParser.parse("۱ همت").unit()).contains(CurrencyUnits.Unit.TOMAN);
        assertThat(AmountParser.parse("250 IRR").unit()).isEqualTo(AmountParser.parse("250 ریال").unit());
        assertThat(CurrencyUnits.Unit.TOMAN.label()).isEqualTo("تومان");
        assertThat(AmountParser.parse("5 USD").unit().orElseThrow().label()).isEqualTo("USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ده میلیارد تومان|WORDS",
        "یک میلیون دلار|WORDS",
        "1e3|EXPONENT",
        "1e3 ریال|EXPONENT",
        "۱٫۲۰۰ میلیارد ریال|AMBIGUOUS",
        "2.000|AMBIGUOUS",
        "$5 USD|NOT_A_NUMBER",
        "XAU 5|NOT_A_NUMBER",
        "5 XXX|NOT_A_NUMBER",
        "1234567890123456789012345678901 ریال|TOO_MANY_DIGITS",
        "999999999999999999999999999999 تریلیون تومان|TOO_MANY_DIGITS"})
    void refuses_with_a_reason(String text, NumberParseException.Reason reason) {
        assertThatThrownBy(() -> AmountParser.parse(text))
                .isInstanceOfSatisfying(NumberParseException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void half_a_rial_is_read_and_left_to_validation() {
        assertThat(AmountParser.parse("0.5 ریال").amount()).isEqualByComparingTo("0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAU", "xxx", "XDR", "XTS", "XBA", "XAG"})
    void codes_that_are_no_money_are_no_units(String code) {
        assertThat(CurrencyUnits.find(code)).isEmpty();
    }
}
