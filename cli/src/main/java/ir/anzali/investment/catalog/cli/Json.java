package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the commands print with {@code --format json}: machine output, the same in every language —
 * codes, ASCII digits, ISO dates.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A report as the JSON of CSV format §5. */
    static JsonNode report(ImportReport report) {
        try {
            return MAPPER.readTree(ReportJson.toJson(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports under {@code reports}. */
    static void reports(ObjectNode root, List<ImportReport> reports) {
        ArrayNode a = root.putArray("reports");
        reports.forEach(r -> a.add(report(r)));
    }

    static void print(Console c, JsonNode tree) {
        try {
            c.out().println(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
