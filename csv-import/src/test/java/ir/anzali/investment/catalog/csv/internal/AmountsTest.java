package ir.anzali.investment.catalog.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.property.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void va_splits_only_between_whole_amounts_that_carry_their_unit() {
        assertThat(Amounts.parts("۲ هزار و ۵۰۰ میلیارد ریال")).containsExactly("۲ هزار و ۵۰۰ میلیارد ریال");
        assertThat(Amounts.parts("۱ میلیارد ریال و ۲ هزار و ۵۰۰ میلیون یورو"))
                .containsExactly("۱ میلیارد ریال", "۲ هزار و ۵۰۰ میلیون یورو");
        assertThat(Amounts.parts("۱۵۰ هزار میلیارد ریال و ۵۰ میلیون یورو"))
                .containsExactly("۱۵۰ هزار میلیارد ریال", "۵۰ میلیون یورو");
        assertThat(Amounts.parts("۱۰ میلیارد ریال و ۵۰۰")).as("the cell does not end in a unit")
                .containsExactly("۱۰ میلیارد ریال و ۵۰۰");
    }

    @Test
    void plus_splits_between_amounts_but_a_leading_or_trailing_plus_is_part_of_the_amount() {
        assertThat(Amounts.parts("150 + 50 EUR")).containsExactly("150", "50 EUR");
        assertThat(Amounts.parts("+5 EUR")).containsExactly("+5 EUR");
        assertThat(Amounts.parts("5 EUR +")).containsExactly("5 EUR +");
    }

    @Test
    void a_list_of_more_amounts_than_any_investment_has_is_read_as_one_amount() {
        String many = String.join(" + ", java.util.Collections.nCopies(17, "1 EUR"));
        assertThat(Amounts.parts(many)).containsExactly(many);
    }

    /** Pieces of investment cells: numbers in three scripts, scale and unit words, joins, white space, ZWNJ. */
    private static final String[] PIECES = {"۲", "۵۰۰", "٣", "١٢", "7", "1,5", "/", ".", "هزار", "میلیون", "میلیارد",
        "ریال", "تومان", "یورو", "EUR", "USD", "دلار", "و", "ده", "+", " ", " ", "  ", "\t", "\u00A0", "\u200C", "\n",
        "يورو", "وو"};

    @Test
    void a_cell_without_plus_or_spaced_va_gives_the_parts_the_pattern_split_gives() throws Exception {
        Seeds.forEach(200, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            for (int n = 0; n < 50; n++) {
                StringBuilder cell = new StringBuilder();
                for (int i = random.nextInt(1, 12); i > 0; i--) {
                    cell.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String text = cell.toString();
                assertThat(Amounts.parts(text)).as(text).isEqualTo(Amounts.split(text));
            }
        });
    }
}
