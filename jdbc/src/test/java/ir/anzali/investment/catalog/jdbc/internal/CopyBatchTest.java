package ir.anzali.investment.catalog.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyBatchTest {

    /** Characters of one, two, three and four bytes in UTF-8, quotes and the separators of CSV. */
    private static final String ALPHABET = "a\"',\n\r\u001fۀهتل پنج\u200C\u00E9\u07FF\u0800\u20AC\uFFFD\uD83D\uDE00\uD83C\uDF0A";

    @Test
    void a_field_is_quoted_in_utf8_as_the_platforms_encoder_writes_it() {
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder value = new StringBuilder();
            for (int n = r.nextInt(40); n > 0; n--) {
                value.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            if (r.nextInt(10) == 0) {
                value.insert(r.nextInt(value.length() + 1), r.nextBoolean() ? '\uD83D' : '\uDE00');
            }
            byte[] expected = ("\"" + value.toString().replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[3 * value.length() + 3];
            out[0] = 'x';

            int end = CopyBatch.quoted(value, out, 1);

            assertThat(Arrays.copyOfRange(out, 1, end)).as("seed %d: %s", seed, value).isEqualTo(expected);
        }
    }
}
