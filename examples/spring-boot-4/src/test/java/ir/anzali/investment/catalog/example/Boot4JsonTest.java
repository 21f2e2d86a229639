package ir.anzali.investment.catalog.example;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.spring.CatalogJackson3Module;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

/** On Spring Boot 4, Spring MVC writes JSON with Jackson 3's {@code JsonMapper}, and the starter's module is in it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:boot4-json;DB_CLOSE_DELAY=-1")
class Boot4JsonTest {

    @Autowired
    private JsonMapper mapper;

    @Autowired
    private RequestMappingHandlerAdapter mvc;

    @Test
    void the_database_is_in_memory_not_a_file_left_in_the_clone(@Value("${spring.datasource.url}") String database) {
        assertThat(database).startsWith("jdbc:h2:mem:");
    }

    @Test
    void boot_4_json_mapper_has_the_jackson_3_module_and_spring_mvc_writes_with_it() throws Exception {
        assertThat(mapper.registeredModules()).anyMatch(CatalogJackson3Module.class::isInstance);
        assertThat(mvc.getMessageConverters().stream()
                .filter(converter -> converter.canWrite(Opportunity.class, MediaType.APPLICATION_JSON)).findFirst())
                .containsInstanceOf(JacksonJsonHttpMessageConverter.class);

        CatalogImport imported = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                Path.of("..", "opportunities.csv"), Path.of("..", "incentives.csv"));
        Opportunity opportunity = imported.catalog().opportunities().get(0);
        String text = mapper.writeValueAsString(opportunity);
        assertThat(text).contains("\"id\" : \"" + opportunity.id().value() + "\"").doesNotContain("\"value\"");
        assertThat(CatalogJson.standard().readOpportunity(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                imported.catalog().referenceData())).isEqualTo(opportunity);
        assertThat(mapper.readValue(text, Opportunity.class)).isEqualTo(opportunity);
    }
}
