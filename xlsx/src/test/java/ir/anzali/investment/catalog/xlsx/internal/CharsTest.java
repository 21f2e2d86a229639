package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attribute's value as the parser hands it over, read without a string. */
class CharsTest {

    @Test
    void an_attribute_value_is_stripped_of_exactly_the_white_space_string_strip_takes_off() {
        Chars chars = new Chars();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char[] around = {'<', (char) c, 'x', (char) c, '>'};
            chars.decode(around, 1, 4);
            String written = new String(around, 1, 3);
            assertThat(chars.toString()).as("U+%04X", c).isEqualTo(written.strip());
            assertThat(chars.trimmed).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void white_space_just_outside_the_value_says_it_may_have_been_trimmed() {
        Chars chars = new Chars();
        char[] buffer = " s\u3000".toCharArray();
        chars.decode(buffer, 1, 2);
        assertThat(chars.is("s")).isTrue();
        assertThat(chars.trimmed).isTrue();
        chars.decode("xsx".toCharArray(), 1, 2);
        assertThat(chars.is("s")).isTrue();
        assertThat(chars.trimmed).isFalse();
    }
}
