package ir.anzali.investment.catalog.csv;

import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An investment cell with one amount per currency (CSV format version 3, §2), read and written back. */
class InvestmentCellTest {

    private static final Investment RIALS_AND_EUROS = Investment.of(
            Money.of(new BigDecimal("150000000000000"), Money.IRR), Money.of(new BigDecimal("50000000"), "EUR"));

    @TempDir
    Path dir;

    private final CatalogImporter importer = CatalogImporter.builder().build();

    private ImportReport read(String header, String row, List<Opportunity> out) throws Exception {
        return checked(importer.forEachOpportunity(write(dir, "o.csv", header + "\n" + row + "\n"),
                Catalog.empty(ReferenceData.defaults()), out::add));
    }

    private Investment one(String investment, String currency) throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = read(HEADER, "AFZ-1,هتل,TOURISM,\"" + investment + "\"," + currency + ",AFZO", out);
        assertThat(report.errors()).as("errors").isEmpty();
        return out.get(0).investment();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو",
        "۱۵۰ هزار میلیارد ریال و ۵۰ میلیون یورو",
        "50 million EUR + 150000 billion IRR",
        "€50M و ۱۵ هزار میلیارد تومان"})
    void amounts_in_two_currencies_joined_with_plus_or_va_are_one_investment(String cell) throws Exception {
        assertThat(one(cell, "")).isEqualTo(RIALS_AND_EUROS);
    }

    @Test
    void va_inside_one_amount_does_not_split_it() throws Exception {
        // The thousands part before the scale word: one amount, as the format reads it (§4).
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = read(HEADER, "AFZ-1,هتل,TOURISM,۲ هزار و ۵۰۰ میلیارد ریال,,AFZO", out);
        assertThat(report.errors()).noneSatisfy(p -> assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD));
        assertThat(out).allSatisfy(o -> assertThat(o.investment().isSingle()).isTrue());
    }

    @Test
    void a_bare_number_among_several_amounts_takes_the_currency_column() throws Exception {
        assertThat(one("150000000000000 + 50 میلیون یورو", "ریال")).isEqualTo(RIALS_AND_EUROS);
        assertThat(one("15000000000000 + 50 میلیون یورو", "تومان")).isEqualTo(RIALS_AND_EUROS);
    }

    @Test
    void every_amount_with_its_unit_needs_no_currency_column() throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = read("id,title_fa,sector,investment,lead_agency",
                "AFZ-1,هتل,TOURISM,۱۵۰ هزار میلیارد ریال + ۵۰ میلیون یورو,AFZO", out);
        assertThat(report.errors()).isEmpty();
        assertThat(out).extracting(Opportunity::investment).containsExactly(RIALS_AND_EUROS);
        ImportReport bare = read("id,title_fa,sector,investment,lead_agency",
                "AFZ-1,هتل,TOURISM,150000000000000 + ۵۰ میلیون یورو,AFZO", new ArrayList<>());
        assertThat(bare.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.REQUIRED);
            assertThat(p.column()).isEqualTo("currency");
        });
    }

    @Test
    void two_amounts_in_one_currency_are_a_cross_field_error_naming_the_currency() throws Exception {
        ImportReport report = read(HEADER, "AFZ-1,هتل,TOURISM,۵ میلیون یورو + ۳ میلیون یورو,,AFZO", new ArrayList<>());
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.message()).isEqualTo("The investment holds two amounts in EUR. Give one amount per currency:"
                    + " add them up.");
        });
        ImportReport persian = checked(CatalogImporter.builder().persian().build().validate(write(dir, "fa.csv",
                HEADER + "\nAFZ-1,هتل,TOURISM,۲ میلیارد ریال و ۲۰۰ میلیون تومان,,AFZO\n"), Kind.OPPORTUNITIES));
        assertThat(persian.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("سرمایه‌گذاری دو مبلغ به ریال دارد. برای هر واحد پول یک مبلغ بنویسید: آن دو را جمع کنید."));
    }

    @Test
    void a_currency_column_that_no_amount_is_in_is_a_cross_field_error() throws Exception {
        ImportReport report = read(HEADER, "AFZ-1,هتل,TOURISM,۵ میلیون یورو + ۳ میلیون دلار,ریال,AFZO",
                new ArrayList<>());
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("currency");
        });
    }

    @Test
    void a_part_that_is_no_amount_is_a_type_error_quoting_the_part() throws Exception {
        ImportReport report = read(HEADER, "AFZ-1,هتل,TOURISM,۵ میلیون یورو + ده میلیون دلار,,AFZO", new ArrayList<>());
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.message()).contains("ده میلیون دلار");
        });
    }

    @Test
    void a_scale_in_the_header_applies_to_every_amount_of_a_two_currency_cell() throws Exception {
        List<Opportunity> out = new ArrayList<>();
        ImportReport report = read("id,title_fa,sector,investment (billion),lead_agency",
                "AFZ-1,هتل,TOURISM,150000 IRR + 0.05 EUR,AFZO", out);
        assertThat(report.errors()).as("errors").isEmpty();
        assertThat(out.get(0).investment()).isEqualTo(RIALS_AND_EUROS);
    }

    @Test
    void an_amount_of_a_two_currency_cell_at_odds_with_the_headers_unit_is_cross_field() throws Exception {
        ImportReport report = read("id,title_fa,sector,investment (میلیارد ریال),lead_agency",
                "AFZ-1,هتل,TOURISM,150000 + 50 میلیون یورو,AFZO", new ArrayList<>());
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CROSS_FIELD);
            assertThat(p.column()).isEqualTo("investment");
            assertThat(p.message()).contains("میلیارد ریال");
        });
    }

    @Test
    void a_two_currency_opportunity_is_exported_in_one_cell_that_reads_back_equal() throws Exception {
        Opportunity o = Opportunity.builder(OpportunityId.of("AFZ-TOU-9")).title("هتل", null)
                .sector(ReferenceData.defaults().sector("TOURISM").orElseThrow()).investment(RIALS_AND_EUROS)
                .leadAgency(ReferenceData.defaults().agency("AFZO").orElseThrow()).build();
        Catalog catalog = Catalog.builder(ReferenceData.defaults()).opportunity(o).build();
        Path file = dir.resolve("export.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            CsvExporter.englishHeaders().export(catalog, Kind.OPPORTUNITIES, out);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(",150000000000000 IRR + 50000000 EUR,,");
        Catalog back = importer.importInto(Catalog.empty(ReferenceData.defaults()), file, null).catalog();
        assertThat(back).isEqualTo(catalog);
    }
}
