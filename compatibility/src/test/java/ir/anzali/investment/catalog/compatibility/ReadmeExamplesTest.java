package ir.anzali.investment.catalog.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import ir.anzali.investment.catalog.validation.ValidationFailedException;
import ir.anzali.investment.catalog.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The README's examples on the class path, with the versions of Spring Boot 3.5 in place of the
 * library's own: they compile against those versions' APIs and give the answers the README says.
 */
class ReadmeExamplesTest {

    private static final ReferenceData DEFAULTS = ReferenceData.defaults();

    private static Opportunity hotel() {
        Sector tourism = DEFAULTS.sector("TOURISM").orElseThrow();
        return Opportunity.builder(OpportunityId.of("AFZ-TOU-001"))
                .title("هتل ساحلی غازیان", "Ghazian beach hotel")
                .sector(tourism).subsector(tourism.subsector("ACCOMMODATION").orElseThrow())
                .investment(Money.of(new BigDecimal("2500000000000"), Money.IRR))
                .leadAgency(DEFAULTS.agency("AFZO").orElseThrow())
                .directJobs(180).youthJobs(110)
                .build();
    }

    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/opportunities.csv"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    @Test
    void the_versions_are_those_of_spring_boot_3_5() {
        assertThat(PackageVersion.VERSION.getMinorVersion()).isEqualTo(19);
        assertThat(HibernateValidator.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("hibernate-validator-8.0.3.Final.jar");
        assertThat(Validation.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .contains("jakarta.validation-api-3.0.2.jar");
        assertThat(Catalog.class.getModule().isNamed()).as("on the class path").isFalse();
    }

    @Test
    void validation_speaks_persian() {
        List<Violation> problems = hotel().toBuilder().youthJobs(500).validate();
        Violation v = problems.get(0);
        assertThat(v.property()).isEqualTo("youthJobs");
        assertThat(v.rule().code()).isEqualTo("cross-field");
        assertThat(v.message(LocalizedText.PERSIAN)).startsWith("اشتغال جوانان نمی‌تواند بیشتر از اشتغال مستقیم باشد");
    }

    @Test
    void a_form_is_checked_before_it_is_built() {
        Opportunity.Builder form = Opportunity.builder()
                .title("هتل", null)
                .sector("XYZ", DEFAULTS)
                .leadAgency(null, DEFAULTS);
        assertThat(form.validate()).extracting(Violation::property, v -> v.rule().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "required"),
                        org.assertj.core.groups.Tuple.tuple("investment", "required"),
                        org.assertj.core.groups.Tuple.tuple("leadAgency", "required"),
                        org.assertj.core.groups.Tuple.tuple("sector", "unknown-code"));
        assertThatThrownBy(form::build).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).isEqualTo(form.validate()));
    }

    @Test
    void the_examples_import_and_the_catalog_goes_through_json_and_back() throws Exception {
        CatalogImporter importer = CatalogImporter.builder().persian().build();
        ImportReport report = importer.validate(examples().resolve("incentives.csv"), Kind.INCENTIVES);
        assertThat(report.valid()).isTrue();
        assertThat(ReportJson.toJson(report)).contains("\"valid\" : true");
        CatalogImport result = importer.importInto(Catalog.empty(DEFAULTS),
                examples().resolve("opportunities.csv"), examples().resolve("incentives.csv"));
        assertThat(result.imported()).isTrue();
        assertThat(result.catalog().opportunities()).hasSize(15);

        String json = CatalogJson.standard().writeString(result.catalog());
        assertThat(CatalogJson.standard().readString(json)).isEqualTo(result.catalog());
    }

    @Test
    void an_upload_is_imported_by_the_spring_controller_of_the_readme() throws Exception {
        UploadController controller = new UploadController(CatalogImporter.builder().build(), Catalog.empty(DEFAULTS));
        MockMultipartFile opportunities = new MockMultipartFile("opportunities", "فرصت‌ها.csv", "text/csv",
                Files.readAllBytes(examples().resolve("opportunities.csv")));
        MockMultipartFile incentives = new MockMultipartFile("incentives", "incentives.csv", "text/csv",
                Files.readAllBytes(examples().resolve("incentives.csv")));
        ResponseEntity<String> ok = controller.importUpload(opportunities, incentives);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).startsWith("[").contains("\"file\" : \"فرصت‌ها.csv\"");
        assertThat(controller.current().opportunities()).hasSize(15);

        MockMultipartFile broken = new MockMultipartFile("opportunities", "bad.csv", "text/csv",
                "id,title_fa,sector,investment,currency,lead_agency\nAFZ-TOU-9,هتل,TURISM,5000000000,IRR,AFZO\n".getBytes());
        ResponseEntity<String> refused = controller.importUpload(broken, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("\"code\" : \"unknown-code\"");
        assertThat(controller.current().opportunities()).hasSize(15);
    }

    @Test
    void an_own_validator_factory_needs_expression_language_or_the_parameter_interpolator() {
        assertThatThrownBy(Validation::buildDefaultValidatorFactory).isInstanceOf(ValidationException.class)
                .hasMessageContaining("jakarta.el");
        try (var factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator own = factory.getValidator();
            List<Violation> problems = hotel().toBuilder().youthJobs(500).validate(CatalogValidator.using(own));
            assertThat(problems).extracting(Violation::property).containsExactly("youthJobs");
            assertThat(problems.get(0).message(LocalizedText.PERSIAN)).startsWith("اشتغال جوانان");
        }
    }
}
