package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas of the catalog and of the import report: what the library writes follows them,
 * they refuse what it would never write, they declare the property of every column, and the copy of
 * the report's schema in {@code docs/schemas/} is the one in the jar (the catalog's is kept only
 * there and built into the core jar).
 */
class PublishedSchemasTest {

    @TempDir
    Path dir;

    @Test
    void the_examples_catalog_follows_the_catalog_schema() throws Exception {
        CatalogImport result = CatalogImporter.builder().build()
                .importInto(Catalog.empty(ReferenceData.defaults()), Examples.opportunities(), Examples.incentives());
        assertThat(result.catalog().opportunities()).hasSize(15);
        Schemas.validCatalog(CatalogJson.standard().writeString(result.catalog()));
    }

    @Test
    void the_catalog_schema_refuses_what_the_reader_refuses() {
        String good = CatalogJson.standard().writeString(Catalog.empty(ReferenceData.defaults()));
        assertThat(Schemas.catalogProblems(good)).isEmpty();
        assertThat(Schemas.catalogProblems(good.replace("\"investment-catalog\"", "\"something-else\""))).isNotEmpty();
        String opportunity = """
                {"format": "investment-catalog", "formatVersion": 1, "referenceData": {},
                 "opportunities": [{"id": "AFZ-TOU-001", "title": {"fa": "هتل"}, "sector": "TOURISM",
                   "investment": {"amount": "%s", "currency": "IRR"}, "status": "OPEN", "leadAgency": "AFZO"%s}]}""";
        assertThat(Schemas.catalogProblems(opportunity.formatted("2500000000000", ""))).isEmpty();
        assertThat(Schemas.catalogProblems(opportunity.formatted("1e12", ""))).hasSize(1);
        assertThat(Schemas.catalogProblems(opportunity.formatted("5", ", \"status\": \"MAYBE\"")))
                .isNotEmpty();
        assertThat(Schemas.catalogProblems(opportunity.formatted("5", ", \"publishedOn\": \"3001-01-01\"")))
                .hasSize(1);
        assertThat(Schemas.catalogProblems(opportunity.formatted("5", ", \"colour\": \"blue\""))).hasSize(1);
    }

    @Test
    void the_report_schema_refuses_a_report_the_library_would_never_write() throws Exception {
        Path file = CsvFiles.write(dir, "o.csv", CsvFiles.HEADER + "\nAFZ-TOU-001,هتل,TURISM,5000000000,IRR,AFZO\n");
        String json = Schemas.validReport(ReportJson.toJson(CatalogImporter.builder().build()
                .validate(file, Kind.OPPORTUNITIES)));
        assertThat(json).contains("\"unknown-code\"");
        assertThat(Schemas.reportProblems(json.replace("\"unknown-code\"", "\"bad-code\""))).isNotEmpty();
        assertThat(Schemas.reportProblems(json.replace("\"rowsRead\" : 1", "\"rowsRead\" : -1"))).isNotEmpty();
    }

    @Test
    void the_copy_of_the_report_schema_in_docs_is_the_published_one() throws Exception {
        Path docs = Examples.dir().resolveSibling("docs").resolve("schemas");
        assertThat(Files.readString(docs.resolve("import-report.schema.json"), StandardCharsets.UTF_8))
                .isEqualTo(ReportJson.schema());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_column_names_a_property_the_catalog_schema_declares(Kind kind) throws Exception {
        // The module reads Jackson's tree model only in this test.
        PublishedSchemasTest.class.getModule().addReads(ModuleLayer.boot().findModule("com.fasterxml.jackson.databind")
                .orElseThrow());
        JsonNode defs = new ObjectMapper().readTree(CatalogJson.schema()).path("$defs");
        for (Column c : kind.columns()) {
            List<String> names = List.of(c.property().split("\\."));
            // A currency column names the currency of the amount its neighbour holds.
            JsonNode node = defs.path(kind == Kind.OPPORTUNITIES ? "opportunity" : "incentive");
            for (String name : c.type() == Column.Type.CURRENCY ? names.subList(0, names.size() - 1) : names) {
                String ref = node.path("$ref").asText("");
                node = (ref.startsWith("#/$defs/") ? defs.path(ref.substring("#/$defs/".length())) : node)
                        .path("properties").path(name);
            }
            assertThat(node.isObject()).as(c.name() + " " + c.property()).isTrue();
        }
    }
}
