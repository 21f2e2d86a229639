package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.csv.Column;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HeaderTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    private static Header header(Kind kind, String... cells) {
        return new Header(kind, cells, 1, ENGLISH);
    }

    @ParameterizedTest
    @CsvSource({
        "مبلغ سرمایه گذاری, investment",
        "مبلغ سرمایهگذاری, investment",
        "مبلغ سرمایه‌گذاری, investment",
        "مبلغ سرمايه-گذاري, investment",
        "مشوقها, incentives",
        "مشوق ها, incentives",
        "Title FA, title_fa",
        "lead-agency, lead_agency",
        "LEADAGENCY, lead_agency",
        "دستگاههای همکار, partner_agencies"
    })
    void header_typed_without_the_half_space_or_with_other_separators_names_its_column(String cell, String column) {
        Header header = header(Kind.OPPORTUNITIES, "id", cell);

        assertThat(header.recognized()).containsExactly("id", column);
        assertThat(header.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مبلغ سرمایه‌گذاری (میلیارد ریال)|investment|9|IRR",
        "Investment (USD million)|investment|6|USD",
        "  مبلغ سرمایه گذاری ، میلیون تومان |investment|6|IRR",
        "investment,IRR|investment|0|IRR",
        "investment (همت)|investment|12|IRR"})
    void an_amount_header_ending_with_its_scale_and_unit_names_its_column(String cell, String column, int scale,
            String currency) {
        Header header = header(Kind.OPPORTUNITIES, "id", cell);

        assertThat(header.recognized()).containsExactly("id", column);
        assertThat(header.warnings()).isEmpty();
        assertThat(header.unit(column)).satisfies(u -> {
            assertThat(u.scale()).isEqualTo(scale);
            assertThat(u.unit()).hasValueSatisfying(x -> assertThat(x.currency().getCurrencyCode()).isEqualTo(currency));
        });
        assertThat(header.written(column)).isEqualTo(cell.strip());
    }

    @Test
    void the_minimum_investment_is_named_by_its_alias_with_a_unit_after_a_comma() {
        Header header = header(Kind.INCENTIVES, "شناسه", "حداقل سرمایه، میلیون تومان", "حداقل سرمايه");

        assertThat(header.recognized()).containsExactly("id", "min_investment");
        assertThat(header.unit("min_investment")).satisfies(u -> {
            assertThat(u.scale()).isEqualTo(6);
            assertThat(u.unit()).hasValue(CurrencyUnits.Unit.TOMAN);
        });
        assertThat(header.errors()).extracting(Problem::code).containsExactly(ErrorCode.DUPLICATE_HEADER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sector (USD)", "investment (approx.)", "investment (USD) (EUR)"})
    void a_suffix_that_is_no_scale_and_unit_of_an_amount_column_is_an_unknown_column(String cell) {
        Header header = header(Kind.OPPORTUNITIES, "id", cell);

        assertThat(header.recognized()).containsExactly("id");
        assertThat(header.warnings()).extracting(Problem::code).containsExactly(ErrorCode.UNKNOWN_COLUMN);
    }

    @Test
    void a_plain_header_names_no_unit() {
        Header header = header(Kind.OPPORTUNITIES, "id", "investment");

        assertThat(header.unit("investment")).isNull();
        assertThat(header.unit("currency")).isNull();
    }

    @Test
    void unknown_header_close_to_a_column_suggests_it() {
        Header header = header(Kind.OPPORTUNITIES, "id", "investmnet");

        assertThat(header.warnings()).extracting(Problem::code, Problem::column)
                .containsExactly(tuple(ErrorCode.UNKNOWN_COLUMN, "investmnet"));
        assertThat(header.warnings().get(0).message())
                .isEqualTo("Column \"investmnet\" is not part of the format and is ignored. Did you mean investment?");
    }

    @Test
    void unknown_persian_header_close_to_a_column_suggests_it_in_persian() {
        Header header = new Header(Kind.OPPORTUNITIES, new String[] {"شناسه", "اشتغال مستقم"}, 1,
                Messages.of(Locale.forLanguageTag("fa")));

        assertThat(header.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .endsWith("آیا منظورتان اشتغال مستقیم (direct_jobs) بود؟"));
    }

    @Test
    void unknown_header_far_from_every_column_suggests_nothing() {
        Header header = header(Kind.OPPORTUNITIES, "id", "notes");

        assertThat(header.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("Column \"notes\" is not part of the format and is ignored."));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_header_name_of_a_kind_is_one_column_after_compaction(Kind kind) {
        Set<String> keys = new HashSet<>();
        for (Column c : kind.columns()) {
            assertThat(keys.add(CodeMatcher.compactKey(c.name()))).as(c.name()).isTrue();
            assertThat(keys.add(CodeMatcher.compactKey(c.persianName()))).as(c.persianName()).isTrue();
        }
    }
}
