package ir.anzali.investment.catalog.csv.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes reports as the JSON of CSV format §5: {@code file}, {@code kind}, {@code encoding},
 * {@code delimiter}, {@code columns}, {@code rowsRead}, {@code accepted}, {@code rejected},
 * {@code skipped}, {@code valid}, {@code errors} and {@code warnings}, and also {@code errorCount},
 * all errors including those past the limit. Thread-safe.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    /**
     * A report as a JSON tree.
     *
     * @param report the report, not null
     * @return a new tree, never null
     */
    public static ObjectNode tree(ImportReport report) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", report.file());
        n.put("kind", report.kind());
        n.put("encoding", report.encoding());
        n.put("delimiter", report.delimiter());
        ArrayNode columns = n.putArray("columns");
        report.columns().forEach(columns::add);
        n.put("rowsRead", report.rowsRead());
        n.put("accepted", report.accepted());
        n.put("rejected", report.rejected());
        n.put("skipped", report.skipped());
        n.put("valid", report.valid());
        n.put("errorCount", report.errorCount());
        n.set("errors", problems(report.errors()));
        n.set("warnings", problems(report.warnings()));
        return n;
    }

    private static ArrayNode problems(List<Problem> problems) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Problem p : problems) {
            ObjectNode o = a.addObject();
            if (p.line() == null) {
                o.putNull("line");
            } else {
                o.put("line", p.line());
            }
            if (p.row() == null) {
                o.putNull("row");
            } else {
                o.put("row", p.row());
            }
            o.put("column", p.column());
            o.put("value", p.value());
            o.put("code", p.code().code());
            o.put("message", p.message());
        }
        return a;
    }

    /**
     * A report as indented JSON text.
     *
     * @param report the report, not null
     * @return the JSON, never null
     */
    public static String toJson(ImportReport report) {
        return write(tree(report));
    }

    /**
     * Any tree as indented JSON text.
     *
     * @param tree the tree, not null
     * @return the JSON, never null
     */
    public static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write report JSON", e);
        }
    }

    /**
     * A new empty JSON object, for callers composing larger documents around reports.
     *
     * @return a new object node, never null
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
