package ir.anzali.investment.catalog.csv.property;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.CsvImporter;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.write.CsvExporter;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            List<Incentive> incentives = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                incentives.add(g.incentive(i));
            }
            List<IncentiveId> ids = incentives.stream().map(Incentive::id).toList();
            List<Opportunity> opportunities = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                opportunities.add(g.opportunity(i, ids));
            }
            for (Object o : opportunities) {
                assertThat(CatalogValidator.shared().validate(o)).as("generated object is valid").isEmpty();
            }
            Catalog catalog = Catalog.builder(Generators.REF).incentives(incentives).opportunities(opportunities).build();
            CsvExporter exporter = g.random().nextBoolean() ? CsvExporter.persianHeaders() : CsvExporter.englishHeaders();
            Path opp = dir.resolve("o-" + seed + ".csv");
            Path inc = dir.resolve("i-" + seed + ".csv");
            try (OutputStream out = Files.newOutputStream(opp)) {
                exporter.export(catalog, Kind.OPPORTUNITIES, out);
            }
            try (OutputStream out = Files.newOutputStream(inc)) {
                exporter.export(catalog, Kind.INCENTIVES, out);
            }
            CsvImporter importer = CsvImporter.builder().parallelism(1 + g.random().nextInt(3)).build();
            CatalogImport back = importer.importInto(Catalog.empty(Generators.REF), opp, inc);
            assertThat(back.valid()).as("%s", back.reports()).isTrue();
            assertThat(back.catalog().incentives()).hasSameSizeAs(catalog.incentives());
            for (int i = 0; i < catalog.incentives().size(); i++) {
                assertThat(back.catalog().incentives().get(i)).isEqualTo(catalog.incentives().get(i));
            }
            assertThat(back.catalog().opportunities()).hasSameSizeAs(catalog.opportunities());
            for (int i = 0; i < catalog.opportunities().size(); i++) {
                assertThat(back.catalog().opportunities().get(i)).usingRecursiveComparison()
                        .isEqualTo(catalog.opportunities().get(i));
                assertThat(back.catalog().opportunities().get(i)).isEqualTo(catalog.opportunities().get(i));
            }
        });
    }
}
