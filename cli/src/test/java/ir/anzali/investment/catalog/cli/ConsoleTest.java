package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
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
}
