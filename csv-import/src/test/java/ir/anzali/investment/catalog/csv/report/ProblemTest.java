package ir.anzali.investment.catalog.csv.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void a_value_is_kept_whole_up_to_200_characters_and_cut_after() {
        String exact = "ب".repeat(200);
        assertThat(Problem.excerpt(exact)).isSameAs(exact);
        assertThat(Problem.excerpt(exact + "پ")).isEqualTo(exact + "…");
        assertThat(Problem.excerpt(null)).isNull();
        assertThat(new Problem(3L, 2L, "title_fa", "x".repeat(5000), ErrorCode.TOO_LONG, "m").value()).hasSize(201);
    }

    @Test
    void a_cut_never_splits_a_character_of_two_utf16_units() {
        String text = "a".repeat(199) + "😀" + "tail";
        String cut = Problem.excerpt(text);
        assertThat(cut).isEqualTo("a".repeat(199) + "…");
        assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
