package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc|3", "گردشگری|7", "کشتی\u200Cسازی|8", "۱۲٬۵۰۰|6", "بَندَر|4", "漢字|4", "|0"})
    void width_counts_the_columns_a_terminal_draws(String text, int width) {
        assertThat(Table.width(text == null ? "" : text)).isEqualTo(width);
    }
}
