package ir.anzali.investment.catalog.csv.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.Rule;
import ir.anzali.investment.catalog.validation.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** For arbitrary valid objects with hostile text, export then import gives equal objects. */
class RoundTripPropertyTest {

    @TempDir
    Path dir;

    @Test
    void export_then_import_gives_equal_objects() throws Exception {
        Seeds.forEach(40, seed -> {
            Generators g = new Generators(seed);
            Catalog catalog = g.catalog(5, 20);
            for (Object o : catalog.opportunities()) {
                assertThat(CatalogValidator.shared().validate(o)).as("generated object is valid").isEmpty();
            }
            Catalog back = throughCsv(catalog, dir, g.random());
            assertThat(back.incentives()).hasSameSizeAs(catalog.incentives());
            for (int i = 0; i < catalog.incentives().size(); i++) {
                assertThat(back.incentives().get(i)).isEqualTo(catalog.incentives().get(i));
            }
            assertThat(back.opportunities()).hasSameSizeAs(catalog.opportunities());
            for (int i = 0; i < catalog.opportunities().size(); i++) {
                assertThat(back.opportunities().get(i).toBuilder().history(List.of()).build())
                        .usingRecursiveComparison()
                        .isEqualTo(catalog.opportunities().get(i).toBuilder().history(List.of()).build());
            }
        });
    }

    @Test
    void text_that_a_file_cannot_carry_back_never_passes_validation() throws Exception {
        Seeds.forEach(200, seed -> {
            Generators g = new Generators(seed);
            Opportunity o = g.opportunity(0, List.of());
            String bad = g.notText(200);
            boolean persian = g.random().nextBoolean();
            Opportunity.Builder refused = o.toBuilder().title(persian ? bad : g.text(200), persian ? g.text(200) : bad);
            assertThat(refused.validate()).as("%s", bad)
                    .extracting(Violation::property, Violation::rule)
                    .containsExactly(tuple(persian ? "title.fa" : "title.en", Rule.TYPE));
        });
    }

    /**
     * Exports a catalog's incentives and opportunities as CSV, with Persian or English headers, and
     * imports them into an empty catalog; the CSV format has no history, so histories are left out.
     *
     * @return the imported catalog
     */
    static Catalog throughCsv(Catalog catalog, Path dir, SplittableRandom random) throws IOException {
        CsvExporter exporter = random.nextBoolean() ? CsvExporter.persianHeaders() : CsvExporter.englishHeaders();
        Path opp = Files.createTempFile(dir, "o-", ".csv");
        Path inc = Files.createTempFile(dir, "i-", ".csv");
        try (OutputStream out = Files.newOutputStream(opp)) {
            exporter.export(catalog, Kind.OPPORTUNITIES, out);
        }
        try (OutputStream out = Files.newOutputStream(inc)) {
            exporter.export(catalog, Kind.INCENTIVES, out);
        }
        CatalogImporter importer = CatalogImporter.builder().parallelism(1 + random.nextInt(3)).build();
        CatalogImport back = importer.importInto(Catalog.empty(catalog.referenceData()), opp, inc);
        assertThat(back.valid()).as("%s", back.reports()).isTrue();
        Files.delete(opp);
        Files.delete(inc);
        return back.catalog();
    }
}
