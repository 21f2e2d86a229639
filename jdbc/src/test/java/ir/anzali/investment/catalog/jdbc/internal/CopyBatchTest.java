package ir.anzali.investment.catalog.jdbc.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import ir.anzali.investment.catalog.jdbc.PostgresCatalogStoreTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyBatchTest {

    /** Characters of one, two, three and four bytes in UTF-8, quotes and the separators of CSV. */
    private static final String ALPHABET = "a\"',\n\r\u001fۀهتل پنج\u200C\u00E9\u07FF\u0800\u20AC\uFFFD\uD83D\uDE00\uD83C\uDF0A";

    private static final String COLUMNS = "t, w, d, n";

    @Test
    void a_text_is_written_in_utf8_as_the_platforms_encoder_writes_it() {
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            String value = text(r);
            if (r.nextInt(10) == 0) {
                int at = r.nextInt(value.length() + 1);
                value = value.substring(0, at) + (r.nextBoolean() ? '\uD83D' : '\uDE00') + value.substring(at);
            }
            byte[] expected = value.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[3 * value.length() + 1];
            out[0] = 'x';

            int end = CopyBatch.utf8(value, out, 1);

            assertThat(Arrays.copyOfRange(out, 1, end)).as("seed %d: %s", seed, value).isEqualTo(expected);
        }
    }

    @Test
    void a_number_is_written_in_postgresqls_binary_form_with_its_digits_and_scale() {
        for (long seed = 1; seed <= 5000; seed++) {
            BigDecimal value = number(new SplittableRandom(seed));
            String plain = value.toPlainString();
            byte[] out = new byte[8 + 2 * plain.length() + 8];

            int end = CopyBatch.numeric(plain, out, 0);

            assertThat(decoded(out, end)).as("seed %d: %s", seed, plain).isEqualTo(value.setScale(Math.max(0, value.scale())));
        }
    }

    /**
     * The binary {@code COPY} stores what an {@code INSERT} of the same values stores: seeded rows of
     * texts, whole numbers, dates and numbers (scales beyond the column's, negative ones, zero) written
     * both ways into two tables of the same shape.
     */
    @Test
    void copy_stores_the_values_an_insert_stores() throws Exception {
        EmbeddedPostgres pg = PostgresCatalogStoreTest.server();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            for (String table : new String[] {"copied", "inserted"}) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("CREATE TABLE " + table + " (id INTEGER, t VARCHAR(1000), w INTEGER, d DATE, n NUMERIC(72, 30))");
            }
            c.setAutoCommit(false);
            try (Batch copied = new CopyBatch(c, "copied", COLUMNS + ", id", true);
                    Batch inserted = Batch.of(c, "INSERT INTO inserted (" + COLUMNS + ", id) VALUES (?, ?, ?, ?, ?)")) {
                for (int seed = 1; seed <= 3000; seed++) {
                    for (Batch b : List.of(copied, inserted)) {
                        SplittableRandom r = new SplittableRandom(seed);
                        b.text(1, r.nextInt(8) == 0 ? null : new StringBuilder(text(r).replace("\uD83D\uDE00", "")
                                .replace("\uD83C\uDF0A", "").replace('\uD83D', 'x').replace('\uDE00', 'y')));
                        b.whole(2, r.nextInt(8) == 0 ? null : r.nextInt(3) == 0 ? r.nextInt() : r.nextInt(100));
                        b.date(3, r.nextInt(8) == 0 ? null : LocalDate.ofEpochDay(r.nextLong(-30_000, 90_000)));
                        b.number(4, number(r));
                        b.whole(5, seed);
                        b.add();
                    }
                }
                copied.flush();
                inserted.flush();
            }
            c.commit();
            List<String> differences = new ArrayList<>();
            for (String sql : new String[] {"SELECT * FROM copied EXCEPT SELECT * FROM inserted",
                "SELECT * FROM inserted EXCEPT SELECT * FROM copied"}) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        differences.add("id " + rs.getInt("id") + ": " + rs.getString("t") + ", " + rs.getString("w") + ", "
                                + rs.getString("d") + ", " + rs.getString("n"));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM copied")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3000);
            }
            assertThat(differences).as("rows (id is the seed) that differ").isEmpty();
        }
    }

    private static String text(SplittableRandom r) {
        StringBuilder value = new StringBuilder();
        for (int n = r.nextInt(40); n > 0; n--) {
            value.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }

    /** A number of up to 42 digits before the point and a scale from -6 to 36, zero and negatives among them. */
    private static BigDecimal number(SplittableRandom r) {
        int kind = r.nextInt(10);
        BigInteger unscaled = kind == 0 ? BigInteger.ZERO
                : kind == 1 ? BigInteger.valueOf(r.nextInt(10_000)).multiply(BigInteger.TEN.pow(r.nextInt(12)))
                : new BigInteger(r.nextInt(1, 140), new Random(r.nextLong()));
        BigDecimal value = new BigDecimal(r.nextBoolean() ? unscaled : unscaled.negate(), r.nextInt(-6, 37));
        // within NUMERIC(72, 30): fewer than 42 digits before the point
        return value.abs().compareTo(BigDecimal.TEN.pow(41)) < 0 ? value : value.movePointLeft(value.precision());
    }

    /** The value of a {@code NUMERIC} in binary form, at its scale. */
    private static BigDecimal decoded(byte[] in, int end) {
        int digits = short16(in, 0);
        int weight = (short) short16(in, 2);
        int sign = short16(in, 4);
        int scale = short16(in, 6);
        assertThat(end).isEqualTo(8 + 2 * digits);
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < digits; i++) {
            int digit = short16(in, 8 + 2 * i);
            assertThat(digit).isBetween(i == 0 || i == digits - 1 ? 1 : 0, 9_999);
            value = value.add(BigDecimal.valueOf(digit).scaleByPowerOfTen(4 * (weight - i)));
        }
        return (sign == 0x4000 ? value.negate() : value).setScale(scale);
    }

    private static int short16(byte[] in, int at) {
        return (in[at] & 0xFF) << 8 | in[at + 1] & 0xFF;
    }
}
