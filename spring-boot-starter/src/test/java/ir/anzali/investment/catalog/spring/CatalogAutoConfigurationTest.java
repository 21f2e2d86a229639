package ir.anzali.investment.catalog.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CatalogAutoConfigurationTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CatalogAutoConfiguration.class));

    private static MockMultipartFile part(String name, Path file) throws IOException {
        return new MockMultipartFile(name, file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
    }

    private static Catalog imported() throws IOException {
        CatalogImport result = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                EXAMPLES.resolve("opportunities.csv"), EXAMPLES.resolve("incentives.csv"));
        assertThat(result.imported()).isTrue();
        return result.catalog();
    }

    @Test
    void the_importer_validator_and_reference_data_are_beans_of_the_library_defaults() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .run(context -> {
                    assertThat(context.getBean(ReferenceData.class)).isEqualTo(ReferenceData.defaults());
                    assertThat(context.getBean(CatalogValidator.class)).isSameAs(CatalogValidator.shared());
                    assertThat(context).hasSingleBean(CatalogImporter.class).hasSingleBean(CatalogJacksonModule.class)
                            .hasSingleBean(CatalogJackson3Module.class);
                    assertThat(context).doesNotHaveBean(CatalogUploads.class);
                });
    }

    @Test
    void the_application_reference_data_bean_wins_over_the_file_of_the_property() {
        ReferenceData own = ReferenceData.defaults();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(ReferenceData.class, () -> own)
                .withPropertyValues("investment-catalog.reference-data=classpath:nothing-here.json")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ReferenceData.class)).isSameAs(own);
                });
    }

    @Test
    void reference_data_is_read_from_the_json_file_of_the_property(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("reference.json");
        try (var out = Files.newOutputStream(file)) {
            CatalogJson.standard().writeReferenceData(ReferenceData.defaults(), out);
        }
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withPropertyValues("investment-catalog.reference-data=" + file.toUri())
                .run(context -> assertThat(context.getBean(ReferenceData.class)).isEqualTo(ReferenceData.defaults()));
    }

    @Test
    void a_reference_data_file_that_is_not_json_stops_the_start_naming_the_property(@TempDir Path folder)
            throws IOException {
        Path file = Files.writeString(folder.resolve("reference.json"), "{\"sectors\": 7}");
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withPropertyValues("investment-catalog.reference-data=" + file.toUri())
                .run(context -> assertThat(context.getStartupFailure())
                        .hasStackTraceContaining("investment-catalog.reference-data").hasStackTraceContaining("sectors"));
    }

    @Test
    void smallest_amounts_of_the_properties_set_the_floor_of_plausible_amounts() {
        String csv = "id,title_fa,sector,investment,currency,lead_agency\nAFZ-1,هتل,TOURISM,250,IRR,AFZO\n"
                + "AFZ-2,هتل,TOURISM,500,USD,AFZO\n";
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class));
        runner.run(context -> assertThat(context.getBean(CatalogImporter.class).validate(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "o.csv", Kind.OPPORTUNITIES).errors())
                .extracting(p -> p.code()).containsExactly(ErrorCode.OUT_OF_RANGE, ErrorCode.OUT_OF_RANGE));
        runner.withPropertyValues("investment-catalog.import.smallest-rials=100",
                "investment-catalog.import.smallest-foreign-amount=1000")
                .run(context -> assertThat(context.getBean(CatalogImporter.class).validate(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "o.csv", Kind.OPPORTUNITIES)
                        .errors()).extracting(p -> p.line(), p -> p.code())
                        .containsExactly(tuple(3L, ErrorCode.OUT_OF_RANGE)));
    }

    @Test
    void max_opportunities_of_the_properties_answers_file_too_large_with_the_reports() {
        web.withPropertyValues("investment-catalog.import.max-opportunities=3", "investment-catalog.language=en")
                .run(context -> {
                    CatalogUploads uploads = context.getBean(CatalogUploads.class);
                    assertThatThrownBy(() -> uploads.importInto(Catalog.empty(ReferenceData.defaults()),
                            part("opportunities", EXAMPLES.resolve("opportunities.csv")),
                            part("incentives", EXAMPLES.resolve("incentives.csv")), Locale.ENGLISH))
                            .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                assertThat(e.reason().status()).isEqualTo(413);
                                assertThat(e.reports()).flatExtracting(ImportReport::errors)
                                        .extracting(p -> p.code()).contains(ErrorCode.FILE_TOO_LARGE);
                            });
                });
    }

    @Test
    void reports_are_in_the_language_the_request_accepts_else_in_the_configured_one() {
        web.withPropertyValues("investment-catalog.language=en").run(context -> {
            CatalogUploads uploads = context.getBean(CatalogUploads.class);
            assertThat(uploads.language(null)).isEqualTo(Locale.ENGLISH);
            assertThat(uploads.language("de-DE, fa;q=0.8, en;q=0.5")).isEqualTo(Locale.forLanguageTag("fa"));
            assertThat(uploads.language("de")).isEqualTo(Locale.ENGLISH);
            assertThat(uploads.language("not a ;; header")).isEqualTo(Locale.ENGLISH);
            MockMultipartFile bad = part("opportunities", EXAMPLES.resolve("opportunities-with-mistakes.csv"));
            MockMultipartFile incentives = part("incentives", EXAMPLES.resolve("incentives.csv"));
            Catalog empty = Catalog.empty(ReferenceData.defaults());
            String english = message(() -> uploads.validate(empty, bad, incentives, Locale.ENGLISH));
            String persian = message(() -> uploads.validate(empty, bad, incentives, Locale.forLanguageTag("fa")));
            assertThat(english).matches("(?s).*[A-Za-z]{4,}.*").doesNotContainPattern("[\\u0600-\\u06FF]{4,}");
            assertThat(persian).containsPattern("[\\u0600-\\u06FF]{4,}");
        });
    }

    private static String message(Runnable validation) {
        try {
            validation.run();
        } catch (UploadRejectedException e) {
            return e.reports().get(1).errors().get(0).message();
        }
        throw new AssertionError("the file with mistakes was found valid");
    }

    @Test
    void no_file_is_a_rejection_of_status_400_and_nothing_is_read() {
        web.run(context -> assertThatThrownBy(() -> context.getBean(CatalogUploads.class)
                .validate(Catalog.empty(ReferenceData.defaults()), null, null, Locale.ENGLISH))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.NO_FILE);
                    assertThat(e.reason().status()).isEqualTo(400);
                    assertThat(e.reports()).isEmpty();
                }));
    }

    @Test
    void an_upload_whose_stream_fails_is_unreadable_400_without_the_exception_text() {
        MockMultipartFile broken = new MockMultipartFile("opportunities", "o.csv", "text/csv", new byte[0]) {
            @Override
            public InputStream getInputStream() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };
        web.run(context -> assertThatThrownBy(() -> context.getBean(CatalogUploads.class)
                .validate(Catalog.empty(ReferenceData.defaults()), broken, null, Locale.ENGLISH))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.UNREADABLE_FILE)));
    }

    @Test
    void spring_object_mapper_writes_an_opportunity_in_the_documented_json_and_reads_it_back() throws IOException {
        Catalog catalog = imported();
        Opportunity opportunity = catalog.opportunities().get(0);
        ByteArrayOutputStream documented = new ByteArrayOutputStream();
        CatalogJson.standard().write(opportunity, documented);
        web.run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            String text = mapper.writeValueAsString(Map.of("item", opportunity));
            assertThat(text).contains("\"id\" : \"" + opportunity.id().value() + "\"").doesNotContain("\"value\"");
            assertThat(mapper.readTree(text).get("item")).isEqualTo(mapper.readTree(documented.toByteArray()));
            assertThat(CatalogJson.standard().readOpportunity(new ByteArrayInputStream(
                    mapper.writeValueAsBytes(opportunity)), catalog.referenceData())).isEqualTo(opportunity);
            assertThat(mapper.readValue(mapper.writeValueAsString(opportunity), Opportunity.class)).isEqualTo(opportunity);
            assertThat(mapper.readValue(mapper.writeValueAsString(catalog), Catalog.class)).isEqualTo(catalog);
        });
    }

    @Test
    void spring_object_mapper_writes_an_import_report_as_report_json() throws IOException {
        ImportReport report = CatalogImporter.builder().build().validate(
                ImportSource.of(EXAMPLES.resolve("opportunities-with-mistakes.csv")),
                ir.anzali.investment.catalog.csv.Kind.OPPORTUNITIES);
        web.run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            assertThat(mapper.readTree(mapper.writeValueAsString(List.of(report))).get(0))
                    .isEqualTo(mapper.readTree(ir.anzali.investment.catalog.csv.report.ReportJson.toJson(report)));
            assertThat(mapper.writeValueAsString(report)).doesNotContain("\"cells\"");
        });
    }

    @Test
    void a_request_body_with_an_unknown_sector_is_refused_with_the_path_and_value() {
        web.run(context -> assertThatThrownBy(() -> context.getBean(ObjectMapper.class)
                .readValue("{\"id\": \"AFZ-TOU-001\", \"sector\": \"NOPE\"}", Opportunity.class))
                .hasMessageContaining("sector").hasMessageContaining("NOPE"));
    }

    @Test
    void a_jackson_3_json_mapper_with_the_starter_module_writes_the_documented_json_and_reads_it_back() throws IOException {
        Catalog catalog = imported();
        Opportunity opportunity = catalog.opportunities().get(0);
        ByteArrayOutputStream documented = new ByteArrayOutputStream();
        CatalogJson.standard().write(opportunity, documented);
        ImportReport report = CatalogImporter.builder().build().validate(
                ImportSource.of(EXAMPLES.resolve("opportunities-with-mistakes.csv")),
                ir.anzali.investment.catalog.csv.Kind.OPPORTUNITIES);
        web.run(context -> {
            JsonMapper mapper = JsonMapper.builder().addModule(context.getBean(CatalogJackson3Module.class)).build();
            String text = mapper.writeValueAsString(Map.of("item", opportunity));
            assertThat(text).contains("\"id\" : \"" + opportunity.id().value() + "\"").doesNotContain("\"value\"");
            assertThat(mapper.readTree(text).get("item")).isEqualTo(mapper.readTree(documented.toByteArray()));
            assertThat(mapper.readValue(mapper.writeValueAsString(opportunity), Opportunity.class)).isEqualTo(opportunity);
            assertThat(mapper.readValue(mapper.writeValueAsString(catalog), Catalog.class)).isEqualTo(catalog);
            assertThat(mapper.readTree(mapper.writeValueAsString(List.of(report))).get(0))
                    .isEqualTo(mapper.readTree(ir.anzali.investment.catalog.csv.report.ReportJson.toJson(report)));
        });
    }

    @Test
    void a_jackson_3_request_body_with_an_unknown_sector_is_refused_with_the_path_and_value() {
        web.run(context -> assertThatThrownBy(() -> JsonMapper.builder()
                .addModule(context.getBean(CatalogJackson3Module.class)).build()
                .readValue("{\"id\": \"AFZ-TOU-001\", \"sector\": \"NOPE\"}", Opportunity.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("sector").hasMessageContaining("NOPE"));
    }

    @Test
    void imports_are_counted_by_outcome_and_rows_with_micrometer() {
        web.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            CatalogUploads uploads = context.getBean(CatalogUploads.class);
            Catalog empty = Catalog.empty(ReferenceData.defaults());
            MockMultipartFile incentives = part("incentives", EXAMPLES.resolve("incentives.csv"));
            uploads.validate(empty, part("opportunities", EXAMPLES.resolve("opportunities.csv")), incentives,
                    Locale.ENGLISH);
            assertThatThrownBy(() -> uploads.validate(empty, part("opportunities",
                    EXAMPLES.resolve("opportunities-with-mistakes.csv")), incentives, Locale.ENGLISH))
                    .isInstanceOf(UploadRejectedException.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("investment.catalog.imports").tag("outcome", "valid").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("investment.catalog.imports").tag("outcome", "invalid-file").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("investment.catalog.import.rows.read").tag("kind", "opportunities").counter()
                    .count()).isEqualTo(15.0 + 5.0);
            assertThat(registry.get("investment.catalog.import.rows.rejected").tag("kind", "opportunities").counter()
                    .count()).isEqualTo(4.0);
        });
    }

    @Test
    void problem_texts_are_in_persian_and_english_for_every_reason() {
        for (UploadRejectedException.Reason reason : UploadRejectedException.Reason.values()) {
            for (String language : List.of("fa", "en")) {
                var bundle = java.util.ResourceBundle.getBundle("ir.anzali.investment.catalog.spring.problems",
                        Locale.forLanguageTag(language),
                        java.util.ResourceBundle.Control.getNoFallbackControl(
                                java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
                assertThat(bundle.getString(reason.code() + ".title")).isNotBlank();
                assertThat(bundle.getString(reason.code() + ".detail"))
                        .satisfies(t -> assertThat(t.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF))
                                .isEqualTo(language.equals("fa")));
            }
        }
    }
}
