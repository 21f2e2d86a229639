package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.property.Generators;
import ir.anzali.investment.catalog.csv.property.Seeds;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.money.CurrencyUnits;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.LandTenure;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.InvestmentModel;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.xlsx.internal.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    private static final Catalog EMPTY = Catalog.empty(ReferenceData.defaults());

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @TempDir
    Path dir;

    private Catalog roundTrip(Catalog catalog, XlsxExporter exporter, String name) throws Exception {
        Path book = dir.resolve(name);
        try (var out = Files.newOutputStream(book)) {
            exporter.export(catalog, out);
        }
        CatalogImport back = importer.importInto(Catalog.empty(catalog.referenceData()), book, null);
        back.reports().forEach(Reports::checked);
        assertThat(back.valid()).as("%s", back.reports()).isTrue();
        return back.catalog();
    }

    /** The catalog without status histories, which the format does not carry. */
    private static Catalog withoutHistory(Catalog c) {
        return Catalog.builder(c.referenceData()).incentives(c.incentives())
                .opportunities(c.opportunities().stream().map(o -> o.toBuilder().history(List.of()).build()).toList())
                .build();
    }

    @Test
    void the_examples_go_out_and_come_back_equal_in_persian_and_in_english() throws Exception {
        Catalog examples = WorkbookImportTest.examplesFromCsv(importer);
        assertThat(roundTrip(examples, XlsxExporter.persianHeaders(), "fa.xlsx")).isEqualTo(examples);
        assertThat(roundTrip(examples, XlsxExporter.englishHeaders(), "en.xlsx")).isEqualTo(examples);
    }

    @Test
    void random_catalogs_with_hostile_text_go_out_and_come_back_equal() throws Exception {
        Seeds.forEach(25, seed -> {
            Generators g = new Generators(seed);
            Catalog catalog = withoutHistory(g.catalog(4, 12));
            XlsxExporter exporter = g.random().nextBoolean() ? XlsxExporter.persianHeaders()
                    : XlsxExporter.englishHeaders();
            Catalog back = roundTrip(catalog, exporter, "random-" + seed + ".xlsx");
            assertThat(back.incentives()).containsExactlyElementsOf(catalog.incentives());
            assertThat(back.opportunities()).containsExactlyElementsOf(catalog.opportunities());
        });
    }

    @Test
    void a_two_currency_investment_is_one_text_cell_that_comes_back_equal_in_persian_and_in_english()
            throws Exception {
        Catalog examples = WorkbookImportTest.examplesFromCsv(importer);
        Opportunity twoCurrencies = examples.opportunities().get(0).toBuilder().history(List.of())
                .investment(Investment.of(Money.of(new BigDecimal("150000000000000"), Money.IRR),
                        Money.of(new BigDecimal("50000000"), "EUR"))).build();
        Catalog catalog = Catalog.builder(examples.referenceData()).incentives(examples.incentives())
                .opportunity(twoCurrencies).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExporter.englishHeaders().export(catalog, out);
        assertThat(parts(out.toByteArray()).get("xl/sharedStrings.xml")).contains("150000000000000 IRR + 50000000 EUR");
        assertThat(roundTrip(catalog, XlsxExporter.englishHeaders(), "two-en.xlsx").opportunities())
                .containsExactly(twoCurrencies);
        assertThat(roundTrip(catalog, XlsxExporter.persianHeaders(), "two-fa.xlsx").opportunities())
                .containsExactly(twoCurrencies);
    }

    @Test
    void text_that_looks_like_a_formula_is_a_string_cell_and_comes_back_as_written() throws Exception {
        Catalog examples = WorkbookImportTest.examplesFromCsv(importer);
        Opportunity first = examples.opportunities().get(0);
        Opportunity tricky = first.toBuilder().title("=HYPERLINK(\"http://x\";\"x\")", "+1-2@cmd|' /C calc'!A0")
                .tags(List.of("-5", "@SUM(A1)")).build();
        Catalog catalog = Catalog.builder(examples.referenceData()).incentives(examples.incentives())
                .opportunity(tricky).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExporter.englishHeaders().export(catalog, out);
        Map<String, String> parts = parts(out.toByteArray());
        assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("=HYPERLINK(").contains("@SUM(A1)");
        assertThat(roundTrip(catalog, XlsxExporter.englishHeaders(), "tricky.xlsx").opportunities().get(0))
                .isEqualTo(tricky);
    }

    @Test
    void a_persian_template_is_right_to_left_with_frozen_bold_headers_rules_and_dropdowns_from_a_hidden_sheet()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExporter.persianHeaders().template(WorkbookImportTest.examplesFromCsv(importer), out);
        Map<String, String> parts = parts(out.toByteArray());
        String workbook = parts.get("xl/workbook.xml");
        assertThat(workbook).contains("name=\"فرصت‌ها\"").contains("name=\"مشوق‌ها\"")
                .containsPattern("name=\"فهرست‌ها\"[^>]*state=\"hidden\"");
        String opportunities = parts.get("xl/worksheets/sheet1.xml");
        assertThat(opportunities).contains("rightToLeft=\"true\"").contains("state=\"frozen\"")
                .contains("type=\"list\"").contains("فهرست‌ها");
        assertThat(opportunities.split("<dataValidation ", -1)).hasSize(1 + 9);
        assertThat(parts.keySet()).anyMatch(k -> k.startsWith("xl/comments"));
        String comments = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/comments"))
                .map(Map.Entry::getValue).reduce("", String::concat);
        assertThat(comments).contains("الزامی. از فهرست انتخاب کنید.");
        assertThat(parts.get("xl/styles.xml")).contains("<b");
    }

    @Test
    void a_templates_dropdowns_reach_the_last_row_of_the_sheet_not_row_5002() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExporter.englishHeaders().template(WorkbookImportTest.examplesFromCsv(importer), out);
        String opportunities = parts(out.toByteArray()).get("xl/worksheets/sheet1.xml");
        Matcher sqref = Pattern.compile("<dataValidation [^>]*sqref=\"([A-Z]+)2:([A-Z]+)(\\d+)\"").matcher(opportunities);
        int validations = 0;
        while (sqref.find()) {
            validations++;
            assertThat(sqref.group(3)).as(sqref.group()).isEqualTo("1048576");
        }
        assertThat(validations).isEqualTo(9);
    }

    @Test
    void every_value_a_dropdown_offers_is_read_by_the_importer() {
        for (boolean persian : new boolean[] {true, false}) {
            Vocabulary words = new Vocabulary(ReferenceData.defaults(), persian);
            ReferenceData data = ReferenceData.defaults();
            words.lists().get("sector").forEach(v -> assertThat(data.findSector(v)).as(v).isPresent());
            words.lists().get("subsector").forEach(v -> assertThat(data.findSubsector(v)).as(v).isPresent());
            words.lists().get("agency").forEach(v -> assertThat(data.findAgency(v)).as(v).isPresent());
            words.lists().get("currency").forEach(v -> assertThat(CurrencyUnits.find(v)).as(v).isPresent());
            check(words.lists().get("status"), Status.values(), persian);
            check(words.lists().get("investment_model"), InvestmentModel.values(), persian);
            check(words.lists().get("land_tenure"), LandTenure.values(), persian);
            check(words.lists().get("incentive_type"), IncentiveType.values(), persian);
        }
    }

    /** A coded list offers every value by the name or code the importer matches exactly. */
    private static void check(List<String> values, Named[] constants, boolean persian) {
        assertThat(values).containsExactlyElementsOf(
                java.util.Arrays.stream(constants).map(c -> persian ? c.nameFa() : c.code()).toList());
    }

    /** XML text with its numeric character references, such as {@code &#x641;}, written as characters. */
    private static String unescape(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }

    /** The XML parts of a workbook, by name, with character references resolved. */
    Map<String, String> parts(byte[] workbook) throws IOException {
        Path file = Files.write(dir.resolve("parts.xlsx"), workbook);
        Map<String, String> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    out.put(e.getName(), unescape(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
