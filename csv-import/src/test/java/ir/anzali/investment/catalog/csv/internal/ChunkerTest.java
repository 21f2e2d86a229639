package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-thread reading that parses straight from the chunker's buffer ({@link Chunker#parseNext})
 * gives exactly what cutting chunks ({@link Chunker#next(int)}) and parsing each gives: the same
 * records, lines and normal-text bits, the same failure at the same line, and the same reads of the
 * input at the same moments — so the same bytes counted when each batch's rows are accounted for —
 * on random, damaged text read in random pieces, with small limits and guards.
 */
class ChunkerTest {

    /** What one reading gave: each record with the bytes read when its batch ended, then the failure, then every read. */
    private static List<String> read(byte[] text, char delimiter, long seed, boolean inPlace) throws IOException {
        SplittableRandom setup = new SplittableRandom(seed);
        Limits limits = new Limits(setup.nextInt(1, 40), setup.nextInt(1, 8), setup.nextInt(1, 80));
        long guard = setup.nextInt(1, 60);
        int invalidAt = setup.nextInt(0, 4) == 0 ? setup.nextInt(0, text.length + 1) : -1;
        SplittableRandom targets = new SplittableRandom(seed + 1);
        Pieces in = new Pieces(text, new SplittableRandom(seed + 2), invalidAt);
        ChunkParser parser = new ChunkParser(Delimiter.of(delimiter), limits);
        Chunker chunker = new Chunker(in, Delimiter.of(delimiter), guard, null, parser);
        List<String> out = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        ChunkParser.Sink sink = (line, cells, normal) -> batch.add(line + ":" + Arrays.toString(cells) + ":" + normal);
        try {
            while (true) {
                int target = targets.nextInt(1, 30);
                if (inPlace) {
                    if (!chunker.parseNext(target, sink)) {
                        break;
                    }
                } else {
                    Chunker.Chunk chunk = chunker.next(target);
                    if (chunk == null) {
                        break;
                    }
                    parser.parse(chunk, sink);
                }
                batch.forEach(r -> out.add(r + " @" + in.position));
                batch.clear();
            }
        } catch (CsvFailure f) {
            batch.forEach(r -> out.add(r + " @" + in.position));
            out.add("failure " + f.reason() + " line " + f.line() + " " + f.getMessage() + " @" + in.position);
        }
        out.addAll(in.reads);
        return out;
    }

    @ParameterizedTest
    @ValueSource(chars = {',', '\u061B'})
    void parsing_in_place_reads_as_cutting_chunks_does(char delimiter) throws IOException {
        String alphabet = "ab\"\r\n بيؤ\t\u200C" + delimiter;
        for (long seed = 1; seed <= 20_000; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 7919);
            String written = ChunkParserTest.randomText(alphabet, r, 120);
            byte[] text = written.getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(8) == 0 && text.length > 0) {
                text[r.nextInt(text.length)] = (byte) 0xFF;
            }
            String shown = written.replace("\r", "\\r").replace("\n", "\\n");
            assertThat(read(text, delimiter, seed, true)).as("seed %d: %s", seed, shown)
                    .isEqualTo(read(text, delimiter, seed, false));
        }
    }

    @Test
    void parsing_in_place_takes_whole_chunks_of_the_target_size() throws IOException, CsvFailure {
        byte[] text = "id,title\n1,a\n2,\"b\r\nc\"\n3,d\r\n4,e".getBytes(StandardCharsets.UTF_8);
        ChunkParser parser = new ChunkParser(Delimiter.of(','), new Limits(100, 10, 1000));
        Chunker chunker = new Chunker(new java.io.ByteArrayInputStream(text), Delimiter.of(','), 1 << 20, null, parser);
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        while (chunker.parseNext(12, (line, cells, normal) -> batch.add(line + ":" + Arrays.toString(cells)))) {
            batches.add(List.copyOf(batch));
            batch.clear();
        }
        assertThat(batches).containsExactly(List.of("1:[id, title]", "2:[1, a]"), List.of("3:[2, b\r\nc]", "5:[3, d]"),
                List.of("6:[4, e]"));
    }

    /** The bytes in pieces of random sizes, each read logged; an invalid byte at a position, as {@link Utf8Input} reports it. */
    private static final class Pieces extends InputStream {
        private final byte[] bytes;
        private final SplittableRandom random;
        private final int invalidAt;
        private final List<String> reads = new ArrayList<>();
        private int position;

        Pieces(byte[] bytes, SplittableRandom random, int invalidAt) {
            this.bytes = bytes;
            this.random = random;
            this.invalidAt = invalidAt;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int stop = invalidAt >= 0 ? invalidAt : bytes.length;
            if (position == stop) {
                reads.add("read " + len + " at " + position + ": " + (invalidAt >= 0 ? "invalid" : "end"));
                if (invalidAt >= 0) {
                    long line = 1 + new String(bytes, 0, position, StandardCharsets.ISO_8859_1).chars()
                            .filter(c -> c == '\n').count();
                    throw new EncodingException(line, "windows-1256");
                }
                return -1;
            }
            int n = Math.min(Math.min(len, random.nextInt(1, 9)), stop - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            reads.add("read " + len + " at " + position + ": " + n);
            return n;
        }
    }
}
