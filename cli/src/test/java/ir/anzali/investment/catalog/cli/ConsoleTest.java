package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.text.Display;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsoleTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("هتل\u200Cها", "هتل\u200Cها"),
                Arguments.of("a\u001B[31mb", "a\\u001B[31mb"),
                Arguments.of("bell\u0007", "bell\\u0007"),
                Arguments.of("nul\u0000", "nul\\u0000"),
                Arguments.of("c1\u009B2J", "c1\\u009B2J"),
                Arguments.of("del\u007F", "del\\u007F"),
                Arguments.of("\u202Eevil", "\\u202Eevil"),
                Arguments.of("\u2066iso\u2069", "\\u2066iso\\u2069"),
                Arguments.of("tab\there", "tab\there"),
                Arguments.of("cr\rlf\n", "cr\\u000Dlf\\u000A"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void text_printed_on_a_terminal_cannot_command_it(String text, String printed) {
        assertThat(Console.escape(text)).isEqualTo(printed);
    }

    @Test
    void count_and_amounts_render_alike_everywhere() {
        Map<Currency, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(Currency.getInstance("USD"), new BigDecimal("42000000"));
        amounts.put(Money.IRR, new BigDecimal("650000000000"));
        LocalDate day = LocalDate.of(2026, 11, 27);
        for (Locale locale : List.of(Locale.forLanguageTag("fa"), Locale.ENGLISH)) {
            Console c = new Console(System.out, System.err, locale, false);
            Display display = Display.of(locale);
            assertThat(c.amounts(amounts)).isEqualTo(Money.format(amounts, locale));
            assertThat(c.count(Counted.ROWS, 1500)).isEqualTo(display.count(Counted.ROWS, 1500));
            assertThat(c.date(day)).isEqualTo(display.dates(day));
            assertThat(c.text("report.more", "errors", 1500L)).contains(display.number(1500));
        }
        assertThat(new Console(System.out, System.err, Locale.ENGLISH, false).amounts(amounts))
                .isEqualTo("650,000,000,000 IRR, 42,000,000 USD");
    }
}
