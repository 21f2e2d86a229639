package ir.anzali.investment.catalog.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatsTest {

    private final List<JsonFormats.Format<?>> formats = JsonFormats.of(CatalogJson.standard(), ReferenceData.defaults());

    @Test
    void both_jackson_modules_get_opportunity_incentive_catalog_read_and_written_and_the_import_report_written_only() {
        assertThat(formats.stream().<Class<?>>map(JsonFormats.Format::type))
                .containsExactly(Opportunity.class, Incentive.class, Catalog.class, ImportReport.class);
        assertThat(formats.stream().filter(format -> format.reader() == null).<Class<?>>map(JsonFormats.Format::type))
                .containsExactly(ImportReport.class);
    }

    @Test
    void reading_an_import_report_is_refused_naming_the_type() {
        JsonFormats.Format<?> report = formats.get(3);
        assertThatThrownBy(() -> report.read("{}")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage(ImportReport.class.getName() + " is only written");
    }

    @Test
    void a_catalog_is_written_and_read_back_by_the_library_text() throws Exception {
        @SuppressWarnings("unchecked")
        JsonFormats.Format<Catalog> catalog = (JsonFormats.Format<Catalog>) formats.get(2);
        Catalog empty = Catalog.empty(ReferenceData.defaults());
        assertThat(catalog.read(catalog.text(empty))).isEqualTo(empty);
    }

    @Test
    void half_of_a_character_in_the_text_is_refused_saying_so_instead_of_read_as_a_question_mark() throws Exception {
        @SuppressWarnings("unchecked")
        JsonFormats.Format<Catalog> catalog = (JsonFormats.Format<Catalog>) formats.get(2);
        String text = catalog.text(Catalog.empty(ReferenceData.defaults()));
        String broken = text.substring(0, text.length() - 1) + ", \"x\": \"\uD800\"}";
        assertThatThrownBy(() -> catalog.read(broken)).isInstanceOf(CatalogJsonException.class)
                .hasMessageContaining("U+D800").hasMessageContaining("half of a character whose other half is missing");
        String whole = text.substring(0, text.length() - 1) + ", \"x\": \"\uD83D\uDE00\"}";
        assertThatThrownBy(() -> catalog.read(whole)).isInstanceOf(CatalogJsonException.class)
                .hasMessageNotContaining("half of a character");
    }
}
