package ir.anzali.investment.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** The canonical form as the format defines it: trimmed, each ASCII letter upper-cased. */
    private static String reference(String text) {
        String s = text.strip();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    @Test
    void canonical_is_the_trimmed_text_with_ascii_letters_upper_cased_for_any_text() {
        String alphabet = "azAZmq09-_ \t\u00A0\u2003ßıİ\u0131\u017Fفرصت۱٢\u200C`{@";
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(0, 20); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();

            assertThat(Ids.canonical(text)).as("seed %d", seed).isEqualTo(reference(text));
        }
    }

    @Test
    void canonical_text_is_returned_as_it_is_without_a_copy() {
        String id = "AFZ-TOU-001";

        assertThat(Ids.canonical(id)).isSameAs(id);
        assertThat(Ids.canonical(" afz-tou-001 ")).isEqualTo(id);
        assertThat(Ids.canonical("AFZ-tou-001")).isEqualTo(id);
    }
}
