package ir.anzali.investment.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import java.math.BigDecimal;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogJsonTest {

    private final CatalogJson json = CatalogJson.standard();

    private static Catalog richCatalog() {
        Catalog base = Fixtures.catalog();
        var moved = base.opportunities().get(0).transition(Status.NEGOTIATION, LocalDate.of(2026, 12, 1), "پیشنهاد رسید");
        return Catalog.builder(Fixtures.REF).incentives(base.incentives()).opportunity(moved).build();
    }

    @Test
    void write_then_read_gives_an_equal_catalog() throws Exception {
        Catalog c = richCatalog();
        String text = json.writeString(c);
        assertThat(json.readString(text)).isEqualTo(c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(c, out);
        assertThat(json.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
    }

    @Test
    void what_is_written_follows_the_published_schema_and_the_schema_is_2020_12() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(CatalogJson.schema());
        assertThat(CatalogJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        String text = json.writeString(richCatalog());
        assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(text.replace("\"NEGOTIATION\"", "\"HAGGLING\""), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void a_two_currency_investment_is_an_array_that_follows_the_schema_and_reads_back_equal() throws Exception {
        Catalog c = Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build()).opportunity(Fixtures.hotel()
                .investment(Investment.of(Money.of(new BigDecimal("50000000"), "EUR"),
                        Money.of(new BigDecimal("150000000000000"), Money.IRR))).build()).build();
        String text = json.writeString(c);
        assertThat(text).containsSubsequence("\"investment\" : [", "\"amount\" : \"150000000000000\"",
                "\"currency\" : \"IRR\"", "\"amount\" : \"50000000\"", "\"currency\" : \"EUR\"", "]");
        assertThat(json.readString(text)).isEqualTo(c);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(CatalogJson.schema());
        assertThat(schema.validate(text, InputFormat.JSON)).isEmpty();
    }

    @Test
    void two_amounts_in_one_currency_are_refused_with_their_path() {
        String text = json.writeString(Catalog.builder(Fixtures.REF).opportunity(Fixtures.hotel().incentives(List.of())
                .investment(Investment.of(Money.of(BigDecimal.ONE, "EUR"), Money.of(BigDecimal.TEN.pow(12), Money.IRR)))
                .build()).build()).replace("\"EUR\"", "\"IRR\"");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("A second amount in IRR")
                .satisfies(e -> assertThat(((CatalogJsonException) e).path()).isEqualTo("opportunities[0].investment[1]"));
        String empty = text.replaceAll("(?s)\"investment\" : \\[.*?]", "\"investment\" : [ ]");
        assertThatThrownBy(() -> json.readString(empty)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("at least one amount");
    }

    @Test
    void the_document_carries_a_format_version_iso_dates_and_amounts_as_strings() {
        String text = json.writeString(richCatalog());
        assertThat(text).contains("\"format\" : \"investment-catalog\"").contains("\"formatVersion\" : 1")
                .contains("\"amount\" : \"2500000000000\"").contains("\"publishedOn\" : \"2026-11-27\"")
                .contains("\"latitude\" : \"37.4712\"").contains("\"classes\" : [ \"ISIC Rev.4 5510\"");
    }

    @Test
    void one_opportunity_and_one_incentive_are_written_as_in_a_catalog_and_read_back_alone() throws Exception {
        Catalog c = richCatalog();
        var opportunity = c.opportunities().get(0);
        var incentive = c.incentives().get(0);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        json.write(opportunity, one);
        String text = one.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{").contains("\"id\" : \"" + opportunity.id().value() + "\"")
                .contains("\"amount\" : \"2500000000000\"").doesNotContain("\"value\"");
        assertThat(json.writeString(c).replaceAll("\\s", "")).contains(text.replaceAll("\\s", ""));
        assertThat(json.readOpportunity(new ByteArrayInputStream(one.toByteArray()), Fixtures.REF)).isEqualTo(opportunity);
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        json.write(incentive, other);
        assertThat(json.readIncentive(new ByteArrayInputStream(other.toByteArray()), Fixtures.REF)).isEqualTo(incentive);
    }

    @Test
    void one_opportunity_with_an_unknown_sector_code_is_refused_at_its_path() {
        String text = "{\"id\": \"AFZ-TOU-001\", \"sector\": \"NOPE\"}";
        assertThatThrownBy(() -> json.readOpportunity(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Fixtures.REF)).isInstanceOf(CatalogJsonException.class).hasMessageContaining("sector")
                .hasMessageContaining("NOPE");
    }

    @Test
    void reference_data_reads_back_on_its_own() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeReferenceData(ReferenceData.defaults(), out);
        assertThat(json.readReferenceData(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(ReferenceData.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed|{\"format\": |line 1",
        "truncated|{\"format\": \"investment-catalog\", \"formatVersion\": 1, \"referenceData\": {|line 1",
        "empty|''|empty",
        "not an object|[1,2]|Expected an object",
        "wrong format|{\"format\": \"other\"}|not a catalog document",
        "future version|{\"format\": \"investment-catalog\", \"formatVersion\": 9}|version 9",
        "trailing garbage|{\"format\": \"investment-catalog\"} xyz|Not valid JSON",
        "duplicate key|{\"format\": \"investment-catalog\", \"format\": \"investment-catalog\"}|Duplicate"})
    void malformed_documents_say_where_and_what(String name, String doc, String expected) {
        assertThatThrownBy(() -> json.readString(doc)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void a_bad_value_is_reported_with_its_path() {
        String text = json.writeString(richCatalog()).replace("\"amount\" : \"2500000000000\"", "\"amount\" : \"lots\"");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("opportunities[0].investment.amount").hasMessageContaining("lots")
                .satisfies(e -> assertThat(((CatalogJsonException) e).path()).isEqualTo("opportunities[0].investment.amount"));
    }

    @Test
    void an_unknown_key_is_refused() {
        String text = json.writeString(richCatalog()).replace("\"directJobs\"", "\"directJob\"");
        assertThatThrownBy(() -> json.readString(text)).hasMessageContaining("opportunities[0].directJob")
                .hasMessageContaining("Unknown key");
    }

    @Test
    void a_catalog_whose_references_do_not_hold_is_refused() {
        String text = json.writeString(richCatalog()).replace("\"INC-TAX-20\" ]", "\"INC-GONE\" ]");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("INC-GONE").hasMessageContaining("not in the catalog");
    }

    @Test
    void an_unknown_agency_is_refused_with_its_path() {
        String text = json.writeString(richCatalog()).replace("\"leadAgency\" : \"AFZO\"", "\"leadAgency\" : \"NOBODY\"");
        assertThatThrownBy(() -> json.readString(text)).hasMessageContaining("opportunities[0].leadAgency")
                .hasMessageContaining("NOBODY");
    }

    @Test
    void a_document_past_the_byte_limit_is_refused_where_the_reading_stopped() throws Exception {
        String text = json.writeString(richCatalog());
        CatalogJson small = CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxBytes(1000));
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
        assertThatThrownBy(() -> small.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("The document is longer than 1000 bytes, the most this reader takes in. "
                        + "Split the catalog, or raise the limit with CatalogJson.withLimits(limits.withMaxBytes(…)).");
        CatalogJson larger = CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxBytes(20_000));
        String longer = json.writeString(threeOpportunities()).repeat(1).replace("\"opportunities\" : [",
                "\"opportunities\" : [" + " ".repeat(30_000));
        assertThatThrownBy(() -> larger.readString(longer)).isInstanceOf(CatalogJsonException.class)
                .hasMessageStartingWith("line ").hasMessageContaining("The document is longer than 20000 bytes");
        assertThat(CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxBytes(text.length() * 3L))
                .readString(text)).isEqualTo(richCatalog());
    }

    @Test
    void a_document_past_the_opportunity_limit_is_refused_at_the_first_opportunity_past_it() throws Exception {
        String text = json.writeString(threeOpportunities());
        CatalogJson two = CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxOpportunities(2));
        assertThatThrownBy(() -> two.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessage("opportunities[2]: The catalog holds more than 2 opportunities, the most this reader "
                        + "takes in. Split the catalog, or raise the limit with "
                        + "CatalogJson.withLimits(limits.withMaxOpportunities(…)).");
        assertThat(CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxOpportunities(3))
                .readString(text).opportunities()).hasSize(3);
    }

    @Test
    void a_document_past_the_incentive_limit_is_refused_at_the_first_incentive_past_it() {
        String text = json.writeString(threeOpportunities());
        CatalogJson one = CatalogJson.standard().withLimits(CatalogLimits.DEFAULT.withMaxIncentives(1));
        assertThatThrownBy(() -> one.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessage("incentives[1]: The catalog holds more than 1 incentives, the most this reader "
                        + "takes in. Split the catalog, or raise the limit with "
                        + "CatalogJson.withLimits(limits.withMaxIncentives(…)).");
    }

    @Test
    void the_standard_reader_has_the_default_limits_and_the_same_limits_give_the_same_reader() {
        assertThat(CatalogJson.standard().limits()).isEqualTo(CatalogLimits.DEFAULT);
        assertThat(CatalogJson.standard().withLimits(CatalogLimits.DEFAULT)).isSameAs(CatalogJson.standard());
    }

    private static Catalog threeOpportunities() {
        Catalog.Builder b = Catalog.builder(Fixtures.REF).incentive(Fixtures.taxHoliday().build())
                .incentive(Fixtures.taxHoliday().id(new IncentiveId("INC-TAX-21")).build());
        for (int i = 1; i <= 3; i++) {
            b.opportunity(Fixtures.hotel().id(OpportunityId.of("AFZ-TOU-00" + i)).build());
        }
        return b.build();
    }

    @Test
    void deeply_nested_and_oversized_values_are_refused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> json.readString(deep)).isInstanceOf(CatalogJsonException.class)
                .hasMessage("Expected an object, found an array.");
        String deepItem = json.writeString(richCatalog()).replace("\"tags\" : [", "\"tags\" : " + "[".repeat(100_000));
        assertThatThrownBy(() -> json.readString(deepItem)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("opportunities[0].tags");
        String hugeNumber = "{\"format\": \"investment-catalog\", \"formatVersion\": " + "9".repeat(500) + "}";
        assertThatThrownBy(() -> json.readString(hugeNumber)).isInstanceOf(CatalogJsonException.class);
    }

    @Test
    void every_truncation_of_a_valid_document_is_refused_with_a_clear_error() throws Exception {
        String text = json.writeString(richCatalog());
        for (int cut = 0; cut < text.length() - 1; cut += 7) {
            String part = text.substring(0, cut);
            assertThatThrownBy(() -> json.readString(part)).as("cut at %d", cut)
                    .isInstanceOf(CatalogJsonException.class).hasMessageNotContaining("Exception");
        }
        assertThat(json.readString(text)).isEqualTo(richCatalog());
    }

    private String replaced(String from, String to) {
        String text = json.writeString(richCatalog());
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"amount\" : \"2500000000000\"|\"amount\" : \"1e999999999\"|opportunities[0].investment.amount",
        "\"amount\" : \"2500000000000\"|\"amount\" : \"1e100000000\"|opportunities[0].investment.amount",
        "\"amount\" : \"2500000000000\"|\"amount\" : \"1e-999999999\"|opportunities[0].investment.amount",
        "\"amount\" : \"2500000000000\"|\"amount\" : \"1234567890123456789012345678901\"|opportunities[0].investment.amount",
        "\"landAreaM2\" : \"12000\"|\"landAreaM2\" : \"1e999999999\"|opportunities[0].location.landAreaM2",
        "\"latitude\" : \"37.4712\"|\"latitude\" : \"3.7e1\"|opportunities[0].location.latitude",
        "\"irrPercent\" : \"18.5\"|\"irrPercent\" : \"18,5\"|opportunities[0].irrPercent",
        "\"benefitPercent\" : \"100\"|\"benefitPercent\" : 100|incentives[0].benefitPercent"})
    void numbers_follow_the_csv_rules_and_never_crash_hang_or_fill_memory(String from, String to, String path) {
        String text = replaced(from, to);
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class,
                e -> assertThat(e.path()).isEqualTo(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "far-future date|\"publishedOn\" : \"2026-11-27\"|\"publishedOn\" : \"+999999999-12-31\"|publishedOn",
        "year 9999|\"deadline\" : \"2027-03-20\"|\"deadline\" : \"9999-03-20\"|deadline",
        "gold|\"currency\" : \"IRR\"|\"currency\" : \"XAU\"|currency of money",
        "fraction of a rial|\"amount\" : \"2500000000000\"|\"amount\" : \"2500000000000.5\"|whole number of rials",
        "history skipping to operational|\"to\" : \"NEGOTIATION\"|\"to\" : \"OPERATIONAL\"|history",
        "control character|\"Anzali Beach Hotel\"|\"Anzali\\u001BBeach\"|control character",
        "tag with a separator|\"beach\"|\"sea;beach\"|separators"})
    void what_csv_could_not_carry_back_is_refused(String name, String from, String to, String expected) {
        String text = replaced(from, to);
        assertThatThrownBy(() -> json.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\ud800|U+D800", "\\udfff|U+DFFF", "\\ud83d and a letter|U+D83D", "\\ufffe|U+FFFE", "\\uffff|U+FFFF",
        "\\ufdd0|U+FDD0", "\\ud83f\\udfff|U+1FFFF"})
    void text_that_a_file_cannot_carry_back_is_refused_with_its_path(String escaped, String codePoint) {
        String text = replaced("\"Anzali Beach Hotel\"", "\"Anzali " + escaped + " Beach\"");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class, e -> {
            assertThat(e.path()).isEqualTo("opportunities[0].title.en");
            assertThat(e.getMessage()).contains(codePoint).contains("not text").contains("remove it");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\uD800", "\uDFFF", "\uD83D and a letter"})
    void a_lone_half_of_a_surrogate_pair_in_a_string_given_as_text_is_refused_with_its_line_and_column(String lone) {
        String text = replaced("\"Anzali Beach Hotel\"", "\"Anzali " + lone + " Beach\"");
        int at = text.indexOf(lone);
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at);
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class, e -> {
            assertThat(e.path()).isEqualTo("line " + line + ", column " + column);
            assertThat(e.getMessage()).contains(String.format("U+%04X", (int) lone.charAt(0)), "not text", "remove it");
        });
    }

    @Test
    void a_lone_half_of_a_surrogate_pair_outside_a_string_is_refused_with_its_line_and_column() {
        String text = replaced("\"format\"", "\uD800\"format\"");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class,
                e -> assertThat(e.getMessage()).contains("line 2, column 3"));
    }

    @Test
    void a_catalog_saved_as_windows_1256_is_refused_at_its_first_persian_letter_saying_to_save_it_as_utf_8() {
        String text = json.writeString(richCatalog());
        byte[] saved = text.getBytes(Charset.forName("windows-1256"));
        int at = text.indexOf(text.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).findFirst().orElseThrow());
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(saved)))
                .isInstanceOfSatisfying(CatalogJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("referenceData.sectors[0].nameFa");
                    assertThat(e.getMessage()).contains("Not UTF-8 text at line " + line + ", column ",
                            String.format("(the byte 0x%02X)", saved[at] & 0xff), "windows-1256",
                            "save it as UTF-8").doesNotContain("Invalid UTF-8");
                });
    }

    @Test
    void the_bytes_of_half_a_character_are_refused_saying_utf_8_never_holds_them() {
        byte[] utf8 = json.writeString(richCatalog()).getBytes(StandardCharsets.UTF_8);
        byte[] key = "\"format\"".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(utf8, key) + 1;
        byte[] damaged = new byte[utf8.length + 3];
        System.arraycopy(utf8, 0, damaged, 0, at);
        damaged[at] = (byte) 0xED;
        damaged[at + 1] = (byte) 0xA0;
        damaged[at + 2] = (byte) 0x80;
        System.arraycopy(utf8, at, damaged, at + 3, utf8.length - at);
        assertThatThrownBy(() -> json.read(new ByteArrayInputStream(damaged)))
                .isInstanceOfSatisfying(CatalogJsonException.class, e -> assertThat(e.getMessage())
                        .contains("line 2", "the bytes of U+D800, half of a character, which UTF-8 never holds",
                                "save it as UTF-8")
                        .doesNotContain("Invalid UTF-8"));
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void a_pair_of_surrogates_in_a_string_given_as_text_is_read_as_its_character() throws Exception {
        String text = replaced("\"Anzali Beach Hotel\"", "\"Anzali \uD83C\uDF0A Beach\"");
        assertThat(json.readString(text).opportunities().get(0).title().en()).isEqualTo("Anzali \uD83C\uDF0A Beach");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Anzali Beach Hotel\"|\"?????? ????\"|opportunities[0].title.en",
        "\"هتل ساحلی انزلی\"|\"هتل سا?لی\"|opportunities[0].title.fa",
        "\"beach\"|\"?????\"|opportunities[0].tags[1]",
        "\"هتل ساحلی انزلی\"|\"ب?مه\"|opportunities[0].title.fa"})
    void letters_lost_to_question_marks_are_refused_with_their_path_as_in_a_csv_file(String from, String to,
            String path) {
        String text = replaced(from, to);
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).contains("\"?\" in place of letters", "UTF-8");
        });
    }

    @Test
    void a_question_mark_after_a_word_is_text_in_json_as_in_a_csv_file_of_utf_8() throws Exception {
        String text = replaced("\"Anzali Beach Hotel\"", "\"Why Anzali? چرا انزلی?\"");
        assertThat(json.readString(text).opportunities().get(0).title().en()).isEqualTo("Why Anzali? چرا انزلی?");
    }

    @Test
    void a_link_over_two_thousand_characters_is_refused() {
        String text = replaced("https://anzali.ir/studies/hotel.pdf", "https://anzali.ir/" + "x".repeat(70_000));
        assertThatThrownBy(() -> json.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("feasibilityUrl").hasMessageContaining("2000 characters");
    }

    @Test
    void a_catalog_with_problems_carries_each_of_them() {
        String text = replaced("\"youthJobs\" : 110", "\"youthJobs\" : 500");
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.subject()).isEqualTo("opportunity AFZ-TOU-001");
                assertThat(p.code()).isEqualTo("cross-field");
            });
            assertThat(e.getMessage()).startsWith("The catalog has 1 problem:").contains("youthJobs");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt key|\"summary\" : {|\"summaries\" : {|opportunities[0].summaries|Unknown key",
        "job count as text|\"directJobs\" : 180|\"directJobs\" : \"180\"|opportunities[0].directJobs|whole number",
        "job count with a fraction|\"directJobs\" : 180|\"directJobs\" : 180.5|opportunities[0].directJobs|whole number",
        "job count too large|\"directJobs\" : 180|\"directJobs\" : 30000000000|opportunities[0].directJobs|out of range",
        "unknown status|\"status\" : \"NEGOTIATION\"|\"status\" : \"SOMEDAY\"|opportunities[0].status|Unknown code",
        "sector as a number|\"sector\" : \"TOURISM\"|\"sector\" : 7|opportunities[0].sector|Expected a string",
        "id as a number|\"id\" : \"AFZ-TOU-001\"|\"id\" : 1|opportunities[0].id|Expected a string",
        "summary as a string|\"summary\" : {|\"summary\" : \"x\", \"x\" : {|opportunities[0].summary|Expected an object",
        "tags as a string|\"tags\" : [ \"ساحلی\", \"beach\" ]|\"tags\" : \"beach\"|opportunities[0].tags|Expected an array",
        "money without currency|\"currency\" : \"IRR\"|\"currencies\" : \"IRR\"|opportunities[0].investment.currencies|Unknown key"})
    void a_value_of_the_wrong_shape_is_named_by_its_path(String name, String from, String to, String where,
            String what) {
        String text = replaced(from, to);
        assertThatThrownBy(() -> json.readString(text)).isInstanceOfSatisfying(CatalogJsonException.class, e -> {
            assertThat(e.getMessage()).contains(where).contains(what).doesNotContain("Exception").doesNotContain("`");
        });
    }

    @Test
    void a_missing_required_value_is_named() {
        String text = replaced("\"leadAgency\" : \"AFZO\",", "");
        assertThatThrownBy(() -> json.readString(text)).hasMessage("opportunities[0].leadAgency: Missing.");
    }

    @Test
    void reference_data_must_come_before_the_items() {
        String text = "{\"format\": \"investment-catalog\", \"formatVersion\": 1, \"opportunities\": [], "
                + "\"referenceData\": {}}";
        assertThatThrownBy(() -> json.readString(text)).hasMessageContaining("opportunities")
                .hasMessageContaining("referenceData must come before");
    }

    @Test
    void text_read_from_json_is_normalized_as_csv_would_store_it() throws Exception {
        String text = replaced("\"Anzali Beach Hotel\"", "\"  Anzali\\u200F  Beach Hotel \"").replace("\"ساحلی\"",
                "\"ساحلي\"");
        Catalog read = json.readString(text);
        assertThat(read.opportunities().get(0).title().en()).isEqualTo("Anzali Beach Hotel");
        assertThat(read.opportunities().get(0).tags()).containsExactly("ساحلی", "beach");
    }

    @Test
    void a_document_of_a_quarter_gigabyte_of_empty_items_stops_at_the_first() {
        String head = json.writeString(Catalog.empty(ReferenceData.defaults())).replace("\"opportunities\" : [ ]", "")
                .replaceAll(",\\s*}\\s*$", ",\"opportunities\": [");
        long items = 249L * 1024 * 1024 / 3;
        java.io.InputStream in = new java.io.SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new java.io.InputStream() {
                    private long at;

                    @Override
                    public int read() {
                        return at == items * 3 ? -1 : "{},".charAt((int) (at++ % 3));
                    }
                });
        assertThatThrownBy(() -> json.read(in)).isInstanceOfSatisfying(CatalogJsonException.class,
                e -> assertThat(e.path()).isEqualTo("opportunities[0].id"));
    }
}
