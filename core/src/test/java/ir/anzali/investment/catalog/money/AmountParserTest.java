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
        "XAU 5|UNKNOWN_WORD",
        "5 XXX|UNKNOWN_WORD",
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

    /**
     * Phrases from Persian news about investment in the free zone, each with the amount and
     * currency it reads as, or the reason it is refused and the word the refusal names (CSV format
     * version 3, §4).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۲ هزار و ۵۰۰ میلیارد ریال|2500000000000|IRR",
        "۱۲ هزار و ۸۰ میلیارد ریال|12080000000000|IRR",
        "۳ هزار و ۲۰۰ میلیارد تومان|32000000000000|IRR",
        "۵۰۰۰ میلیارد ریالی|5000000000000|IRR",
        "۲۵۰ میلیارد تومانی|2500000000000|IRR",
        "۱۰ میلیون دلاری|10000000|USD",
        "۲۰ میلیون یورویی|20000000|EUR",
        "۵۰ میلیارد تومن|500000000000|IRR",
        "۲،۰۹۵ میلیارد ریال|2095000000000|IRR",
        "۱،۲۰۰،۰۰۰ دلار|1200000|USD",
        "7.26 trillion rials|7260000000000|IRR",
        "300 billion tomans|3000000000000|IRR",
        "15 million euros|15000000|EUR",
        "2 million dollars|2000000|USD",
        "US$ 40 million|40000000|USD",
        "US$40M|40000000|USD",
        "1.5 M|1500000|",
        "2 B USD|2000000000|USD",
        "750 K €|750000|EUR",
        "۲۵۰ میلیارد ریال|250000000000|IRR",
        "1.5 million USD|1500000|USD",
        "$1.5|1.5|USD",
        "USD 1.5|1.5|USD",
        "€2,000,000|2000000|EUR",
        "EUR 2,000,000|2000000|EUR",
        "۱ همت|10000000000000|IRR",
        "۱۰ هزار میلیارد ریال|10000000000000|IRR",
        "1500 xyz|UNKNOWN_WORD|xyz",
        "۵۰۰ میلیارد ریال نقدی|UNKNOWN_WORD|نقدی",
        "12 apples|UNKNOWN_WORD|apples",
        "حدود ۵۰۰ میلیارد ریال|UNKNOWN_WORD|حدود",
        "ده میلیارد|WORDS|",
        "ده میلیارد تومن|WORDS|",
        "منفی ۵ میلیارد ریال|WORDS|",
        "چهارصد و ٥٠ میلیارد ریال|WORDS|",
        "پنجمین|WORDS|",
        "دو و نیم میلیارد دلار|WORDS|",
        "1,5 million|GROUPING|",
        "۱٫۲۰۰ میلیارد ریال|AMBIGUOUS|",
        "0.5 هزار و 5 میلیارد|NOT_A_NUMBER|",
        "۲ هزار و ۱۵۰۰ میلیارد ریال|NOT_A_NUMBER|",
        "۲ هزار و ۵۰۰ هزار ریال|NOT_A_NUMBER|",
        "5 ریال میلیارد|NOT_A_NUMBER|"})
    void reads_the_real_phrases_of_the_news(String text, String expected, String currencyOrWord) {
        if (Character.isDigit(expected.charAt(0))) {
            AmountParser.ParsedAmount parsed = AmountParser.parse(text);
            assertThat(parsed.amount()).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(parsed.currency()).isEqualTo(
                    currencyOrWord == null ? Optional.empty() : Optional.of(Currency.getInstance(currencyOrWord)));
            return;
        }
        assertThatThrownBy(() -> AmountParser.parse(text)).isInstanceOfSatisfying(NumberParseException.class, e -> {
            assertThat(e.reason()).isEqualTo(NumberParseException.Reason.valueOf(expected));
            assertThat(e.word()).isEqualTo(Optional.ofNullable(currencyOrWord));
            assertThat(e.getMessage()).doesNotContain("is not a digit");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1500 xyz", "1500 xyz ریال", "xyz 1500", "1500xyz"})
    void an_unknown_word_is_named_not_called_wrongly_grouped_digits(String text) {
        assertThatThrownBy(() -> AmountParser.parse(text)).isInstanceOfSatisfying(NumberParseException.class, e -> {
            assertThat(e.reason()).isEqualTo(NumberParseException.Reason.UNKNOWN_WORD);
            assertThat(e.word()).contains("xyz");
            assertThat(e.getMessage()).contains("'xyz' is neither a scale word nor a unit").doesNotContain("grouped");
        });
    }

    @Test
    void the_scale_written_is_kept() {
        assertThat(AmountParser.parse("۲ هزار و ۵۰۰ میلیارد ریال").scale()).isEqualTo(9);
        assertThat(AmountParser.parse("۱۰ هزار میلیارد ریال").scale()).isEqualTo(12);
        assertThat(AmountParser.parse("300K").scale()).isEqualTo(3);
        assertThat(AmountParser.parse("1200 ریال").scale()).isZero();
    }

    @Test
    void a_parsed_amount_becomes_money_in_its_own_unit_or_the_unit_given_for_a_bare_number() {
        CurrencyUnits.Unit rial = CurrencyUnits.find("ریال").orElseThrow();
        assertThat(AmountParser.parse("۲۵ میلیون تومان").toMoney(CurrencyUnits.find("USD").orElseThrow()))
                .isEqualTo(Money.of(new BigDecimal("250000000"), Money.IRR));
        assertThat(AmountParser.parse("۲۵ میلیون").toMoney(CurrencyUnits.Unit.TOMAN))
                .isEqualTo(Money.of(new BigDecimal("250000000"), Money.IRR));
        assertThat(AmountParser.parse("۲۵ میلیون").toMoney(rial)).isEqualTo(Money.of(new BigDecimal("25000000"), Money.IRR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(میلیارد ریال)|9|ریال",
        "USD million|6|USD",
        "، میلیون تومان|6|تومان",
        "(هزار میلیارد ریال)|12|ریال",
        "(ریال)|0|ریال",
        "(million)|6|",
        "همت|12|تومان",
        ", EUR thousand|3|EUR"})
    void reads_the_scale_and_unit_of_a_header(String text, int scale, String unit) {
        AmountParser.ScaleAndUnit found = AmountParser.parseScaleAndUnit(text).orElseThrow();
        assertThat(found.scale()).isEqualTo(scale);
        assertThat(found.unit()).isEqualTo(unit == null ? Optional.empty() : CurrencyUnits.find(unit));
        assertThat(found.apply(new BigDecimal("2.5")).amount()).isEqualByComparingTo(new BigDecimal("2.5")
                .movePointRight(scale).multiply(found.unit().map(CurrencyUnits.Unit::factor).orElse(BigDecimal.ONE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "()", "(سرمایه)", "ریال دلار", "میلیون میلیارد", "(250 میلیارد ریال)"})
    void a_header_end_that_is_not_only_a_scale_and_a_unit_names_none(String text) {
        assertThat(AmountParser.parseScaleAndUnit(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"تومن|10", "ریالی|1", "Rials|1", "TOMANS|10", "us$|1", "euros|1"})
    void the_new_unit_words_are_units(String word, int factor) {
        assertThat(CurrencyUnits.find(word)).map(CurrencyUnits.Unit::factor).contains(BigDecimal.valueOf(factor));
    }
}
