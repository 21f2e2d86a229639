package ir.anzali.investment.catalog.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A database that cannot be reached, refuses the server's login, is not there or answers with an
 * error while the application runs: every read of the store and every upload into it is answered with
 * problem details of a stable code, in the clerk's words and never the driver's, logged once for the
 * operator; an H2 server stopped under a real pool and started again.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreProblemsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The pool checks every connection it hands out, as it does one idle for half a second: H2 tells
        // a connection to a stopped server broken with states the pool does not take for a dead
        // connection, so that one would otherwise be handed out again for that half second.
        System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
    }
    /** What the body of an answer never holds: the texts of the driver, the pool and Java. */
    private static final List<String> DRIVER_TEXT = List.of("Exception", "exception", "Connection is", "Hikari",
            "jdbc:", "[900", "at org.", "SQL", "tcp://");

    /** Reads of the store in a handler of the application's, as the example application's are. */
    @RestController
    static class Reads {
        private final CatalogStore store;

        Reads(CatalogStore store) {
            this.store = store;
        }

        @GetMapping("/count")
        long count() {
            return store.opportunityCount();
        }

        @GetMapping("/summary")
        Object summary() {
            return store.summary().total().opportunities();
        }

        @GetMapping("/opportunities/{id}")
        Object one(@PathVariable("id") String id) {
            return store.opportunity(ir.anzali.investment.catalog.opportunity.OpportunityId.of(id)).isPresent();
        }
    }

    @TempDir
    Path dir;

    private Server server;
    private int port;

    @BeforeEach
    void startServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        port = server.getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    private void restartServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", dir.toString())
                .start();
    }

    /**
     * A pool over the H2 server, as Spring Boot makes it, that waits two seconds for a connection (time
     * for it to try a new one and keep its failure, which tells a database that cannot be reached from a
     * pool whose every connection is in use).
     */
    private HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:tcp://localhost:" + port + "/./catalog");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setConnectionTimeout(2000);
        pool.setValidationTimeout(250);
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static WebApplicationContextRunner runner(Supplier<DataSource> dataSource) {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                        CatalogAutoConfiguration.class))
                .withBean(DataSource.class, dataSource)
                .withUserConfiguration(Reads.class);
    }

    private static MockHttpServletResponse read(AssertableWebApplicationContext context, String path,
            String language) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(get(path).header("Accept-Language", language)).andReturn().getResponse();
    }

    private static MockMultipartFile part(String name, String file) throws IOException {
        return new MockMultipartFile(name, file, "text/csv", Files.readAllBytes(EXAMPLES.resolve(file)));
    }

    private static long importLogRows(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM catalog_import")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Work on the store. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /**
     * The first result of work once the database runs again: the pool drops the connections that died
     * with the stopped server as it hands them out and opens new ones, so that the work succeeds at
     * once, or at the second try, without a restart of the application.
     */
    private static <T> T recovered(Work<T> work) throws Exception {
        for (int tries = 1; ; tries++) {
            try {
                T result = work.run();
                if (!(result instanceof MockHttpServletResponse r) || r.getStatus() == 200) {
                    return result;
                }
            } catch (ir.anzali.investment.catalog.jdbc.StoreException e) {
                assertThat(e.failure()).isEqualTo(ir.anzali.investment.catalog.jdbc.StoreException.Failure.UNREACHABLE);
            }
            assertThat(tries).as("tries before the pool recovered").isLessThanOrEqualTo(2);
        }
    }

    /** The answer's problem detail, checked to hold the clerk's words only. */
    private static JsonNode problem(MockHttpServletResponse answer) throws Exception {
        String body = answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(body).doesNotContain(DRIVER_TEXT);
        return JSON.readTree(body);
    }

    @Test
    void reads_while_the_database_is_stopped_are_503_store_unavailable_and_the_pool_recovers_when_it_starts_again(
            CapturedOutput log) throws Exception {
        try (HikariDataSource pool = pool()) {
            runner(() -> pool).run(context -> {
                context.getBean(StoreUploads.class).importInto(part("opportunities", "opportunities.csv"),
                        part("incentives", "incentives.csv"), Locale.ENGLISH, "clerk");
                assertThat(read(context, "/count", "en").getContentAsString()).isEqualTo("15");

                server.stop();
                for (String path : List.of("/count", "/summary", "/opportunities/TOU-001")) {
                    for (String language : path.equals("/count") ? List.of("en", "fa") : List.of("en")) {
                        MockHttpServletResponse answer = read(context, path, language);

                        assertThat(answer.getStatus()).as(path).isEqualTo(503);
                        assertThat(answer.getHeader("Retry-After"))
                                .isEqualTo(String.valueOf(CatalogProblems.RETRY_AFTER_SECONDS));
                        assertThat(answer.getHeader("Content-Language")).isEqualTo(language);
                        JsonNode problem = problem(answer);
                        assertThat(problem.get("code").asText()).isEqualTo("store-unavailable");
                        assertThat(problem.get("status").asInt()).isEqualTo(503);
                        assertThat(problem.get("title").asText()).isEqualTo(language.equals("en")
                                ? "The catalog database cannot be reached" : "پایگاه دادهٔ فهرست در دسترس نیست");
                        assertThat(problem.get("detail").asText()).startsWith(language.equals("en")
                                ? "The catalog could not be read: its database cannot be reached just now. Try again"
                                : "فهرست خوانده نشد: اکنون به پایگاه دادهٔ آن دسترسی نیست.");
                    }
                }
                assertThat(log.getOut().lines().filter(l -> l.contains("Answered 503 store-unavailable"))).hasSize(4)
                        .allSatisfy(l -> assertThat(l).contains("WARN", "could not be reached", "caused by org.h2.jdbc"));
                assertThat(log.getOut()).doesNotContain("\tat org.h2");

                restartServer();
                assertThat(recovered(() -> read(context, "/count", "en")).getContentAsString()).isEqualTo("15");
                assertThat(read(context, "/summary", "fa").getStatus()).isEqualTo(200);
            });
        }
    }

    @Test
    void an_upload_whose_database_stops_in_the_middle_is_503_store_unavailable_and_leaves_the_catalog_and_its_log_as_they_were()
            throws Exception {
        try (HikariDataSource pool = pool()) {
            runner(() -> pool).run(context -> {
                CatalogStore store = context.getBean(CatalogStore.class);
                // The incentives are written in the import's transaction before the opportunities are
                // read; the database stops as the opportunities' first bytes are read.
                MockMultipartFile opportunities = new MockMultipartFile("opportunities", "opportunities.csv",
                        "text/csv", Files.readAllBytes(EXAMPLES.resolve("opportunities.csv"))) {
                    @Override
                    public InputStream getInputStream() throws IOException {
                        return new FilterInputStream(super.getInputStream()) {
                            @Override
                            public int read(byte[] b, int off, int len) throws IOException {
                                server.stop();
                                return super.read(b, off, len);
                            }
                        };
                    }
                };

                UploadRejectedException refused = catchThrowableOfType(UploadRejectedException.class,
                        () -> context.getBean(StoreUploads.class).importInto(opportunities,
                                part("incentives", "incentives.csv"), Locale.ENGLISH, "clerk"));

                assertThat(refused.reason()).isEqualTo(UploadRejectedException.Reason.STORE_UNAVAILABLE);
                assertThat(refused.reports()).isEmpty();
                for (String language : List.of("en", "fa")) {
                    MockHttpServletRequest request = new MockHttpServletRequest();
                    request.addHeader("Accept-Language", language);
                    ResponseEntity<ProblemDetail> answer = context.getBean(CatalogProblems.class).rejected(refused,
                            new ServletWebRequest(request));

                    assertThat(answer.getStatusCode().value()).isEqualTo(503);
                    assertThat(answer.getHeaders().getFirst("Retry-After"))
                            .isEqualTo(String.valueOf(CatalogProblems.RETRY_AFTER_SECONDS));
                    ProblemDetail problem = answer.getBody();
                    assertThat(problem.getProperties()).containsEntry("code", "store-unavailable");
                    assertThat(problem.getDetail()).isEqualTo(language.equals("en") ? "Nothing was imported: the"
                            + " catalog database could not be reached during the upload, so the catalog and its import"
                            + " log are as they were before it. Upload the files again in a few minutes; if this lasts,"
                            + " tell the catalog administrators."
                            : "چیزی وارد نشد: هنگام بارگذاری به پایگاه دادهٔ فهرست دسترسی نبود، پس فهرست و گزارش"
                            + " ورودهای آن همان‌اند که پیش از آن بودند. چند دقیقهٔ دیگر پرونده‌ها را دوباره بفرستید؛ اگر"
                            + " چنین ماند، به گردانندگان فهرست خبر دهید.");
                    assertThat(problem.getDetail()).doesNotContain(DRIVER_TEXT);
                }

                restartServer();
                assertThat(recovered(() -> store.incentives())).isEmpty();
                assertThat(store.opportunityCount()).isZero();
                assertThat(importLogRows(pool)).isZero();
                List<StoreImport> again = context.getBean(StoreUploads.class).importInto(
                        part("opportunities", "opportunities.csv"), part("incentives", "incentives.csv"),
                        Locale.ENGLISH, "clerk");
                assertThat(again).extracting(StoreImport::added).containsExactly(8L, 15L);
                assertThat(importLogRows(pool)).isEqualTo(2);
            });
        }
    }

    private static DataSource h2(String url, String password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword(password);
        return h2;
    }

    /** A database made by the user sa with an empty password, then asked for with another. */
    private static DataSource wrongPassword() {
        String url = "jdbc:h2:mem:problems" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        try (Connection made = h2(url, "").getConnection()) {
            return h2(url, "not-the-password");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("a refused login", (Supplier<DataSource>) StoreProblemsTest::wrongPassword, 503,
                        "store-login-refused", "The catalog could not be read: its database refused the user name or"
                                + " password the server signs in with. Trying again will not help"),
                Arguments.of("no database at the address", (Supplier<DataSource>) () -> h2("jdbc:h2:mem:gone"
                        + DATABASES.incrementAndGet() + ";IFEXISTS=TRUE", ""), 503, "store-misconfigured",
                        "The catalog could not be read: the address the server has for the catalog database finds no"
                                + " database the server may use."),
                Arguments.of("tables that are not there", (Supplier<DataSource>) () -> h2("jdbc:h2:mem:empty"
                        + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", ""), 500, "store-failed",
                        "The catalog could not be read: its database answered the server with an error."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void a_failure_that_trying_again_will_not_mend_is_answered_by_its_code_without_retry_after_and_logged_once(
            String name, Supplier<DataSource> dataSource, int status, String code, String detail, CapturedOutput log) {
        runner(dataSource).withPropertyValues("investment-catalog.store.migrate=false").run(context -> {
            MockHttpServletResponse answer = read(context, "/count", "en");

            assertThat(answer.getStatus()).isEqualTo(status);
            assertThat(answer.getHeader("Retry-After")).isNull();
            JsonNode problem = problem(answer);
            assertThat(problem.get("code").asText()).isEqualTo(code);
            assertThat(problem.get("detail").asText()).startsWith(detail);
            assertThat(problem(read(context, "/count", "fa")).get("detail").asText()).contains("گردانندگان فهرست");
            assertThat(log.getOut().lines().filter(l -> l.contains("Answered " + status + " " + code))).hasSize(2);
            assertThat(log.getOut().contains("\tat org.h2")).isEqualTo(code.equals("store-failed"));
        });
    }

    @Test
    void an_upload_into_a_database_that_refuses_the_login_is_503_store_login_refused_and_counted_so() {
        runner(StoreProblemsTest::wrongPassword).withPropertyValues("investment-catalog.store.migrate=false")
                .run(context -> {
                    UploadRejectedException refused = catchThrowableOfType(UploadRejectedException.class,
                            () -> context.getBean(StoreUploads.class).validate(part("opportunities", "opportunities.csv"),
                                    null, Locale.ENGLISH));
                    assertThat(refused.reason()).isEqualTo(UploadRejectedException.Reason.STORE_LOGIN_REFUSED);
                    assertThat(refused.getCause()).isInstanceOf(ir.anzali.investment.catalog.jdbc.StoreException.class);
                    ResponseEntity<ProblemDetail> answer = context.getBean(CatalogProblems.class).rejected(refused,
                            new ServletWebRequest(new MockHttpServletRequest()));
                    assertThat(answer.getStatusCode().value()).isEqualTo(503);
                    assertThat(answer.getHeaders().getFirst("Retry-After")).isNull();
                    assertThat(answer.getBody().getDetail()).doesNotContain(DRIVER_TEXT);
                });
    }
}
