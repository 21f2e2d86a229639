package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.property.Seeds;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumbersTest {

    /** The reading of a number as it was before the fast code: a BigDecimal of the text, moved, stripped. */
    private static BigDecimal reference(String s, int point) {
        BigDecimal number = new BigDecimal(s).movePointRight(point).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    private static String digits(Random random, int most) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            b.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** A number as a workbook may write it: sign, digits with zeros anywhere, a point, an exponent. */
    private static String number(Random random) {
        String sign = new String[] {"", "", "-", "+"}[random.nextInt(4)];
        String whole = digits(random, random.nextBoolean() ? 6 : 24);
        String fraction = random.nextBoolean() ? "." + digits(random, random.nextBoolean() ? 5 : 24) : "";
        String exponent = random.nextInt(3) == 0 ? (random.nextBoolean() ? "E" : "e")
                + new String[] {"", "+", "-"}[random.nextInt(3)] + (random.nextBoolean() ? "0" : "")
                + digits(random, 2) + random.nextInt(10) : "";
        return sign + whole + fraction + exponent;
    }

    @Test
    void every_number_within_the_bounds_reads_as_the_bigdecimal_reading_of_its_text() throws Exception {
        Seeds.forEach(20, seed -> {
            Random random = new Random(seed);
            int read = 0;
            for (int i = 0; i < 5_000; i++) {
                String s = number(random);
                if (Numbers.kind(s) != Numbers.Kind.NUMBER) {
                    continue;
                }
                read++;
                for (int point : new int[] {0, 2}) {
                    BigDecimal expected = reference(s, point);
                    BigDecimal value = Numbers.value(s, point);
                    assertThat(value).as("%s moved %d", s, point).isEqualTo(expected);
                    assertThat(value.toPlainString()).as(s).isEqualTo(expected.toPlainString());
                }
            }
            assertThat(read).isGreaterThan(1_000);
        });
    }

    @Test
    void a_percentage_is_past_the_bounds_when_its_shown_value_is() {
        assertThat(Numbers.kind("9".repeat(28), 2)).isEqualTo(Numbers.Kind.NUMBER);
        assertThat(Numbers.kind("9".repeat(29), 2)).isEqualTo(Numbers.Kind.UNBOUNDED);
        assertThat(Numbers.kind("9".repeat(29), 0)).isEqualTo(Numbers.Kind.NUMBER);
        assertThat(Numbers.kind("0." + "0".repeat(29) + "1", 2)).isEqualTo(Numbers.Kind.NUMBER);
    }

    @ParameterizedTest(name = "{0} moved {1}: {2}")
    @CsvSource({
        "6E+3, 0, 6000",
        "4.7E+4, 0, 47000",
        "1.82E+12, 0, 1820000000000",
        "46109.0, 0, 46109",
        "49.4835, 0, 49.4835",
        "0.185, 2, 18.5",
        "-0.0, 0, 0",
        "+.50, 0, 0.5",
        "5., 2, 500",
        "1E-5, 0, 0.00001",
        "123456789012345678, 0, 123456789012345678",
        "1234567890123456789, 0, 1234567890123456789",
        "9E+17, 0, 900000000000000000",
        "9E+18, 0, 9000000000000000000",
    })
    void numbers_read_plainly_without_trailing_zeros(String text, int point, String plain) {
        BigDecimal value = Numbers.value(text, point);
        assertThat(value.toPlainString()).isEqualTo(plain);
        assertThat(value).isEqualTo(reference(text, point));
    }
}
