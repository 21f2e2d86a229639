package ir.anzali.investment.catalog.csv.property;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Schemas;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog JSON, generated and damaged: a written catalog reads back equal; a damaged document gives
 * either a catalog or a {@link CatalogJsonException} with a plain message — never another
 * exception, never a hang — and whatever it accepts, CSV export and re-import accept and give back,
 * a character of two UTF-16 units cut in two by the damage included.
 */
class CatalogJsonPropertyTest {

    private static final CatalogJson JSON = CatalogJson.standard();
    private static final Pattern STRING_VALUE = Pattern.compile(": \"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
    private static final Pattern NUMBER_VALUE = Pattern.compile(": (-?[0-9]+)");
    private static final String[] HOSTILE_STRINGS = {"1e999999999", "1e100000000", "1e-999999999", "", "-", "\\u0000",
        "\\u001B[31m", "9999-12-31", "+999999999-12-31", "1799-12-31", "a;b", "۱٬۲۰۰", "NaN", "Infinity", "-0",
        "00001", "0.5", "XAU", "ریال", "OPERATIONAL", "x".repeat(3000), "https://a.ir/" + "y".repeat(2100), " ",
        "\\u200F", "1234567890123456789012345678901", "AFZ-TOU-001", "INC-GONE", "MINING"};
    private static final String[] HOSTILE_NUMBERS = {"-1", "0", "2147483648", "1e400", "1.5", "-0.0", "99",
        "123456789012345678901234567890123"};

    @TempDir
    Path dir;

    @Test
    void a_written_catalog_follows_the_schema_and_reads_back_equal_and_through_csv_too() throws Exception {
        Seeds.forEach(30, seed -> {
            Generators g = new Generators(seed);
            Catalog catalog = g.catalog(4, 12);
            Catalog read = JSON.readString(Schemas.validCatalog(JSON.writeString(catalog)));
            assertThat(read).isEqualTo(catalog);
            assertCsvGivesBack(read, g.random());
        });
    }

    @Test
    void a_damaged_document_gives_a_catalog_or_a_clear_error() throws Exception {
        Seeds.forEach(300, seed -> {
            Generators g = new Generators(seed);
            SplittableRandom r = g.random();
            String text = JSON.writeString(g.catalog(2, 3));
            for (int m = r.nextInt(1, 4); m > 0; m--) {
                text = mutate(text, r);
            }
            Catalog read;
            try {
                read = JSON.readString(text);
            } catch (CatalogJsonException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContainPattern("java\\.|jackson|ir\\.anzali|Exception:")
                        .hasSizeLessThan(20_000);
                return;
            }
            assertCsvGivesBack(read, r);
        });
    }

    private void assertCsvGivesBack(Catalog catalog, SplittableRandom random) throws Exception {
        Catalog back = RoundTripPropertyTest.throughCsv(catalog, dir, random);
        assertThat(back.incentives()).isEqualTo(catalog.incentives());
        assertThat(withoutHistory(back.opportunities())).isEqualTo(withoutHistory(catalog.opportunities()));
    }

    private static List<Opportunity> withoutHistory(List<Opportunity> opportunities) {
        return opportunities.stream().map(o -> o.toBuilder().history(List.of()).build()).toList();
    }

    private static String mutate(String text, SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return replaceOne(text, STRING_VALUE, "\"" + HOSTILE_STRINGS[r.nextInt(HOSTILE_STRINGS.length)] + "\"", r);
            case 1:
                return replaceOne(text, NUMBER_VALUE, HOSTILE_NUMBERS[r.nextInt(HOSTILE_NUMBERS.length)], r);
            case 2: {
                int from = r.nextInt(text.length());
                return text.substring(0, from) + text.substring(Math.min(text.length(), from + r.nextInt(1, 40)));
            }
            case 3: {
                int from = r.nextInt(text.length());
                int to = Math.min(text.length(), from + r.nextInt(1, 200));
                return text.substring(0, to) + text.substring(from, to) + text.substring(to);
            }
            default: {
                int at = r.nextInt(text.length());
                String chars = "{}[]\",:\\n0e-";
                String junk = String.valueOf(chars.charAt(r.nextInt(chars.length()))).repeat(r.nextInt(1, 5));
                return text.substring(0, at) + junk + text.substring(at);
            }
        }
    }

    /** Replaces the value of one match, chosen at random, keeping what precedes it. */
    private static String replaceOne(String text, Pattern pattern, String value, SplittableRandom r) {
        Matcher m = pattern.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(1) - (pattern == STRING_VALUE ? 1 : 0), m.end(1) + (pattern == STRING_VALUE ? 1 : 0)});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(r.nextInt(found.size()));
        return text.substring(0, at[0]) + value + text.substring(at[1]);
    }
}
