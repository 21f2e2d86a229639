package ir.anzali.investment.catalog.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the commands print with {@code --format json}: machine output, the same in every language —
 * codes, ASCII digits, ISO dates. Characters a terminal could act on or that hide themselves are
 * written as JSON's Unicode escapes, a backslash, {@code u} and four hex digits ({@link TerminalSafe}),
 * so that the output parses to the same values and a terminal never interprets them.
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
            .characterEscapes(new TerminalSafe()).build()).enable(SerializationFeature.INDENT_OUTPUT).build();

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

    /**
     * The escapes of terminal-safe JSON: besides those JSON requires, DEL and the C1 controls
     * (U+007F–U+009F, among them the CSI U+009B that starts a terminal command), the line and
     * paragraph separators U+2028 and U+2029, surrogates (so that a lone one is kept exactly), and
     * every invisible format character — the bidi marks, embeddings, overrides and isolates
     * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), zero-width characters, the soft hyphen,
     * a stray byte-order mark — but the zero-width non-joiner of Persian words.
     */
    static final class TerminalSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return escaped(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }

        /** Whether a character above ASCII is written as an escape. */
        static boolean escaped(int ch) {
            int type = Character.getType(ch);
            return ch <= 0x9F || ch == 0x2028 || ch == 0x2029 || type == Character.SURROGATE
                    || type == Character.FORMAT && ch != PersianNormalizer.ZWNJ;
        }
    }

    static void print(Console c, JsonNode tree) {
        try {
            c.out().println(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
