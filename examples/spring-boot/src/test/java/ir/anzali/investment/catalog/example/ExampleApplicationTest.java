package ir.anzali.investment.catalog.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.html.DashboardPage;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.xlsx.XlsxExporter;
import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example's endpoints against a real server on a random port, through a real HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1MB", "investment-catalog.import.max-opportunities=10",
            "spring.datasource.url=jdbc:h2:mem:example-test;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class ExampleApplicationTest {

    private static final Path EXAMPLES = Path.of("..");
    private static final Path TEMPORARY = temporaryFolder();

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** The server's port; read from the property both Boot 3 and Boot 4 set, as their annotations for it differ. */
    @Value("${local.server.port}")
    private int port;

    /** The starter's store over the application's database. */
    @Autowired
    private CatalogStore store;

    /** The multipart settings Tomcat writes the parts by. */
    @Autowired
    private MultipartConfigElement multipart;

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("catalog-example-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry properties) throws IOException {
        properties.add("investment-catalog.import.temporary-directory", () -> TEMPORARY.toString());
        Path uploads = Files.createDirectories(TEMPORARY.resolve("multipart"));
        properties.add("spring.servlet.multipart.location", uploads::toString);
    }

    /**
     * The library's copies of uploads are gone when the answer is sent. Tomcat's own files of the
     * parts (in {@code multipart/}) are removed by Spring after the answer has been written, which a
     * client that has read the answer may see before it happens: they are not the library's to check.
     */
    @AfterEach
    void no_temporary_file_is_left() throws IOException {
        Path parts = TEMPORARY.resolve("multipart");
        try (Stream<Path> left = Files.walk(TEMPORARY)) {
            assertThat(left.filter(Files::isRegularFile).filter(file -> !file.startsWith(parts))).isEmpty();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Multipart examples(String opportunities) throws IOException {
        return new Multipart().part("opportunities", EXAMPLES.resolve(opportunities))
                .part("incentives", EXAMPLES.resolve("incentives.csv"));
    }

    @Test
    void valid_csv_files_validate_200_with_their_reports() throws Exception {
        HttpResponse<String> answer = send(examples("opportunities.csv").post(uri("/api/imports/validate")));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode reports = json.readTree(answer.body()).get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("file").asText()).isEqualTo("opportunities.csv");
        assertThat(reports.get(1).get("accepted").asLong()).isEqualTo(15);
    }

    @Test
    void a_csv_file_with_mistakes_is_422_problem_details_with_the_reports_in_the_accepted_language() throws Exception {
        HttpResponse<String> english = send(examples("opportunities-with-mistakes.csv").post(uri("/api/imports/validate"))
                .header("Accept-Language", "en"));
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(english.body());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("code").asText()).isEqualTo("invalid-file");
        assertThat(problem.get("title").asText()).isEqualTo("The file has errors");
        assertThat(problem.get("detail").asText()).contains("the files have 6 errors");
        JsonNode opportunities = problem.get("reports").get(1);
        assertThat(opportunities.get("rejected").asLong()).isEqualTo(4);
        assertThat(opportunities.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        HttpResponse<String> persian = send(examples("opportunities-with-mistakes.csv").post(uri("/api/imports/validate"))
                .header("Accept-Language", "fa-IR"));
        assertThat(json.readTree(persian.body()).get("title").asText()).isEqualTo("پرونده خطا دارد");
        assertThat(json.readTree(persian.body()).get("reports").get(1).get("errors").get(0).get("message").asText())
                .containsPattern("[\\u0600-\\u06FF]{3,}");
    }

    @Test
    void the_report_page_is_answered_to_a_browser_422_when_the_file_has_mistakes() throws Exception {
        HttpResponse<String> page = send(examples("opportunities-with-mistakes.csv").post(uri("/api/imports/validate"))
                .header("Accept", "text/html").header("Accept-Language", "en"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("opportunities-with-mistakes.csv");
    }

    @Test
    void a_workbook_of_the_examples_validates_200() throws Exception {
        Catalog catalog = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                EXAMPLES.resolve("opportunities.csv"), EXAMPLES.resolve("incentives.csv")).catalog();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        XlsxExporter.persianHeaders().export(catalog, workbook);
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "catalog.xlsx", workbook.toByteArray())
                .part("incentives", EXAMPLES.resolve("incentives.csv")).post(uri("/api/imports/validate")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode reports = json.readTree(answer.body()).get("reports");
        // As the import into the store reads it: the incentives file, then the workbook's opportunities sheet.
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("sheet").asText()).isNotEmpty();
        assertThat(reports.get(1).get("accepted").asLong()).isEqualTo(15);
    }

    @Test
    void a_damaged_workbook_is_422_with_one_file_error_saying_so_and_no_parser_text() throws Exception {
        Catalog catalog = CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                EXAMPLES.resolve("opportunities.csv"), EXAMPLES.resolve("incentives.csv")).catalog();
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        XlsxExporter.persianHeaders().export(catalog, workbook);
        byte[] damaged = java.util.Arrays.copyOf(workbook.toByteArray(), workbook.size() / 2);
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "catalog.xlsx", damaged)
                .post(uri("/api/imports/validate")).header("Accept-Language", "en"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode errors = json.readTree(answer.body()).get("reports").get(0).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("code").asText()).isEqualTo("malformed-workbook");
        assertThat(errors.get(0).get("message").asText()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void an_empty_upload_is_422_with_the_empty_file_error() throws Exception {
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "empty.csv", new byte[0])
                .post(uri("/api/imports/validate")).header("Accept-Language", "en"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(json.readTree(answer.body()).get("reports").get(0).get("errors").get(0).get("code").asText())
                .isEqualTo("empty-file");
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains("the files have one error");
    }

    @Test
    void a_request_without_a_file_part_is_400_no_file() throws Exception {
        HttpResponse<String> answer = send(new Multipart().part("something-else", "x.csv", new byte[] {'a'})
                .post(uri("/api/imports/validate")).header("Accept-Language", "en"));
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo("no-file");
        assertThat(problem.get("detail").asText()).contains("opportunities").contains("incentives");
    }

    @Test
    void a_part_past_the_multipart_limit_is_413_and_the_server_answers_afterwards() throws Exception {
        byte[] large = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "large.csv", large)
                .post(uri("/api/imports/validate")).header("Accept-Language", "en"));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(json.readTree(answer.body()).get("code").asText()).isEqualTo("file-too-large");
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains("larger than the server takes, 1 MB");
        assertThat(send(HttpRequest.newBuilder(uri("/api/opportunities"))).statusCode()).isEqualTo(200);
    }

    @Test
    void an_import_adds_the_opportunities_which_are_then_queried_and_read_back_by_catalog_json() throws Exception {
        HttpResponse<String> imported = send(examples("opportunities.csv").post(uri("/api/imports")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode changes = json.readTree(imported.body());
        // Other cases of this class may have imported the examples before.
        assertThat(changes.at("/opportunities/added").asLong() + changes.at("/opportunities/unchanged").asLong())
                .isEqualTo(15);
        assertThat(changes.at("/incentives/added").asLong() + changes.at("/incentives/unchanged").asLong()).isEqualTo(8);
        assertThat(changes.get("importLog")).hasSize(2);
        HttpResponse<String> again = send(examples("opportunities.csv").post(uri("/api/imports")));
        assertThat(json.readTree(again.body()).get("opportunities").get("unchanged").asLong()).isEqualTo(15);
        assertThat(store.opportunityCount()).isEqualTo(15);
        assertThat(store.load().incentives()).hasSize(8);

        JsonNode page = json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities?sector=tourism&size=2")))
                .body());
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isGreaterThan(2);
        assertThat(page.get("items").get(0).get("sector").asText()).isEqualTo("TOURISM");
        assertThat(page.get("items").get(0).get("id").isTextual()).isTrue();

        HttpResponse<String> one = send(HttpRequest.newBuilder(uri("/api/opportunities/AFZ-TOU-001")));
        assertThat(one.statusCode()).isEqualTo(200);
        Opportunity read = CatalogJson.standard().readOpportunity(new ByteArrayInputStream(
                one.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), ReferenceData.defaults());
        assertThat(read.id().value()).isEqualTo("AFZ-TOU-001");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/opportunities/NOPE-001"))
                .header("Accept-Language", "en"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asText()).contains("NOPE-001");

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(uri("/dashboard")));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void the_dashboard_read_from_the_store_a_batch_at_a_time_is_the_page_of_the_loaded_catalog_byte_for_byte()
            throws Exception {
        assertThat(send(examples("opportunities.csv").post(uri("/api/imports"))).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> dashboard = client.send(HttpRequest.newBuilder(uri("/dashboard"))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());

        ByteArrayOutputStream loaded = new ByteArrayOutputStream();
        DashboardPage.in(Locale.ENGLISH).write(store.load(), loaded);
        assertThat(store.opportunityCount()).isEqualTo(15);
        assertThat(dashboard.body()).isEqualTo(loaded.toByteArray());
    }

    @Test
    void validate_takes_a_file_past_the_in_memory_count_limit_as_an_import_into_the_store_does() throws Exception {
        HttpResponse<String> validated = send(examples("opportunities.csv").post(uri("/api/imports/validate")));
        HttpResponse<String> imported = send(examples("opportunities.csv").post(uri("/api/imports")));

        assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
        assertThat(json.readTree(validated.body()).get("reports").get(1).get("accepted").asLong()).isEqualTo(15);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void an_import_with_mistakes_is_422_and_imports_nothing() throws Exception {
        long before = json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities"))).body()).get("total").asLong();
        int incentivesBefore = store.load().incentives().size();
        HttpResponse<String> answer = send(examples("opportunities-with-mistakes.csv").post(uri("/api/imports")));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities"))).body()).get("total").asLong())
                .isEqualTo(before);
        assertThat(store.opportunityCount()).isEqualTo(before);
        assertThat(store.load().incentives()).hasSize(incentivesBefore);
    }

    @Test
    void uploaded_parts_are_written_in_an_owner_only_folder_inside_the_configured_location() throws Exception {
        Path folder = Path.of(multipart.getLocation());
        assertThat(folder.getParent()).isEqualTo(TEMPORARY.resolve("multipart").toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
