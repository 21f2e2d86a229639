package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.property.Seeds;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser's check of normal text ({@link ChunkParser.Record#normal()}), made on the bytes while
 * it looks for a cell's end, against {@link PersianNormalizer#normalize(String)}: a cell it calls
 * normal is always one the normalizer returns as it is, and over the characters it knows — printable
 * ASCII, the Arabic block, space and half-space — it calls every such unquoted cell normal.
 */
class ChunkParserNormalTest {

    private static final Limits LIMITS = new Limits(1 << 20, 1 << 16, 1 << 20);

    /** Characters the check knows, with those normalization changes among them. */
    private static final String KNOWN = "aZ09-.@/:=+ \u200C\u200C\u0627\u0628\u06CC\u06A9\u06F1\u0661\u064A\u0649\u0643"
            + "\u0640\u061C\u061B\u060C\u0600\u06FF\u063F\u067F\u06BF\u06C0~!";
    /** Characters it leaves to the normalizer. */
    private static final String OTHERS = "\t\u00A0\u00AD\u0085\u009F\u007F\u0001\u200B\u200D\u200F\u202A\u2066"
            + "\uFEFF\uFB8F\uFEFE\u00E9\u05D0\u2009\u3000\uFFFD\uFDD0";

    private static String cell(SplittableRandom random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(0, 8);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static List<ChunkParser.Record> parse(String text, char delimiter) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ChunkParser.Parsed parsed = new ChunkParser(Delimiter.of(delimiter), LIMITS).parse(new Chunker.Chunk(bytes, 1));
        assertThat(parsed.failure()).isNull();
        return parsed.records();
    }

    @ParameterizedTest
    @ValueSource(chars = {',', '\u061B'})
    void calls_a_cell_of_known_characters_normal_exactly_when_the_normalizer_leaves_it(char delimiter)
            throws Exception {
        Seeds.forEach(3_000, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            String alphabet = KNOWN.replace(String.valueOf(delimiter), "");
            String[] written = new String[random.nextInt(1, 70)];
            for (int k = 0; k < written.length; k++) {
                written[k] = cell(random, alphabet);
            }
            ChunkParser.Record record = parse(String.join(String.valueOf(delimiter), written) + "\n", delimiter).get(0);
            assertThat(record.cells()).containsExactly(written);
            for (int k = 0; k < written.length; k++) {
                boolean normal = PersianNormalizer.normalize(written[k]).equals(written[k]);
                assertThat(k < Long.SIZE && (record.normal() & 1L << k) != 0).as("cell %d %s", k, escaped(written[k]))
                        .isEqualTo(normal && k < Long.SIZE);
            }
        });
    }

    @Test
    void never_calls_a_cell_normal_that_the_normalizer_changes() throws Exception {
        Seeds.forEach(3_000, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            String[] written = new String[random.nextInt(1, 20)];
            for (int k = 0; k < written.length; k++) {
                written[k] = cell(random, random.nextBoolean() ? OTHERS : KNOWN + OTHERS);
            }
            String line = String.join(",", written).replace("\"", "") + "\r\n";
            ChunkParser.Record record = parse(line, ',').get(0);
            for (int k = 0; k < record.cells().length; k++) {
                String cell = record.cells()[k];
                if ((record.normal() & 1L << k) != 0) {
                    assertThat(PersianNormalizer.normalize(cell)).as("cell %d %s", k, escaped(cell)).isSameAs(cell);
                }
            }
        });
    }

    @Test
    void calls_no_quoted_cell_normal() {
        ChunkParser.Record record = parse("\"a\",b,\"\u0628\"\n", ',').get(0);
        assertThat(record.normal()).isEqualTo(0b010L);
    }

    @Test
    void calls_a_cell_with_a_doubled_space_or_a_half_space_by_a_space_not_normal() {
        ChunkParser.Record record = parse("a b,a  b, a,a ,\u0628\u200C\u0628,\u0628\u200C,\u200C \u0628,,\u0643\n", ',')
                .get(0);
        assertThat(record.normal()).isEqualTo(0b0_1001_0001L);
    }

    @Test
    void still_refuses_an_arabic_lead_byte_without_its_second_byte() {
        byte[] bytes = {'a', ',', (byte) 0xD8, 'b', '\n'};
        ChunkParser.Parsed parsed = new ChunkParser(Delimiter.of(','), LIMITS).parse(new Chunker.Chunk(bytes, 1));
        assertThat(parsed.records()).isEmpty();
        assertThat(parsed.failure()).isNotNull().extracting(CsvFailure::reason).isEqualTo(CsvFailure.Reason.ENCODING);
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c < 0x7F && c >= ' ' ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }
}
