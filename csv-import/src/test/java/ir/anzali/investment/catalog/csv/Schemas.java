package ir.anzali.investment.catalog.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.json.CatalogJson;
import java.util.List;

/** Checks documents against the JSON Schemas the library publishes. */
public final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema REPORT = REGISTRY.getSchema(ReportJson.schema());
    private static final Schema CATALOG = REGISTRY.getSchema(CatalogJson.schema());

    private Schemas() {
    }

    /** What the report schema finds wrong with a document. */
    public static List<String> reportProblems(String json) {
        return problems(REPORT, json);
    }

    /** What the catalog schema finds wrong with a document. */
    public static List<String> catalogProblems(String json) {
        return problems(CATALOG, json);
    }

    /** The document follows the report schema. */
    public static String validReport(String json) {
        assertThat(reportProblems(json)).as("schema problems of %s", json).isEmpty();
        return json;
    }

    /** The document follows the catalog schema. */
    public static String validCatalog(String json) {
        assertThat(catalogProblems(json)).as("catalog schema problems").isEmpty();
        return json;
    }

    private static List<String> problems(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
