package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.text.Delimiter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Options of the library's own concepts are read through the library's enums, their codes and names. */
class ChoiceTest {

    @Test
    void kinds_modes_and_sort_keys_convert_through_the_library_enums_codes_and_names() {
        assertThat(new Choice.Codes<>(Kind.class).convert("incentives")).isEqualTo(Kind.INCENTIVES);
        assertThat(new Choice.Codes<>(Kind.class).convert("مشوق‌ها")).isEqualTo(Kind.INCENTIVES);
        assertThat(new Choice.Codes<>(ImportMode.class).convert("skip-invalid")).isEqualTo(ImportMode.SKIP_INVALID);
        assertThat(new Choice.Codes<>(ImportMode.class).convert(" ALL_OR_NOTHING ")).isEqualTo(ImportMode.ALL_OR_NOTHING);
        assertThat(new Choice.Codes<>(SortKey.class).convert("published")).isEqualTo(SortKey.PUBLISHED_ON);
        assertThatThrownBy(() -> new Choice.Codes<>(SortKey.class).convert("colour"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void delimiter_names_come_from_one_list() {
        Choice.Codes<Delimiter> codes = new Choice.Codes<>(Delimiter.class);
        assertThat(Arrays.stream(Delimiter.values()).map(Choice.Codes::label)).containsExactly(",", ";", "tab", "\u061B");
        for (Delimiter d : Delimiter.values()) {
            assertThat(codes.convert(String.valueOf(d.character()))).isEqualTo(d);
            assertThat(codes.convert(Choice.Codes.label(d))).isEqualTo(d);
            assertThat(codes.convert(d.nameEn())).isEqualTo(d);
        }
        assertThatThrownBy(() -> codes.convert("|")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void a_mistyped_delimiter_lists_the_formats_delimiters_by_their_names() {
        Run run = Run.of("validate", Run.opportunities(), "--delimiter", "|");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("catalog: --delimiter: \"|\" is not known. Known: comma ( , ), semicolon ( ; ),"
                + " tab, Persian semicolon ( \u061B ).");
        assertThat(Run.of("validate", Run.opportunities(), "--delimiter", "semicolon").err())
                .doesNotContain("not known");
    }
}
