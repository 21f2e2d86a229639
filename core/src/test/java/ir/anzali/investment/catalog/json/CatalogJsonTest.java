package ir.anzali.investment.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.Fixtures;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void the_document_carries_a_format_version_iso_dates_and_amounts_as_strings() {
        String text = json.writeString(richCatalog());
        assertThat(text).contains("\"format\" : \"investment-catalog\"").contains("\"formatVersion\" : 1")
                .contains("\"amount\" : \"2500000000000\"").contains("\"publishedOn\" : \"2026-11-27\"")
                .contains("\"latitude\" : \"37.4712\"").contains("\"classes\" : [ \"ISIC Rev.4 5510\"");
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
        "duplicate key|{\"format\": \"a\", \"format\": \"b\"}|Duplicate"})
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
    void an_oversized_document_is_refused() {
        CatalogJson small = CatalogJson.withMaxDocumentBytes(1000);
        String text = json.writeString(richCatalog());
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
        assertThatThrownBy(() -> small.readString(text)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("length");
    }

    @Test
    void deeply_nested_and_oversized_values_are_refused() {
        String deep = "{\"format\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> json.readString(deep)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("depth");
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
}
