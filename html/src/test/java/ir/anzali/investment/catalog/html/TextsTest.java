package ir.anzali.investment.catalog.html;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.Counted;
import ir.anzali.investment.catalog.text.Display;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages take counts, amounts, days and delimiter names from the library's one language layer. */
class TextsTest {

    @Test
    void count_and_amounts_render_alike_everywhere() {
        Map<Currency, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(Currency.getInstance("EUR"), new BigDecimal("8000000"));
        amounts.put(Money.IRR, new BigDecimal("4685000000000"));
        LocalDate day = LocalDate.of(2026, 11, 29);
        for (Locale locale : List.of(Pages.FA, Locale.ENGLISH)) {
            Texts t = new Texts(locale);
            Display display = Display.of(locale);
            assertThat(t.amounts(amounts)).isEqualTo(Money.format(amounts, locale));
            assertThat(t.count(Counted.ERRORS, 1)).isEqualTo(display.count(Counted.ERRORS, 1));
            assertThat(t.day(day)).isEqualTo(display.dates(day));
            assertThat(t.delimiter("\u061B")).isEqualTo(display.delimiter("\u061B"));
        }
        assertThat(new Texts(Pages.FA).amounts(amounts)).isEqualTo("۴٬۶۸۵٬۰۰۰٬۰۰۰٬۰۰۰ ریال، ۸٬۰۰۰٬۰۰۰ یورو");
    }
}
