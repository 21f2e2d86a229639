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
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example's endpoints against a real server on a random port, through a real HTTP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1MB", "investment-catalog.import.max-opportunities=10",
            "spring.datasource.url=jdbc:h2:mem:example-test;DB_CLOSE_DELAY=-1"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
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

    /** A file as Excel saves a CSV file on a Persian Windows, in windows-1256: no letter outside it. */
    private static byte[] savedInWindows1256() {
        return ("id,title_fa,sector,investment,currency,lead_agency,status\n"
                + "AFZ-POR-092,اسکله,PORT_SERVICES,5000000000,IRR,AFZO,OPEN\n").getBytes(Charset.forName("windows-1256"));
    }

    @Test
    void an_upload_whose_encoding_the_encoding_field_names_is_read_in_it_without_a_guess() throws Exception {
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "saved-by-excel.csv",
                savedInWindows1256()).field("encoding", "windows-1256").post(uri("/api/imports/validate"))
                .header("Accept-Language", "en"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json.readTree(answer.body()).get("reports").get(0);
        assertThat(report.get("encoding").asText()).isEqualTo("windows-1256");
        assertThat(report.get("warnings").toString()).doesNotContain("encoding-guess");
    }

    @Test
    void an_unknown_encoding_parameter_is_400_unknown_encoding_naming_it() throws Exception {
        HttpResponse<String> answer = send(new Multipart().part("opportunities", "saved-by-excel.csv",
                savedInWindows1256()).post(uri("/api/imports?encoding=klingon-8")).header("Accept-Language", "en"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo("unknown-encoding");
        assertThat(problem.get("value").asText()).isEqualTo("klingon-8");
        assertThat(problem.get("detail").asText()).contains("\"klingon-8\"");
        assertThat(store.opportunity(ir.anzali.investment.catalog.opportunity.OpportunityId.of("AFZ-POR-092")))
                .isEmpty();
    }

    @Test
    void tomcat_keeps_its_work_files_in_the_data_folder_and_makes_no_tomcat_folder_in_the_temporary_folder()
            throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("tomcat." + port + "."));
        }
        assertThat(ExampleApplication.DATA.resolve("tomcat").resolve("work")).isDirectory();
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
    void an_unknown_sector_or_order_is_400_naming_those_there_are_in_the_requests_language() throws Exception {
        HttpResponse<String> sector = send(HttpRequest.newBuilder(uri("/api/opportunities?sector=bogus"))
                .header("Accept-Language", "en"));
        HttpResponse<String> order = send(HttpRequest.newBuilder(uri("/api/opportunities?sort=bogus"))
                .header("Accept-Language", "fa"));

        assertThat(sector.statusCode()).isEqualTo(400);
        assertThat(json.readTree(sector.body()).get("detail").asText())
                .isEqualTo("\"bogus\" is not a sector; write one of " + ReferenceData.defaults().sectors().stream()
                        .map(s -> s.code()).toList() + ".");
        assertThat(order.statusCode()).isEqualTo(400);
        assertThat(json.readTree(sector.body()).get("title").asText()).isEqualTo("Bad request");
        assertThat(json.readTree(order.body()).get("title").asText()).isEqualTo("درخواست نادرست است");
        assertThat(json.readTree(order.body()).get("detail").asText()).startsWith("ترتیب «bogus» نیست")
                .contains("investment", "published-on");
    }

    @Test
    void an_order_sorts_the_page_largest_first_after_a_minus() throws Exception {
        assertThat(send(examples("opportunities.csv").post(uri("/api/imports"))).statusCode()).isEqualTo(200);

        JsonNode page = json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities?sort=-direct-jobs&size=100")))
                .body());

        List<Long> jobs = new ArrayList<>();
        page.get("items").forEach(o -> jobs.add(o.path("directJobs").asLong(-1)));
        assertThat(jobs).hasSize(15).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void a_text_of_nothing_to_search_for_is_400_and_one_holding_u001f_matches_nothing() throws Exception {
        assertThat(send(examples("opportunities.csv").post(uri("/api/imports"))).statusCode()).isEqualTo(200);
        assertThat(json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities?q=%D9%87%D8%AA%D9%84"))).body())
                .get("total").asLong()).isPositive();

        HttpResponse<String> zwnj = send(HttpRequest.newBuilder(uri("/api/opportunities?q=%E2%80%8C"))
                .header("Accept-Language", "en"));
        HttpResponse<String> separator = send(HttpRequest.newBuilder(uri("/api/opportunities?q=%1F")));
        HttpResponse<String> within = send(HttpRequest.newBuilder(uri("/api/opportunities?q=%D9%87%D8%AA%D9%84%1F")));

        assertThat(zwnj.statusCode()).isEqualTo(400);
        assertThat(json.readTree(zwnj.body()).get("detail").asText()).contains("(q)", "letter or digit");
        assertThat(List.of(separator.statusCode(), within.statusCode())).containsExactly(200, 200);
        assertThat(json.readTree(separator.body()).get("total").asLong()).isZero();
        assertThat(json.readTree(within.body()).get("total").asLong()).isZero();
    }

    @Test
    void springs_own_refusals_are_problem_details_in_the_requests_language_with_a_localized_title() throws Exception {
        HttpResponse<String> size = send(HttpRequest.newBuilder(uri("/api/opportunities?size=abc"))
                .header("Accept-Language", "fa"));
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/api/opportunities?page=99999999999"))
                .header("Accept-Language", "en"));
        HttpResponse<String> method = send(HttpRequest.newBuilder(uri("/api/imports")).header("Accept-Language", "en"));
        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri("/api/imports")).header("Content-Type", "text/csv")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString("id\n")));
        HttpResponse<String> path = send(HttpRequest.newBuilder(uri("/no/such/path")).header("Accept-Language", "fa"));

        assertThat(List.of(size, page, method, csv, path)).extracting(HttpResponse::statusCode)
                .containsExactly(400, 400, 405, 415, 404);
        assertThat(List.of(size, page, method, csv, path)).allSatisfy(answer -> assertThat(
                answer.headers().firstValue("Content-Type")).hasValue("application/problem+json"));
        assertThat(json.readTree(size.body()).get("title").asText()).isEqualTo("درخواست از گونه‌ای نیست که سرور می‌پذیرد");
        assertThat(json.readTree(page.body()).get("code").asText()).isEqualTo("bad-request");
        assertThat(json.readTree(method.body()).get("title").asText()).isEqualTo("Method not allowed");
        assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(json.readTree(csv.body()).get("code").asText()).isEqualTo("unsupported-media-type");
        assertThat(json.readTree(path.body()).get("title").asText()).isEqualTo("یافت نشد");
    }

    @Test
    void a_request_for_error_is_404_problem_details_as_any_address_without_a_handler() throws Exception {
        HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/error")).header("Accept-Language", "en"));

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(error.body()).get("code").asText()).isEqualTo("not-found");
        assertThat(json.readTree(error.body()).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void a_search_text_longer_than_the_server_takes_is_400_problem_details_instead_of_tomcats_page(CapturedOutput log)
            throws Exception {
        String q = "هتل".repeat(3000);

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/opportunities?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept-Language", "en"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo("bad-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).as("the headers were not read: the configured language")
                .contains("(q)").startsWith("سرور این درخواست را نتوانست بخواند");
        assertThat(send(HttpRequest.newBuilder(uri("/api/opportunities?q=hotel"))).statusCode()).isEqualTo(200);
        assertThat(log.getAll()).as("one line in the log, no stack trace")
                .contains("Refused a request before any handler: 400 GET").doesNotContain("IllegalArgumentException")
                .doesNotContain("\tat org.apache");
    }

    @Test
    void a_search_text_sent_unencoded_is_400_problem_details_that_say_to_percent_encode_it() throws Exception {
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/opportunities?q=هتل HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).as("curl sends the letters as they are").startsWith("HTTP/1.1 400")
                .contains("application/problem+json", "\"code\":\"bad-request\"")
                .contains("باید با رمزگذاری درصدی نوشته شوند (%D9%87%D8%AA%D9%84)", "curl --data-urlencode");
        assertThat(json.readTree(ProblemReportValve.problem(400, false)).get("detail").asText())
                .contains("must be percent-encoded (%D9%87%D8%AA%D9%84), as a browser or curl --data-urlencode writes them");
    }

    @Test
    void a_trace_request_that_tomcat_refuses_itself_is_405_method_not_allowed_not_advice_to_shorten_the_search()
            throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/opportunities"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Accept-Language", "en"));

        assertThat(answer.statusCode()).isEqualTo(405);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo("method-not-allowed");
        assertThat(problem.get("title").asText()).isEqualTo("Method not allowed");
        assertThat(problem.get("detail").asText()).contains("Allow header").doesNotContain("(q)");
        assertThat(json.readTree(ProblemReportValve.problem(405, true)).get("title").asText())
                .isEqualTo("این روش پذیرفته نیست");
    }

    @Test
    void trace_refused_by_tomcat_reads_as_a_method_the_application_refuses_in_either_language() throws Exception {
        for (String language : new String[] {"en", "fa"}) {
            JsonNode tomcat = json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities"))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Accept-Language", language)).body());
            JsonNode spring = json.readTree(send(HttpRequest.newBuilder(uri("/api/opportunities"))
                    .DELETE().header("Accept-Language", language)).body());
            assertThat(spring.get("status").asInt()).isEqualTo(405);
            for (String field : new String[] {"title", "detail", "code", "status"}) {
                assertThat(tomcat.get(field)).as(language + " " + field).isEqualTo(spring.get(field));
            }
        }
    }

    @Test
    void the_report_of_a_failure_past_the_handlers_is_a_server_error_problem_detail_in_either_language()
            throws Exception {
        JsonNode english = json.readTree(ProblemReportValve.problem(500, false));
        JsonNode persian = json.readTree(ProblemReportValve.problem(503, true));

        assertThat(english.get("code").asText()).isEqualTo(persian.get("code").asText()).isEqualTo("server-error");
        assertThat(english.get("status").asInt()).isEqualTo(500);
        assertThat(persian.get("status").asInt()).isEqualTo(503);
        assertThat(english.get("title").asText()).isEqualTo("Server error");
        assertThat(persian.get("title").asText()).isEqualTo("خطای سرور");
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
    void the_data_folder_is_made_owner_only_and_an_existing_one_made_so_under_umask_022() throws Exception {
        Path made = TEMPORARY.resolve("data-new");
        Path existing = Files.createDirectories(TEMPORARY.resolve("data-old"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        ExampleApplication.ownerOnly(made);
        ExampleApplication.ownerOnly(existing);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwx------");
        Files.delete(made);
        Files.delete(existing);
    }

    @Test
    void a_part_sent_without_a_file_name_is_400_saying_to_send_it_as_a_file() throws Exception {
        String boundary = "nameless";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"opportunities\"\r\n\r\n"
                + Files.readString(EXAMPLES.resolve("opportunities.csv")) + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/imports/validate"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("detail").asText())
                .startsWith("Nothing was read: the part opportunities was sent without a file name")
                .contains("-F opportunities=@file.csv");
    }

    @Test
    void a_file_name_with_a_path_is_stored_and_answered_as_its_last_segment() throws Exception {
        byte[] csv = Files.readAllBytes(EXAMPLES.resolve("opportunities.csv"));

        HttpResponse<String> answer = send(new Multipart().part("opportunities", "../../../../tmp/x/فرصت‌ها.csv", csv)
                .part("incentives", EXAMPLES.resolve("incentives.csv")).post(uri("/api/imports")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).get("reports").get(1).get("file").asText()).isEqualTo("فرصت‌ها.csv");
    }

    @Test
    void uploaded_parts_are_written_in_an_owner_only_folder_inside_the_configured_location() throws Exception {
        Path folder = Path.of(multipart.getLocation());
        assertThat(folder.getParent()).isEqualTo(TEMPORARY.resolve("multipart").toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
