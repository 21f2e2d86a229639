package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's reading — {@link Chunker} cutting records on the bytes, {@link ChunkParser} splitting
 * them into cells — reads text exactly as Commons CSV does (RFC 4180, empty lines kept), whatever the
 * delimiter, the chunk sizes and the pieces the bytes arrive in.
 */
class ChunkParserTest {

    private static final Limits LIMITS = new Limits(1 << 20, 1 << 16, 1 << 20);

    /** Cells and start lines of each record by Commons CSV, and whether it failed. */
    private static List<String> commons(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setDelimiter(delimiter).get();
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
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

    /**
     * Cells and start lines of each record by the library, the bytes arriving one to three at a time
     * and cut into chunks of random sizes.
     */
    private static List<String> ours(String text, char delimiter, SplittableRandom random) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ChunkParser parser = new ChunkParser(Delimiter.of(delimiter), LIMITS);
        Chunker chunker = new Chunker(new Trickle(bytes, random), Delimiter.of(delimiter), 1 << 20, null, parser);
        List<String> out = new ArrayList<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        try {
            for (Chunker.Chunk chunk = chunker.next(random.nextInt(1, 30)); chunk != null;
                    chunk = chunker.next(random.nextInt(1, 30))) {
                seen.write(chunk.bytes());
                ChunkParser.Parsed parsed = parser.parse(chunk);
                parsed.records().forEach(r -> out.add(r.line() + ":" + Arrays.toString(r.cells())));
                if (parsed.failure() != null) {
                    out.add("failure");
                    return out;
                }
            }
        } catch (CsvFailure f) {
            out.add("failure");
            return out;
        }
        assertThat(seen.toByteArray()).as("the chunks hold every byte, in order").isEqualTo(bytes);
        return out;
    }

    @ParameterizedTest
    @ValueSource(chars = {',', '\u061B'})
    void reads_random_text_as_commons_csv_does(char delimiter) throws IOException {
        String alphabet = "ab\"\r\n بؤ\t" + delimiter;
        for (long seed = 1; seed <= 10_000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            String text = randomText(alphabet, r, 40);
            assertThat(ours(text, delimiter, r)).as("seed %d: %s", seed, text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(commons(text, delimiter));
        }
    }

    /** Up to {@code maxLength} characters drawn from an alphabet. */
    static String randomText(String alphabet, SplittableRandom random, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(0, maxLength); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void quoted_cells_keep_line_breaks_and_count_lines() throws IOException {
        List<String> records = ours("a,\"x\r\ny\"\r\n\"q\"\"z\",b\n\nlast", ',', new SplittableRandom(1));
        assertThat(records).containsExactly("1:[a, x\r\ny]", "3:[q\"z, b]", "4:[]", "5:[last]");
    }

    @Test
    void invalid_utf8_stops_the_chunk_at_the_line_of_the_bad_byte() {
        byte[] bytes = "a,b\n\"c\nd\u00e9\",e\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xFF; // the second byte of the é, on line 3
        ChunkParser.Parsed parsed = new ChunkParser(Delimiter.of(','), LIMITS).parse(new Chunker.Chunk(bytes, 1));
        assertThat(parsed.records()).extracting(r -> Arrays.toString(r.cells())).containsExactly("[a, b]");
        assertThat(parsed.failure().reason()).isEqualTo(CsvFailure.Reason.ENCODING);
        assertThat(parsed.failure().line()).isEqualTo(3);
    }

    @Test
    void a_written_replacement_character_is_text() {
        byte[] bytes = "a\uFFFD,b\n".getBytes(StandardCharsets.UTF_8);
        ChunkParser.Parsed parsed = new ChunkParser(Delimiter.of(','), LIMITS).parse(new Chunker.Chunk(bytes, 1));
        assertThat(parsed.failure()).isNull();
        assertThat(parsed.records()).extracting(r -> Arrays.toString(r.cells())).containsExactly("[a\uFFFD, b]");
    }

    @Test
    void held_records_are_handed_on_as_parsed_in_order_and_once() throws CsvFailure {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 300; r++) {
            for (int c = 0; c < 40 + r % 50; c++) {
                text.append(c == 0 ? "" : ",").append(c % 3 == 0 ? "\"x,\r\ny\"" : c % 3 == 1 ? "بندر " + r : "");
            }
            text.append(r % 2 == 0 ? "\n" : "\r\n");
        }
        Chunker.Chunk chunk = new Chunker.Chunk(text.toString().getBytes(StandardCharsets.UTF_8), 1);
        ChunkParser parser = new ChunkParser(Delimiter.of(','), LIMITS);
        ChunkParser.Held held = new ChunkParser.Held();
        parser.parse(chunk, held);
        List<ChunkParser.Record> handed = new ArrayList<>();
        held.handTo((line, cells, normal) -> handed.add(new ChunkParser.Record(line, cells, normal)));
        List<ChunkParser.Record> parsed = parser.parse(chunk).records();
        assertThat(handed).hasSize(300);
        assertThat(handed).extracting(r -> r.line() + ":" + r.normal() + ":" + Arrays.toString(r.cells()))
                .isEqualTo(parsed.stream().map(r -> r.line() + ":" + r.normal() + ":" + Arrays.toString(r.cells())).toList());
        assertThat(handed.get(299).cells()).hasSize(40 + 299 % 50).startsWith("x,\r\ny", "بندر 299", "", "x,\r\ny");
        List<ChunkParser.Record> again = new ArrayList<>();
        held.handTo((line, cells, normal) -> again.add(new ChunkParser.Record(line, cells, normal)));
        assertThat(again).isEmpty();
    }

    /** Hands out the bytes one to three at a time. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final SplittableRandom random;
        private int position;

        Trickle(byte[] bytes, SplittableRandom random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, random.nextInt(1, 4)), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
