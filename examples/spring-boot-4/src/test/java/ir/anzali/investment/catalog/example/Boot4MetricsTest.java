package ir.anzali.investment.catalog.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.spring.CatalogUploads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockMultipartFile;

/** On Spring Boot 4, the starter counts imports in the application's Micrometer registry. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:boot4-metrics;DB_CLOSE_DELAY=-1")
class Boot4MetricsTest {

    @Autowired
    private CatalogUploads uploads;

    @Autowired
    private MeterRegistry registry;

    @TestConfiguration
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void the_database_is_in_memory_not_a_file_left_in_the_clone(@Value("${spring.datasource.url}") String database) {
        assertThat(database).startsWith("jdbc:h2:mem:");
    }

    @Test
    void boot_4_counts_a_valid_import_and_its_rows_with_micrometer() throws Exception {
        Path examples = Path.of("..");
        uploads.validate(Catalog.empty(ReferenceData.defaults()),
                new MockMultipartFile("opportunities", "opportunities.csv", "text/csv",
                        Files.readAllBytes(examples.resolve("opportunities.csv"))),
                new MockMultipartFile("incentives", "incentives.csv", "text/csv",
                        Files.readAllBytes(examples.resolve("incentives.csv"))), Locale.ENGLISH);
        assertThat(registry.get("investment.catalog.imports").tag("outcome", "valid").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("investment.catalog.import.rows.read").tag("kind", "opportunities").counter().count())
                .isEqualTo(15.0);
    }
}
