package ir.anzali.investment.catalog.csv.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import ir.anzali.investment.catalog.internal.Resources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes reports as the JSON of CSV format §5: {@code file}, {@code sheet}, {@code kind}, {@code encoding},
 * {@code delimiter}, {@code columns}, {@code rowsRead}, {@code accepted}, {@code rejected},
 * {@code skipped}, {@code valid}, {@code errors} and {@code warnings}, and also {@code errorCount},
 * all errors including those past the limit. Every document written follows the JSON Schema
 * (2020-12) that {@link #schema()} gives. Stateless and thread-safe.
 */
public final class ReportJson {

    private static final String SCHEMA = "import-report.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReportJson() {
    }

    /**
     * A report as indented JSON text.
     *
     * @param report the report, not null
     * @return the JSON, never null
     */
    public static String toJson(ImportReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a report as indented JSON in UTF-8.
     *
     * @param report the report, not null
     * @param out    where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void write(ImportReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", report.file());
            g.writeStringField("sheet", report.sheet());
            g.writeStringField("kind", report.kind());
            g.writeStringField("encoding", report.encoding());
            g.writeStringField("delimiter", report.delimiter());
            g.writeArrayFieldStart("columns");
            for (String column : report.columns()) {
                g.writeString(column);
            }
            g.writeEndArray();
            g.writeNumberField("rowsRead", report.rowsRead());
            g.writeNumberField("accepted", report.accepted());
            g.writeNumberField("rejected", report.rejected());
            g.writeNumberField("skipped", report.skipped());
            g.writeBooleanField("valid", report.valid());
            g.writeNumberField("errorCount", report.errorCount());
            problems(g, "errors", report.errors());
            problems(g, "warnings", report.warnings());
            g.writeEndObject();
        }
        out.flush();
    }

    /**
     * The JSON Schema (draft 2020-12) of the documents this class writes.
     *
     * @return the schema's text, never null
     */
    public static String schema() {
        return Resources.text(ReportJson.class.getResourceAsStream(SCHEMA), SCHEMA);
    }

    private static void problems(JsonGenerator g, String name, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart(name);
        for (Problem p : problems) {
            g.writeStartObject();
            number(g, "line", p.line());
            number(g, "row", p.row());
            g.writeStringField("sheet", p.sheet());
            g.writeStringField("cell", p.cell());
            g.writeStringField("column", p.column());
            g.writeStringField("value", p.value());
            g.writeStringField("code", p.code().code());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, @Nullable Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
