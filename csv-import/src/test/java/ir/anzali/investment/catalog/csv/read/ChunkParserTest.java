package ir.anzali.investment.catalog.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The library's tokenizer reads text exactly as Commons CSV does (RFC 4180, empty lines kept). */
class ChunkParserTest {

    private static final CSVFormat COMMONS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** Cells and start lines of each record by Commons CSV, and whether it failed. */
    private static List<String> commons(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(COMMONS).get()) {
            long line = 1;
            for (CSVRecord r : parser) {
                out.add(line + ":" + Arrays.toString(r.values()));
                line = 1 + parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            out.add("failure");
        }
        return out;
    }

    private static List<String> ours(String text) {
        ChunkParser.Parsed parsed = new ChunkParser(',', new Limits(1 << 20, 1 << 16, 1 << 20))
                .parse(new Chunker.Chunk(text, 1));
        List<String> out = new ArrayList<>();
        parsed.records().forEach(r -> out.add(r.line() + ":" + Arrays.toString(r.cells())));
        if (parsed.failure() != null) {
            out.add("failure");
        }
        return out;
    }

    @Test
    void reads_random_text_as_commons_csv_does() throws IOException {
        String alphabet = "ab,\"\r\n ب\t";
        for (long seed = 1; seed <= 20_000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(0, 40); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(ours(text)).as("seed %d: %s", seed, text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(commons(text));
        }
    }

    @Test
    void quoted_cells_keep_line_breaks_and_count_lines() {
        List<String> records = ours("a,\"x\r\ny\"\r\n\"q\"\"z\",b\n\nlast");
        assertThat(records).containsExactly("1:[a, x\r\ny]", "3:[q\"z, b]", "4:[]", "5:[last]");
    }
}
