package ir.anzali.investment.catalog.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreAddressException;
import ir.anzali.investment.catalog.jdbc.StoreBusyException;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.context.request.ServletWebRequest;

/** The store as a bean of the starter, and uploads imported into it. */
class StoreUploadsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:starter" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static MockMultipartFile part(String name, String file) throws IOException {
        Path path = EXAMPLES.resolve(file);
        return new MockMultipartFile(name, file, "text/csv", Files.readAllBytes(path));
    }

    private static boolean hasCatalogTables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, null, "CATALOG_OPPORTUNITY", null)) {
            return tables.next();
        }
    }

    @Test
    void with_a_data_source_the_store_is_a_bean_over_it_with_its_tables_migrated() {
        DataSource dataSource = h2();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .run(context -> {
                    assertThat(context).hasSingleBean(CatalogStore.class).doesNotHaveBean(StoreUploads.class);
                    assertThat(hasCatalogTables(dataSource)).isTrue();
                    assertThat(context.getBean(CatalogStore.class).opportunityCount()).isZero();
                });
    }

    @Test
    void an_h2_file_named_with_its_suffix_in_the_datasource_url_fails_the_start_and_no_file_is_made(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("catalog.mv.db");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> h2)
                .withPropertyValues("spring.datasource.url=" + url)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOfSatisfying(StoreAddressException.class, e -> {
                            assertThat(e.file()).isEqualTo(dir.resolve("catalog.mv.db.mv.db").toString());
                            assertThat(e.address()).isEqualTo("jdbc:h2:file:" + dir.resolve("catalog"));
                        }));
        assertThat(dir.resolve("catalog.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void without_a_data_source_there_is_no_store() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(CatalogUploads.class)
                        .doesNotHaveBean(CatalogStore.class).doesNotHaveBean(StoreUploads.class));
    }

    @Test
    void the_application_store_bean_wins_and_is_not_migrated_by_the_starter() {
        DataSource dataSource = h2();
        CatalogStore own = CatalogStore.of(h2());
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .withBean(CatalogStore.class, () -> own)
                .run(context -> {
                    assertThat(context.getBean(CatalogStore.class)).isSameAs(own);
                    assertThat(hasCatalogTables(dataSource)).isFalse();
                });
    }

    @Test
    void a_read_of_the_store_that_finds_no_free_connection_is_answered_503_store_busy_with_retry_after() {
        DataSource full = (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new java.sql.SQLTransientConnectionException(
                                "HikariPool-1 - Connection is not available, request timed out after 30000ms");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> full)
                .withPropertyValues("investment-catalog.store.migrate=false")
                .run(context -> {
                    CatalogStore store = context.getBean(CatalogStore.class);
                    StoreBusyException busy = org.assertj.core.api.Assertions.catchThrowableOfType(
                            StoreBusyException.class, store::summary);
                    for (String language : List.of("en", "fa")) {
                        MockHttpServletRequest request = new MockHttpServletRequest();
                        request.addHeader("Accept-Language", language);

                        ResponseEntity<ProblemDetail> answer = context.getBean(StoreProblems.class)
                                .busy(busy, new ServletWebRequest(request));

                        assertThat(answer.getStatusCode().value()).isEqualTo(503);
                        assertThat(answer.getHeaders().getFirst("Retry-After"))
                                .isEqualTo(String.valueOf(CatalogProblems.RETRY_AFTER_SECONDS));
                        ProblemDetail problem = answer.getBody();
                        assertThat(problem.getProperties()).containsEntry("code", "store-busy");
                        assertThat(problem.getTitle()).isEqualTo(language.equals("en") ? "The catalog store is busy"
                                : "انبار فهرست سرگرم است");
                        assertThat(problem.getDetail()).isEqualTo(busy.message(Locale.forLanguageTag(language)));
                    }
                    assertThat(busy.getMessage()).startsWith("Every connection to the catalog's database is held");
                });
    }

    @Test
    void store_migrate_false_leaves_the_database_as_it_was() {
        DataSource dataSource = h2();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("investment-catalog.store.migrate=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(CatalogStore.class);
                    assertThat(hasCatalogTables(dataSource)).isFalse();
                });
    }

    @Test
    void uploads_into_the_store_write_the_incentives_then_the_opportunities_in_one_import() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> {
                    var done = context.getBean(StoreUploads.class).importInto(part("opportunities", "opportunities.csv"),
                            part("incentives", "incentives.csv"), Locale.ENGLISH, "clerk");
                    assertThat(done).extracting(StoreImport::added).containsExactly(8L, 15L);
                    assertThat(done).extracting(StoreImport::imported).containsExactly(true, true);
                    assertThat(context.getBean(CatalogStore.class).opportunityCount()).isEqualTo(15);
                });
    }

    @Test
    void the_count_limits_of_imports_in_memory_do_not_bound_an_import_into_the_store_whose_memory_is_bounded() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .withPropertyValues("investment-catalog.import.max-opportunities=10",
                        "investment-catalog.import.max-incentives=4")
                .run(context -> assertThat(context.getBean(StoreUploads.class).importInto(
                        part("opportunities", "opportunities.csv"), part("incentives", "incentives.csv"),
                        Locale.ENGLISH, "clerk")).extracting(StoreImport::added).containsExactly(8L, 15L));
    }

    @Test
    void uploads_into_the_store_with_mistakes_are_rejected_422_with_the_reports_and_write_nothing() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> {
                    CatalogStore store = context.getBean(CatalogStore.class);
                    assertThatThrownBy(() -> context.getBean(StoreUploads.class).importInto(
                            part("opportunities", "opportunities-with-mistakes.csv"), part("incentives", "incentives.csv"),
                            Locale.ENGLISH, "clerk"))
                            .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.INVALID_FILE);
                                assertThat(e.reports()).hasSize(2);
                                assertThat(e.reports().get(1).errorCount()).isPositive();
                            });
                    assertThat(store.load().incentives()).isEmpty();
                    assertThat(store.opportunityCount()).isZero();
                });
    }

    @Test
    void an_import_while_another_holds_the_store_past_the_lock_timeout_is_refused_503_store_busy_in_the_reports_language() {
        String url = "jdbc:h2:mem:starter" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource impatient = new JdbcDataSource();
        impatient.setURL(url + ";LOCK_TIMEOUT=50");
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> impatient)
                .run(context -> {
                    try (Connection holder = impatient.getConnection(); var s = holder.createStatement()) {
                        holder.setAutoCommit(false);
                        s.executeQuery("SELECT id FROM catalog_import_lock WHERE id = 1 FOR UPDATE").close();
                        assertThatThrownBy(() -> context.getBean(StoreUploads.class).importInto(
                                part("opportunities", "opportunities.csv"), null, Locale.forLanguageTag("fa"), "clerk"))
                                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                    assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.STORE_BUSY);
                                    assertThat(e.reason().status()).isEqualTo(503);
                                    assertThat(e.getMessage()).isEqualTo("ورود دیگری به همین فهرست در جریان است، پس"
                                            + " opportunities.csv وارد نشد: وقتی آن تمام شد دوباره بکوشید.");
                                });
                        holder.rollback();
                    }
                    assertThat(context.getBean(CatalogStore.class).opportunityCount()).isZero();
                });
    }

    @Test
    void a_store_busy_refusal_is_answered_503_with_retry_after_in_the_requests_language() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> {
                    MockHttpServletRequest request = new MockHttpServletRequest();
                    request.addHeader("Accept-Language", "en");
                    ResponseEntity<ProblemDetail> answer = context.getBean(CatalogProblems.class).rejected(
                            new UploadRejectedException(UploadRejectedException.Reason.STORE_BUSY, List.of(), "busy"),
                            new ServletWebRequest(request));

                    assertThat(answer.getStatusCode().value()).isEqualTo(503);
                    assertThat(answer.getHeaders().getFirst("Retry-After"))
                            .isEqualTo(String.valueOf(CatalogProblems.RETRY_AFTER_SECONDS));
                    assertThat(answer.getBody()).isNotNull();
                    assertThat(answer.getBody().getTitle()).isEqualTo("Another import is under way");
                });
    }

    @Test
    void a_validation_against_a_store_that_may_only_be_read_answers_the_reports_and_an_import_503_store_read_only(
            @TempDir Path dir) throws IOException {
        String file = "jdbc:h2:file:" + dir.resolve("catalog");
        CatalogStore writable = CatalogStore.of(file, "sa", "");
        writable.migrate();
        writable.importFile(CatalogImporter.builder().build(), EXAMPLES.resolve("incentives.csv"), Kind.INCENTIVES,
                "clerk");
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(file + ";ACCESS_MODE_DATA=r");
        readOnly.setUser("sa");
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, () -> readOnly)
                .withPropertyValues("investment-catalog.store.migrate=false")
                .run(context -> {
                    StoreUploads uploads = context.getBean(StoreUploads.class);

                    assertThat(uploads.validate(part("opportunities", "opportunities.csv"), null, Locale.ENGLISH))
                            .singleElement().satisfies(c -> assertThat(c.added()).isEqualTo(15));
                    assertThatThrownBy(() -> uploads.validate(part("opportunities", "opportunities-with-mistakes.csv"),
                            null, Locale.ENGLISH)).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.INVALID_FILE);
                                assertThat(e.reports()).singleElement()
                                        .satisfies(r -> assertThat(r.errorCount()).isPositive());
                            });
                    assertThatThrownBy(() -> uploads.importInto(part("opportunities", "opportunities.csv"), null,
                            Locale.ENGLISH, "clerk")).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.STORE_READ_ONLY);
                                assertThat(e.reason().status()).isEqualTo(503);
                            });
                });
        assertThat(writable.opportunityCount()).isZero();
    }

    /** A pool as Spring Boot makes it, over an H2 database of its own, not yet started. */
    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:starter" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return pool;
    }

    @Test
    void a_request_waits_five_seconds_for_a_connection_of_the_pool_not_hikaris_thirty_unless_told_otherwise() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::pool);

        runner.run(context -> assertThat(context.getBean(HikariDataSource.class).getConnectionTimeout())
                .isEqualTo(5_000));
        runner.withPropertyValues("investment-catalog.store.connection-timeout=2s")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getConnectionTimeout())
                        .isEqualTo(2_000));
        runner.withPropertyValues("spring.datasource.hikari.connection-timeout=20000")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getConnectionTimeout())
                        .isEqualTo(30_000));
    }

    @Test
    void a_connection_timeout_shorter_than_the_pool_takes_fails_the_start_naming_the_property() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::pool)
                .withPropertyValues("investment-catalog.store.connection-timeout=100ms")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("investment-catalog.store.connection-timeout is 100ms: a pool waits at least"
                                + " 250ms for a connection; set 250ms or more, such as 5s"));
    }

    /** A row saved in windows-1256, as Excel saves a CSV file on a Persian Windows: no letter outside it. */
    private static MockMultipartFile windows1256(String name) {
        return new MockMultipartFile(name, "saved-by-excel.csv", "text/csv",
                ("id,title_fa,sector,investment,currency,lead_agency,status\n"
                        + "AFZ-POR-002,اسکله,PORT_SERVICES,5000000000,IRR,AFZO,OPEN\n")
                        .getBytes(Charset.forName("windows-1256")));
    }

    @Test
    void an_upload_read_in_the_encoding_the_request_names_keeps_its_letters_with_no_guess() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> {
                    StoreUploads uploads = context.getBean(StoreUploads.class);
                    UploadEncodings named = new UploadEncodings(" windows-1256 ", null);

                    ImportReport checked = uploads.validate(windows1256("opportunities"), null, named,
                            Locale.ENGLISH).get(0).report();
                    uploads.importInto(windows1256("opportunities"), null, named, Locale.ENGLISH, "clerk");

                    assertThat(checked.encoding()).isEqualTo("windows-1256");
                    assertThat(checked.warnings()).extracting(Problem::code).doesNotContain(ErrorCode.ENCODING_GUESS);
                    assertThat(context.getBean(CatalogStore.class).opportunity(OpportunityId.of("AFZ-POR-002"))
                            .orElseThrow().title().fa()).isEqualTo("اسکله");
                });
    }

    @Test
    void encoding_names_the_incentives_part_sent_alone_and_incentives_encoding_the_one_sent_beside_opportunities() {
        UploadEncodings both = new UploadEncodings("windows-1256", "UTF-8");

        assertThat(both.incentives(true)).isEqualTo("UTF-8");
        assertThat(new UploadEncodings("windows-1256", null).incentives(true)).isEqualTo("windows-1256");
        assertThat(new UploadEncodings("windows-1256", " ").incentives(false)).isNull();
        assertThat(both.incentives(false)).isEqualTo("UTF-8");
    }

    @Test
    void an_unknown_encoding_is_refused_400_unknown_encoding_naming_it_and_nothing_is_read() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> {
                    StoreUploads uploads = context.getBean(StoreUploads.class);
                    for (UploadEncodings unknown : List.of(new UploadEncodings("klingon-8", null),
                            new UploadEncodings(null, "klingon-8"), new UploadEncodings("not a name", null))) {
                        assertThatThrownBy(() -> uploads.importInto(windows1256("opportunities"),
                                windows1256("incentives"), unknown, Locale.ENGLISH, "clerk"))
                                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                                    String name = unknown.encoding() != null ? unknown.encoding()
                                            : unknown.incentivesEncoding();
                                    assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.UNKNOWN_ENCODING);
                                    assertThat(e.reason().status()).isEqualTo(400);
                                    assertThat(e.value()).isEqualTo(name);
                                    assertThat(e.reports()).isEmpty();
                                    MockHttpServletRequest request = new MockHttpServletRequest();
                                    request.addHeader("Accept-Language", "en");
                                    ProblemDetail problem = context.getBean(CatalogProblems.class)
                                            .rejected(e, new ServletWebRequest(request)).getBody();
                                    assertThat(problem).isNotNull();
                                    assertThat(problem.getDetail()).isEqualTo("Nothing was read: the request names the"
                                            + " encoding \"" + name + "\", which the server does not know. Name one"
                                            + " such as UTF-8, UTF-16, windows-1256 or windows-1252, or leave it out to"
                                            + " have the encoding detected.");
                                    assertThat(problem.getProperties()).containsEntry("value", name)
                                            .containsEntry("code", "unknown-encoding");
                                });
                    }
                    assertThat(context.getBean(CatalogStore.class).opportunityCount()).isZero();
                });
    }

    @Test
    void no_file_for_the_store_is_a_rejection_of_status_400() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(CatalogAutoConfiguration.class))
                .withBean(DataSource.class, StoreUploadsTest::h2)
                .run(context -> assertThatThrownBy(() -> context.getBean(StoreUploads.class)
                        .importInto(null, null, Locale.ENGLISH, "clerk"))
                        .isInstanceOfSatisfying(UploadRejectedException.class,
                                e -> assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.NO_FILE)));
    }
}
