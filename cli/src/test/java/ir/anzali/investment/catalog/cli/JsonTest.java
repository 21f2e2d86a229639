package ir.anzali.investment.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON printed for machines is safe on a terminal and parses to the very values printed. */
class JsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0007", "001B", "007F", "0080", "0085", "009B", "009F", "00AD", "061C", "200B", "200D",
        "200E", "200F", "2028", "2029", "202A", "202E", "2066", "2069", "FEFF", "D800", "DFFF", "FFF9"})
    void characters_a_terminal_could_act_on_are_escaped_and_read_back(String hex) throws Exception {
        String text = "Anzali" + (char) Integer.parseInt(hex, 16) + "[31mBeach";
        JsonNode tree = PLAIN.createObjectNode().put("value", text);
        Run run = printed(tree);
        assertThat(run.out()).doesNotContain(String.valueOf((char) Integer.parseInt(hex, 16)))
                .contains("\\u" + hex);
        assertThat(PLAIN.readTree(run.out()).get("value").asText()).isEqualTo(text);
    }

    @Test
    void persian_text_and_its_half_space_are_printed_as_they_are() throws Exception {
        String text = "می\u200Cشود هتل ساحلی ۱۲۳ \uD83C\uDF0A";
        Run run = printed(PLAIN.createObjectNode().put("value", text));
        assertThat(run.out()).contains("می\u200Cشود هتل ساحلی ۱۲۳");
        assertThat(PLAIN.readTree(run.out()).get("value").asText()).isEqualTo(text);
    }

    @Test
    void every_character_reads_back_as_it_was() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c);
        }
        Run run = printed(PLAIN.createObjectNode().put("value", all.toString()));
        assertThat(PLAIN.readTree(run.out()).get("value").asText()).isEqualTo(all.toString());
        assertThat(run.out().chars().filter(c -> Character.getType(c) == Character.FORMAT && c != '\u200C'
                || Character.isISOControl(c) && c != '\n' || c == '\u2028' || c == '\u2029'
                || Character.isSurrogate((char) c))).isEmpty();
    }

    @Test
    void a_report_printed_as_json_escapes_the_c1_and_bidi_controls_of_a_cell() throws Exception {
        String cell = "Hotel\u009B31m\u202EEvil";
        Path file = dir.resolve("opportunities.csv");
        Files.writeString(file, "id,title_en,sector,investment,currency,lead_agency\nAFZ-TOU-001," + cell
                + ",TOURISM,5000000000,IRR,AFZO\n", StandardCharsets.UTF_8);
        Run run = Run.of("validate", file.toString(), "--format", "json");
        assertThat(run.out()).doesNotContain("\u009B").doesNotContain("\u202E").contains("\\u009B").contains("\\u202E");
        assertThat(PLAIN.readTree(run.out()).get("reports").get(0).get("errors").get(0).get("value").asText()).isEqualTo(cell);
    }

    /** What the command line prints for a tree. */
    private static Run printed(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console c = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Locale.ENGLISH, false);
        Json.print(c, tree);
        return new Run(0, out.toString(StandardCharsets.UTF_8), "");
    }
}
