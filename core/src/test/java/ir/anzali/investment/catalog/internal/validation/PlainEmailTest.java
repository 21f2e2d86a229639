package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.CatalogValidator;
import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.opportunity.Opportunity;
import jakarta.validation.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The quick email test never accepts what Hibernate Validator's {@code @Email} check refuses: on
 * random address-like text around every length limit, whenever {@link PlainEmail} says yes the
 * validator's own check (of {@code Opportunity.contactEmail}) says yes too.
 */
class PlainEmailTest {

    private static final Validator HIBERNATE = CatalogValidator.shared().validator();
    private static final String ALPHABET = "abcXYZ0189.-_+@.-ب!#[]é ";

    private static String part(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // Mostly letters and digits, so that many texts have the plain shape.
            b.append(r.nextInt(20) > 0 ? (char) ('a' + r.nextInt(26)) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static boolean hibernateAccepts(String email) {
        return HIBERNATE.validateValue(Opportunity.class, "contactEmail", email).isEmpty();
    }

    @Test
    void what_the_quick_test_accepts_the_full_check_accepts() {
        int plain = 0;
        int other = 0;
        for (long seed = 1; seed <= 20_000; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int[] lengths = {1, 2, 5, 62, 63, 64, 65, 66};
            String local = part(r, r.nextBoolean() ? r.nextInt(1, 12) : lengths[r.nextInt(lengths.length)]);
            StringBuilder domain = new StringBuilder();
            for (int labels = r.nextInt(1, r.nextInt(8) == 0 ? 6 : 3); labels > 0; labels--) {
                domain.append(domain.length() > 0 ? "." : "")
                        .append(part(r, r.nextBoolean() ? r.nextInt(1, 10) : lengths[r.nextInt(lengths.length)]));
            }
            String email = local + "@" + domain;
            if (PlainEmail.isPlain(email)) {
                plain++;
                assertThat(hibernateAccepts(email)).as("seed %d: %s", seed, email).isTrue();
            } else {
                other++;
            }
        }
        assertThat(plain).as("texts with the plain shape").isGreaterThan(2_000);
        assertThat(other).as("texts left to the full check").isGreaterThan(2_000);
    }

    @Test
    void common_addresses_are_plain_and_odd_ones_are_left_to_the_full_check() {
        assertThat(PlainEmail.isPlain("invest4@anzalifz.ir")).isTrue();
        assertThat(PlainEmail.isPlain("first.last+tag@sub-domain.example.com")).isTrue();
        assertThat(PlainEmail.isPlain("a..b@x.ir")).isFalse();
        assertThat(PlainEmail.isPlain("a@-x.ir")).isFalse();
        assertThat(PlainEmail.isPlain("a@x.ir.")).isFalse();
        assertThat(PlainEmail.isPlain("\"quoted\"@x.ir")).isFalse();
        assertThat(PlainEmail.isPlain("کاربر@انزلی.ir")).isFalse();
        assertThat(PlainEmail.isPlain("a".repeat(65) + "@x.ir")).isFalse();
        assertThat(PlainEmail.isPlain("a@" + "b".repeat(64) + ".ir")).isFalse();
    }
}
