package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.property.Generators;
import ir.anzali.investment.catalog.csv.property.Seeds;
import ir.anzali.investment.catalog.eligibility.Eligibility;
import ir.anzali.investment.catalog.incentive.IncentiveType;
import ir.anzali.investment.catalog.jdbc.internal.IncentiveRows;
import ir.anzali.investment.catalog.jdbc.internal.OpportunityRows;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.query.AgencyRole;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.query.Page;
import ir.anzali.investment.catalog.query.SortKey;
import ir.anzali.investment.catalog.query.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** What a store does on every database: the same cases run on H2 and on PostgreSQL. */
abstract class CatalogStoreContract {

    static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency,status\n";
    static final Clock IMPORT_DAY = Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC);

    CatalogStore store;

    /** A data source over an empty database of its own. */
    abstract DataSource freshDatabase() throws Exception;

    /** A data source over the same database whose connections wait at most a moment for a lock. */
    abstract DataSource impatient() throws Exception;

    /** A data source over the same database with a password it refuses. */
    abstract DataSource wrongPassword();

    /** A data source over a database that does not exist. */
    abstract DataSource missingDatabase();

    /** A data source over the same database whose account may only read the catalog's tables (SELECT). */
    abstract DataSource readOnlyAccount() throws Exception;

    DataSource dataSource;

    @BeforeEach
    void open() throws Exception {
        dataSource = freshDatabase();
        store = CatalogStore.of(dataSource);
        assertThat(store.migrate()).isEqualTo(3);
    }

    static CatalogImporter importer(ImportMode mode) {
        return CatalogImporter.builder().mode(mode).clock(IMPORT_DAY).build();
    }

    StoreImport importCsv(ImportMode mode, String csv) throws Exception {
        return store.importFile(importer(mode), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "upload.csv", Kind.OPPORTUNITIES, "clerk");
    }

    static Path examples(String file) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/" + file + " not found");
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migrations_keep_their_own_history_table_beside_the_host_applications_tables() throws Exception {
        DataSource host = freshDatabase();
        try (Connection c = host.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_orders (id INTEGER PRIMARY KEY)");
        }
        CatalogStore beside = CatalogStore.of(host);
        assertThat(beside.migrate()).isEqualTo(3);
        assertThat(beside.migrate()).isZero();
        try (Connection c = host.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + CatalogStore.SCHEMA_HISTORY_TABLE + "\""
                        + " WHERE \"version\" = '1' AND \"success\" = TRUE")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
        assertThat(beside.opportunityCount()).isZero();
    }

    @Test
    void examples_imported_into_the_store_load_as_the_catalog_an_in_memory_import_makes() throws Exception {
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);
        StoreImport incentives = store.importFile(importer, examples("incentives.csv"), Kind.INCENTIVES, "clerk");
        StoreImport opportunities = store.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES,
                "clerk");

        Catalog inMemory = importer.importInto(Catalog.empty(store.load().referenceData()),
                examples("opportunities.csv"), examples("incentives.csv")).catalog();
        assertThat(incentives.imported()).isTrue();
        assertThat(incentives.added()).isEqualTo(inMemory.incentives().size());
        assertThat(opportunities.imported()).isTrue();
        assertThat(opportunities.added()).isEqualTo(inMemory.opportunities().size()).isEqualTo(15);
        assertThat(store.load()).isEqualTo(inMemory);
        assertThat(store.opportunity(OpportunityId.of("AFZ-TOU-001"))).isEqualTo(
                inMemory.opportunity(OpportunityId.of("AFZ-TOU-001")));
    }

    @Test
    void contents_tell_a_new_database_the_catalogs_and_another_applications() throws Exception {
        DataSource fresh = freshDatabase();
        assertThat(CatalogStore.of(fresh).contents()).isEqualTo(CatalogStore.Contents.NOTHING);
        try (Connection c = fresh.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_orders (id INTEGER PRIMARY KEY)");
        }
        assertThat(CatalogStore.of(fresh).contents()).isEqualTo(CatalogStore.Contents.OTHER_TABLES);
        CatalogStore.of(fresh).migrate();
        assertThat(CatalogStore.of(fresh).contents()).isEqualTo(CatalogStore.Contents.CATALOG);
        assertThat(store.contents()).isEqualTo(CatalogStore.Contents.CATALOG);
    }

    @Test
    void incentives_are_read_alone_as_the_whole_catalog_holds_them() throws Exception {
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);
        assertThat(store.incentives()).isEmpty();
        store.importFile(importer, examples("incentives.csv"), Kind.INCENTIVES, "clerk");
        store.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES, "clerk");
        assertThat(store.incentives()).hasSizeGreaterThan(1).isEqualTo(store.load().incentives());
    }

    @Test
    void a_database_that_does_not_exist_is_no_database_said_in_persian_and_english() {
        CatalogStore missing = CatalogStore.of(missingDatabase());
        assertThatThrownBy(missing::contents).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.failure()).isEqualTo(StoreException.Failure.NO_DATABASE);
            assertThat(e.task()).isEqualTo(StoreException.Task.OPENING);
            assertThat(e.message(Locale.ENGLISH)).startsWith("There is no catalog database at the address given,"
                    + " found while opening the database. Check the database's address");
            assertThat(e.message(Locale.forLanguageTag("fa"))).startsWith("هنگام باز کردن پایگاه داده پایگاه دادهٔ"
                    + " فهرستی در نشانی داده‌شده پیدا نشد.");
        });
    }

    @Test
    void incentives_and_opportunities_imported_together_are_one_transaction_the_opportunities_naming_the_new_incentives()
            throws Exception {
        List<StoreImport> done = store.importFiles(importer(ImportMode.ALL_OR_NOTHING), List.of(
                StoreFile.of(examples("incentives.csv"), Kind.INCENTIVES),
                StoreFile.of(examples("opportunities.csv"), Kind.OPPORTUNITIES)), "clerk");

        assertThat(done).extracting(StoreImport::imported).containsExactly(true, true);
        assertThat(done).extracting(StoreImport::added).containsExactly(8L, 15L);
        assertThat(done.get(0).logId()).isNotEqualTo(done.get(1).logId());
        assertThat(store.load().opportunities()).hasSize(15);
        assertThat(count("SELECT COUNT(*) FROM catalog_import WHERE user_name = 'clerk' AND imported")).isEqualTo(2);
    }

    @Test
    void incentives_imported_together_with_opportunities_that_have_mistakes_are_not_written_either() throws Exception {
        List<StoreImport> done = store.importFiles(importer(ImportMode.ALL_OR_NOTHING), List.of(
                StoreFile.of(examples("incentives.csv"), Kind.INCENTIVES),
                StoreFile.of(examples("opportunities-with-mistakes.csv"), Kind.OPPORTUNITIES)), "clerk");

        assertThat(done).extracting(StoreImport::imported).containsExactly(false, false);
        assertThat(done.get(0).report().valid()).isTrue();
        assertThat(done.get(1).report().valid()).isFalse();
        assertThat(done).extracting(StoreImport::added).containsExactly(0L, 0L);
        assertThat(store.load().incentives()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM catalog_import WHERE NOT imported")).isEqualTo(2);
    }

    @Test
    void every_stored_opportunity_is_handed_over_once_in_id_order_across_batches() throws Exception {
        Seeds.forEach(1, seed -> {
            write(new Generators(seed).catalog(6, 2_500));
            List<Opportunity> handed = new ArrayList<>();

            store.forEachOpportunity(handed::add);

            assertThat(handed).hasSize(2_500).isEqualTo(store.load().opportunities());
        });
    }

    @Test
    void a_check_counts_as_an_import_would_and_writes_nothing_not_even_a_log_row() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n");
        Catalog before = store.load();
        long logged = count("SELECT COUNT(*) FROM catalog_import");

        List<StoreImport> checked = store.check(importer(ImportMode.ALL_OR_NOTHING), List.of(new StoreFile(
                new ByteArrayInputStream((HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                        + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                        + "AFZ-POR-003,انبار,PORT_SERVICES,7 میلیارد ریال,,AFZO,OPEN\n").getBytes(StandardCharsets.UTF_8)),
                "opportunities.csv", Kind.OPPORTUNITIES)));

        assertThat(checked).singleElement().satisfies(c -> {
            assertThat(c.report().valid()).as(c.report().toString()).isTrue();
            assertThat(List.of(c.added(), c.updated(), c.unchanged())).containsExactly(1L, 1L, 1L);
            assertThat(c.imported()).isFalse();
            assertThat(c.logId()).isZero();
        });
        assertThat(store.load()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM catalog_import")).isEqualTo(logged);
    }

    @Test
    void a_check_judges_a_status_move_against_the_stored_row() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n");

        List<StoreImport> checked = store.check(importer(ImportMode.ALL_OR_NOTHING), List.of(new StoreFile(
                new ByteArrayInputStream((HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPERATIONAL\n")
                        .getBytes(StandardCharsets.UTF_8)), "opportunities.csv", Kind.OPPORTUNITIES)));

        assertThat(checked.get(0).report().valid()).isFalse();
        assertThat(checked.get(0).report().errors()).extracting(Problem::code)
                .containsExactly(ErrorCode.ILLEGAL_TRANSITION);
    }

    static StoreFile csv(String name, String csv) {
        return new StoreFile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name,
                Kind.OPPORTUNITIES);
    }

    @Test
    void a_check_by_an_account_that_may_only_read_counts_new_ids_and_judges_status_moves_writing_nothing()
            throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n");
        CatalogStore reader = CatalogStore.of(readOnlyAccount());

        List<StoreImport> valid = reader.check(importer(ImportMode.ALL_OR_NOTHING), List.of(csv("opportunities.csv",
                HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,PORT_SERVICES,7 میلیارد ریال,,AFZO,OPEN\n")));
        List<StoreImport> invalid = reader.check(importer(ImportMode.ALL_OR_NOTHING), List.of(csv("opportunities.csv",
                HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPERATIONAL\n"
                + "AFZ-POR-004,انبار,PORT_SERVICES,7 میلیارد ریال,,AFZO,OPEN\n")));

        assertThat(valid).singleElement().satisfies(c -> {
            assertThat(c.report().valid()).as(c.report().toString()).isTrue();
            assertThat(List.of(c.added(), c.updated(), c.unchanged())).containsExactly(1L, 1L, 1L);
        });
        assertThat(invalid.get(0).report().errors()).extracting(Problem::code)
                .containsExactly(ErrorCode.ILLEGAL_TRANSITION);
        assertThat(store.opportunityCount()).isEqualTo(2);
    }

    @Test
    void an_import_by_an_account_that_may_only_read_is_refused_as_a_store_that_does_not_accept_writes()
            throws Exception {
        CatalogStore reader = CatalogStore.of(readOnlyAccount());

        assertThatThrownBy(() -> reader.importFile(importer(ImportMode.ALL_OR_NOTHING), new ByteArrayInputStream(
                (HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n").getBytes(StandardCharsets.UTF_8)),
                "upload.csv", Kind.OPPORTUNITIES, "clerk"))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.READ_ONLY);
                    assertThat(e.task()).isEqualTo(StoreException.Task.IMPORTING);
                    assertThat(e.getMessage()).contains("only read");
                });
        assertThat(store.opportunityCount()).isZero();
        assertThat(count("SELECT COUNT(*) FROM catalog_import")).isZero();
    }

    @Test
    void a_check_counts_each_file_against_what_the_files_before_it_would_have_written_as_an_import_does()
            throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n");
        String first = HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n";
        String second = HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                + "AFZ-POR-002,اسکله نو,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,PORT_SERVICES,7 میلیارد ریال,,AFZO,OPEN\n";
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);

        List<StoreImport> checked = CatalogStore.of(readOnlyAccount()).check(importer, List.of(
                StoreFile.of(examples("incentives.csv"), Kind.INCENTIVES),
                StoreFile.of(examples("opportunities.csv"), Kind.OPPORTUNITIES),
                csv("first.csv", first), csv("second.csv", second)));
        List<StoreImport> imported = store.importFiles(importer, List.of(
                StoreFile.of(examples("incentives.csv"), Kind.INCENTIVES),
                StoreFile.of(examples("opportunities.csv"), Kind.OPPORTUNITIES),
                csv("first.csv", first), csv("second.csv", second)), "clerk");

        assertThat(imported).allSatisfy(i -> assertThat(i.imported()).as(i.report().toString()).isTrue());
        assertThat(checked).extracting(StoreImport::report).allMatch(r -> r.valid());
        assertThat(checked).extracting(c -> List.of(c.added(), c.updated(), c.unchanged()))
                .isEqualTo(imported.stream().map(i -> List.of(i.added(), i.updated(), i.unchanged())).toList())
                .last().isEqualTo(List.of(1L, 1L, 1L));
    }

    @Test
    void texts_with_quotes_commas_and_backslashes_are_stored_as_they_were_read() throws Exception {
        StoreImport done = importCsv(ImportMode.ALL_OR_NOTHING, HEADER
                + "AFZ-TOU-007,\"هتل \"\"ساحل\"\", انزلی \\ غازیان\",TOURISM,5 میلیارد ریال,,AFZO,OPEN\n");

        assertThat(done.imported()).as(done.report().toString()).isTrue();
        assertThat(store.opportunity(OpportunityId.of("AFZ-TOU-007")).orElseThrow().title().fa())
                .isEqualTo("هتل \"ساحل\", انزلی \\ غازیان");
    }

    @Test
    void importing_the_same_file_again_counts_every_row_unchanged() throws Exception {
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);
        store.importFile(importer, examples("incentives.csv"), Kind.INCENTIVES, "clerk");
        store.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES, "clerk");
        Catalog before = store.load();

        StoreImport again = store.importFile(importer, examples("opportunities.csv"), Kind.OPPORTUNITIES, "clerk");

        assertThat(again.imported()).isTrue();
        assertThat(List.of(again.added(), again.updated(), again.unchanged())).containsExactly(0L, 0L, 15L);
        assertThat(store.load()).isEqualTo(before);
    }

    @Test
    void a_changed_status_updates_the_opportunity_and_records_the_move_on_the_import_day() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n");

        StoreImport moved = importCsv(ImportMode.ALL_OR_NOTHING, HEADER
                + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,PORT_SERVICES,7 میلیارد ریال,,AFZO,OPEN\n");

        assertThat(List.of(moved.added(), moved.updated(), moved.unchanged())).containsExactly(1L, 1L, 1L);
        Opportunity hotel = store.opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow();
        assertThat(hotel.status()).isEqualTo(Status.NEGOTIATION);
        assertThat(hotel.history()).containsExactly(
                new StatusChange(Status.OPEN, Status.NEGOTIATION, LocalDate.of(2026, 12, 2), null));
    }

    @Test
    void an_illegal_transition_is_reported_on_the_status_cell_and_all_or_nothing_writes_nothing() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPEN\n");
        Catalog before = store.load();

        StoreImport refused = importCsv(ImportMode.ALL_OR_NOTHING, HEADER
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPERATIONAL\n");

        assertThat(refused.imported()).isFalse();
        assertThat(refused.report().errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
            assertThat(p.row()).isEqualTo(2L);
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.value()).isEqualTo("OPERATIONAL");
        });
        assertThat(List.of(refused.added(), refused.updated(), refused.unchanged())).containsExactly(0L, 0L, 0L);
        assertThat(store.load()).isEqualTo(before);
    }

    @Test
    void skip_invalid_keeps_the_accepted_rows_of_a_file_with_errors() throws Exception {
        StoreImport kept = importCsv(ImportMode.SKIP_INVALID, HEADER
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,NO_SUCH_SECTOR,7 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-004,جرثقیل,PORT_SERVICES,9 میلیارد ریال,,AFZO,OPEN\n");

        assertThat(kept.imported()).isTrue();
        assertThat(kept.added()).isEqualTo(2);
        assertThat(kept.report().errors()).extracting(Problem::row).containsExactly(2L);
        assertThat(store.load().opportunities()).extracting(o -> o.id().value())
                .containsExactly("AFZ-POR-002", "AFZ-POR-004");
    }

    @Test
    void every_import_leaves_a_log_row_with_its_file_digest_user_counts_and_report() throws Exception {
        String csv = HEADER + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,NO_SUCH_SECTOR,7 میلیارد ریال,,AFZO,OPEN\n";
        StoreImport refused = importCsv(ImportMode.ALL_OR_NOTHING, csv);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT file_name, sha256, kind, import_mode, imported, added,"
                        + " rejected, user_name, report_json FROM catalog_import WHERE id = " + refused.logId())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("file_name")).isEqualTo("upload.csv");
            assertThat(rs.getString("sha256")).isEqualTo(sha256);
            assertThat(rs.getString("kind")).isEqualTo("OPPORTUNITIES");
            assertThat(rs.getString("import_mode")).isEqualTo("ALL_OR_NOTHING");
            assertThat(rs.getBoolean("imported")).isFalse();
            assertThat(rs.getLong("added")).isZero();
            assertThat(rs.getLong("rejected")).isEqualTo(1);
            assertThat(rs.getString("user_name")).isEqualTo("clerk");
            assertThat(rs.getString("report_json")).contains("NO_SUCH_SECTOR", "\"rejected\"");
        }
        assertThat(store.opportunityCount()).isZero();
    }

    @Test
    void an_import_while_another_holds_the_store_waits_and_then_fails_clearly() throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery("SELECT id FROM catalog_import_lock WHERE id = 1 FOR UPDATE").close();
            }
            CatalogStore waiting = CatalogStore.of(impatient());
            assertThatThrownBy(() -> waiting.importFile(importer(ImportMode.ALL_OR_NOTHING),
                    new ByteArrayInputStream((HEADER + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n")
                            .getBytes(StandardCharsets.UTF_8)), "second.csv", Kind.OPPORTUNITIES, "clerk"))
                    .isInstanceOf(StoreBusyException.class)
                    .hasMessage("Another import into this catalog store is under way, so second.csv was not imported:"
                            + " try again when it has finished.")
                    .satisfies(e -> assertThat(((StoreException) e).message(Locale.forLanguageTag("fa")))
                            .isEqualTo("ورود دیگری به همین فهرست در جریان است، پس second.csv وارد نشد:"
                                    + " وقتی آن تمام شد دوباره بکوشید."));
            holder.rollback();
        }
        assertThat(store.opportunityCount()).isZero();
    }

    /** Writes a catalog as an import would, straight through the store's rows. */
    void write(Catalog catalog) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            new IncentiveRows(c, catalog.referenceData()).write(catalog.incentives(), List.of());
            try (OpportunityRows rows = new OpportunityRows(c, catalog.referenceData())) {
                for (Opportunity o : catalog.opportunities()) {
                    rows.insert(o);
                }
                rows.flush();
            }
            c.commit();
        }
    }

    void clear() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM catalog_opportunity");
            s.execute("DELETE FROM catalog_incentive");
        }
    }

    /** A generated catalog in which every third opportunity also has a part in a second currency. */
    static Catalog generated(long seed) {
        Generators g = new Generators(seed);
        Catalog catalog = g.catalog(6, 60);
        SplittableRandom random = g.random();
        List<Opportunity> opportunities = new ArrayList<>();
        for (Opportunity o : catalog.opportunities()) {
            Money first = o.investment().first();
            String other = first.currency().getCurrencyCode().equals("EUR") ? "IRR" : "EUR";
            opportunities.add(random.nextInt(3) > 0 ? o : o.toBuilder()
                    .investment(Investment.of(first, Money.of(BigDecimal.valueOf(random.nextLong(1, 1_000_000),
                            other.equals("IRR") ? 0 : random.nextInt(3)), other)))
                    .build());
        }
        return Catalog.builder(catalog.referenceData()).incentives(catalog.incentives())
                .opportunities(opportunities).build();
    }

    /** Queries over a catalog: each criterion alone and some together, on values the catalog holds. */
    static List<OpportunityQuery> queries(Catalog catalog, SplittableRandom random) {
        List<Opportunity> all = catalog.opportunities();
        Opportunity one = all.get(random.nextInt(all.size()));
        Opportunity other = all.get(random.nextInt(all.size()));
        String title = one.title().fa() != null ? one.title().fa() : one.title().en();
        int from = random.nextInt(title.length());
        String piece = title.substring(from, Math.min(title.length(), from + 1 + random.nextInt(4)));
        Money amount = one.investment().first();
        List<OpportunityQuery> queries = new ArrayList<>();
        queries.add(OpportunityQuery.all());
        queries.add(OpportunityQuery.all().sector(one.sector().code().toLowerCase(Locale.ROOT)));
        if (one.subsector() != null) {
            queries.add(OpportunityQuery.all().subsector(one.subsector().code()));
        }
        queries.add(OpportunityQuery.all().statuses(one.status(), other.status()));
        for (AgencyRole role : AgencyRole.values()) {
            queries.add(OpportunityQuery.all().agency(other.leadAgency().code(), role));
        }
        if (one.location().area() != null) {
            queries.add(OpportunityQuery.all().area(" " + one.location().area().toUpperCase(Locale.ROOT)));
        }
        queries.add(OpportunityQuery.all().text(piece));
        queries.add(OpportunityQuery.all().text("a%_!"));
        queries.add(OpportunityQuery.all().investmentBetween(amount, null));
        queries.add(OpportunityQuery.all().investmentBetween(null, amount));
        queries.add(OpportunityQuery.all().investmentBetween(Money.of(BigDecimal.valueOf(1000), "EUR"),
                Money.of(BigDecimal.valueOf(500_000), "EUR")));
        queries.add(OpportunityQuery.all().minDirectJobs(random.nextInt(500)));
        queries.add(OpportunityQuery.all().minYouthJobs(random.nextInt(200)));
        queries.add(OpportunityQuery.all().sector(one.sector().code()).agency(one.leadAgency().code(), AgencyRole.ANY)
                .minDirectJobs(10));
        for (SortKey key : SortKey.values()) {
            queries.add(OpportunityQuery.all().sortBy(key, true));
            queries.add(OpportunityQuery.all().sortBy(key, false).page(1, 7));
        }
        return queries;
    }

    /** The same queries, each but the first ordered by a random key and direction, a random page of them. */
    static List<OpportunityQuery> sortedAndPaged(List<OpportunityQuery> queries, SplittableRandom random) {
        List<OpportunityQuery> sorted = new ArrayList<>();
        sorted.add(queries.get(0));
        for (OpportunityQuery q : queries.subList(1, queries.size())) {
            SortKey key = SortKey.values()[random.nextInt(SortKey.values().length)];
            sorted.add(q.sortBy(key, random.nextBoolean()).page(random.nextInt(3), 1 + random.nextInt(30)));
        }
        return sorted;
    }

    @Test
    void search_in_sql_finds_the_page_the_query_finds_in_memory_on_generated_catalogs() throws Exception {
        Seeds.forEach(2, seed -> {
            clear();
            Catalog catalog = generated(seed);
            write(catalog);
            assertThat(store.load()).isEqualTo(catalog);
            SplittableRandom random = new SplittableRandom(seed);
            for (OpportunityQuery q : sortedAndPaged(queries(catalog, random), random)) {
                Page<Opportunity> expected = q.run(catalog);
                Page<Opportunity> found = store.search(q);
                assertThat(found.total()).as("total").isEqualTo(expected.total());
                assertThat(found.items().stream().map(Opportunity::id).toList()).as("ids in order")
                        .isEqualTo(expected.items().stream().map(Opportunity::id).toList());
                assertThat(found).isEqualTo(expected);
            }
        });
    }

    @Test
    void summary_in_sql_equals_the_in_memory_summary_with_investments_in_two_currencies() throws Exception {
        Seeds.forEach(2, seed -> {
            clear();
            Catalog catalog = generated(seed);
            write(catalog);
            assertThat(catalog.opportunities()).anyMatch(o -> o.investment().parts().size() == 2);
            assertThat(store.summary()).isEqualTo(CatalogSummary.of(catalog.opportunities(), catalog.referenceData()));
            for (OpportunityQuery q : queries(catalog, new SplittableRandom(seed))) {
                assertThat(store.summary(q)).isEqualTo(q.summarize(catalog));
            }
        });
    }

    @Test
    void summary_sums_each_currency_apart_and_keeps_the_scale_of_the_amounts() throws Exception {
        StoreImport imported = importCsv(ImportMode.ALL_OR_NOTHING,
                "id,title_fa,sector,investment,lead_agency,status,direct_jobs,indirect_jobs\n"
                + "AFZ-T-1,هتل,TOURISM,1500 میلیارد ریال + 2500.50 یورو,AFZO,OPEN,10,30\n"
                + "AFZ-T-2,اسکله,TOURISM,7000.125 یورو,AFZO,PREPARED,5,\n");
        assertThat(imported.report().errors()).isEmpty();
        Summary total = store.summary().total();
        assertThat(total.opportunities()).isEqualTo(2);
        assertThat(total.investment()).containsExactly(
                entry(Currency.getInstance("EUR"), new BigDecimal("9500.625")),
                entry(Currency.getInstance("IRR"), new BigDecimal("1500000000000")));
        assertThat(total.byStatus()).containsExactly(entry(Status.PREPARED, 1L), entry(Status.OPEN, 1L));
        assertThat(total.directJobs()).isEqualTo(15);
        assertThat(total.indirectJobs()).isEqualTo(30);
        assertThat(store.search(OpportunityQuery.all().investmentBetween(Money.of(new BigDecimal("2500.5"), "EUR"),
                Money.of(new BigDecimal("3000"), "EUR"))).items()).extracting(o -> o.id().value()).containsExactly("AFZ-T-1");
    }

    @Test
    void a_query_for_an_available_incentive_is_refused_with_advice_to_run_it_in_memory() {
        OpportunityQuery q = OpportunityQuery.all().incentiveAvailable(IncentiveType.INCOME_TAX_EXEMPTION,
                LocalDate.of(2026, 12, 2), Eligibility.withoutRates());
        assertThatThrownBy(() -> store.search(q)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load()");
    }

    @Test
    void migration_2_fills_the_amounts_and_areas_of_opportunities_stored_before_it() throws Exception {
        DataSource old = freshDatabase();
        Flyway.configure(CatalogStore.class.getClassLoader()).dataSource(old).locations(CatalogStore.MIGRATIONS)
                .table(CatalogStore.SCHEMA_HISTORY_TABLE).target("1").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO catalog_opportunity (id, title_fa, sector, area, investment_text, investment_amount,"
                    + " investment_currency, status, lead_agency, search_text) VALUES ('AFZ-T-9', 'هتل', 'TOURISM',"
                    + " 'بندر انزلی', 'IRR 900 + USD 12.50', 900, 'IRR', 'OPEN', 'AFZO', '')");
        }
        CatalogStore upgraded = CatalogStore.of(old);
        assertThat(upgraded.migrate()).isEqualTo(2);
        assertThat(upgraded.search(OpportunityQuery.all().area("بندر  انزلي")
                .investmentBetween(Money.of(new BigDecimal("12.5"), "USD"), null)).total()).isEqualTo(1);
        Catalog loaded = upgraded.load();
        assertThat(loaded.opportunities().get(0).investment().in(Currency.getInstance("USD"))).isPresent();
        assertThat(upgraded.summary()).isEqualTo(CatalogSummary.of(loaded.opportunities(), loaded.referenceData()));
    }

    @Test
    void a_wrong_password_is_a_store_exception_that_says_so_in_persian_and_english() {
        CatalogStore refused = CatalogStore.of(wrongPassword());
        assertThatThrownBy(refused::summary).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.failure()).isEqualTo(StoreException.Failure.LOGIN_REFUSED);
            assertThat(e.task()).isEqualTo(StoreException.Task.SUMMING_UP);
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("The catalog's database refused the user name or password"
                    + " while summing up the catalog. Check the user name and password given for the database, then"
                    + " try again.");
            assertThat(e.message(Locale.forLanguageTag("fa"))).isEqualTo("هنگام جمع‌بندی فهرست پایگاه دادهٔ فهرست"
                    + " نام کاربری یا گذرواژه را نپذیرفت. نام کاربری و گذرواژهٔ پایگاه داده را بررسی کنید، سپس دوباره"
                    + " بکوشید.");
        });
    }

    @Test
    void a_database_error_names_the_task_and_quotes_the_databases_answer_in_either_language() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE catalog_opportunity_amount");
        }
        assertThatThrownBy(store::summary).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.failure()).isEqualTo(StoreException.Failure.FAILED);
            assertThat(e.getMessage()).startsWith("The catalog store failed while summing up the catalog, and nothing"
                    + " was written; the database answered: \"").containsIgnoringCase("catalog_opportunity_amount");
            assertThat(e.message(Locale.forLanguageTag("fa"))).startsWith("هنگام جمع‌بندی فهرست کار فهرست در پایگاه"
                    + " داده ناکام ماند").contains("migrate");
        });
    }

    /** A file of opportunities, each with a tag, the n-th tagged as given. */
    static String rows(int count, int n, String tag) {
        StringBuilder csv = new StringBuilder("id,title_fa,sector,investment,currency,lead_agency,status,tags\n");
        for (int i = 1; i <= count; i++) {
            csv.append(String.format("AFZ-POR-%05d,اسکله %d,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN,%s%n", i, i,
                    i == n ? tag : "tag" + i % 7));
        }
        return csv.toString();
    }

    @Test
    void an_import_of_several_batches_stores_every_row_with_its_lists_as_an_import_in_memory_does() throws Exception {
        String csv = rows(2_345, 0, "");
        StoreImport done = importCsv(ImportMode.ALL_OR_NOTHING, csv);

        Catalog inMemory = importer(ImportMode.ALL_OR_NOTHING).importInto(Catalog.empty(store.load().referenceData()),
                ImportSource.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "upload.csv"), null)
                .catalog();
        assertThat(done.added()).isEqualTo(2_345);
        assertThat(count("SELECT COUNT(*) FROM catalog_opportunity WHERE tags LIKE '%tag%'")).isEqualTo(2_345);
        assertThat(store.load()).isEqualTo(inMemory);
    }

    @Test
    void an_import_into_an_empty_store_of_investments_in_two_currencies_keeps_every_part_across_batches()
            throws Exception {
        StringBuilder csv = new StringBuilder("id,title_fa,sector,investment,lead_agency,partner_agencies,status,tags\n");
        for (int i = 1; i <= 2_345; i++) {
            csv.append(String.format("AFZ-POR-%05d,اسکله %d,PORT_SERVICES,%d میلیارد ریال + %d USD,AFZO,%s,OPEN,tag%d%n",
                    i, i, i, 1_000 + i, i % 2 == 0 ? "CITY_COUNCIL" : "MUNICIPALITY;GOVERNORATE", i % 7));
        }
        StoreImport done = importCsv(ImportMode.ALL_OR_NOTHING, csv.toString());

        Catalog inMemory = importer(ImportMode.ALL_OR_NOTHING).importInto(Catalog.empty(store.load().referenceData()),
                ImportSource.of(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "upload.csv"),
                null).catalog();
        assertThat(inMemory.opportunities()).hasSize(2_345);
        assertThat(done.added()).isEqualTo(2_345);
        assertThat(count("SELECT COUNT(*) FROM catalog_opportunity_amount WHERE currency = 'USD'")).isEqualTo(2_345);
        assertThat(store.load()).isEqualTo(inMemory);
        assertThat(store.summary()).isEqualTo(CatalogSummary.of(inMemory.opportunities(), inMemory.referenceData()));
        OpportunityQuery partnered = OpportunityQuery.all().agency("CITY_COUNCIL", AgencyRole.PARTNER)
                .investmentBetween(Money.of(BigDecimal.valueOf(2_000), "USD"), null);
        assertThat(store.search(partnered)).isEqualTo(partnered.run(inMemory));
        assertThat(store.search(partnered).total()).isEqualTo(673);
    }

    @Test
    void migration_3_keeps_every_opportunity_of_a_store_at_version_2_with_its_lists_amounts_and_history()
            throws Exception {
        Catalog catalog = generated(7);
        Opportunity moved = catalog.opportunities().get(0);
        Catalog stored = Catalog.builder(catalog.referenceData()).incentives(catalog.incentives())
                .opportunities(catalog.opportunities().subList(1, catalog.opportunities().size()))
                .opportunity(moved.transition(java.util.Arrays.stream(Status.values()).filter(moved.status()::canMoveTo)
                        .findFirst().orElseThrow(), LocalDate.of(2026, 1, 2), "ready"))
                .build();
        write(stored);
        DataSource old = freshDatabase();
        Flyway.configure(CatalogStore.class.getClassLoader()).dataSource(old).locations(CatalogStore.MIGRATIONS)
                .table(CatalogStore.SCHEMA_HISTORY_TABLE).target("2").javaMigrations(
                        new ir.anzali.investment.catalog.jdbc.internal.SearchColumns()).load().migrate();
        try (Connection from = dataSource.getConnection(); Connection to = old.getConnection()) {
            asVersion2(from, to);
        }

        CatalogStore upgraded = CatalogStore.of(old);
        assertThat(upgraded.migrate()).isEqualTo(1);
        assertThat(upgraded.load()).isEqualTo(stored);
        assertThat(upgraded.summary()).isEqualTo(store.summary());
        for (OpportunityQuery q : queries(stored, new SplittableRandom(7))) {
            assertThat(upgraded.search(q)).isEqualTo(q.run(stored));
        }
    }

    /**
     * Writes a store's contents into a store at version 2, as version 2 kept them: every part of an
     * investment a row of {@code catalog_opportunity_amount}, every item of a list one of
     * {@code catalog_opportunity_item}.
     */
    private static void asVersion2(Connection from, Connection to) throws SQLException {
        copyRows(from, "SELECT * FROM catalog_incentive", to, "catalog_incentive");
        copyRows(from, "SELECT * FROM catalog_incentive_condition", to, "catalog_incentive_condition");
        StringJoiner columns = new StringJoiner(", ");
        try (Statement s = to.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM catalog_opportunity WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnLabel(i));
            }
        }
        copyRows(from, "SELECT " + columns + " FROM catalog_opportunity", to, "catalog_opportunity");
        copyRows(from, "SELECT * FROM catalog_status_change", to, "catalog_status_change");
        copyRows(from, "SELECT id AS opportunity_id, investment_currency AS currency, investment_amount AS amount,"
                + " investment_scale AS amount_scale FROM catalog_opportunity UNION ALL SELECT opportunity_id, currency,"
                + " amount, amount_scale FROM catalog_opportunity_amount", to, "catalog_opportunity_amount");
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT id, partners, incentives, tags"
                + " FROM catalog_opportunity"); PreparedStatement items = to.prepareStatement("INSERT INTO"
                + " catalog_opportunity_item (opportunity_id, kind, position, item) VALUES (?, ?, ?, ?)")) {
            while (rs.next()) {
                String[] kinds = {"PARTNER", "INCENTIVE", "TAG"};
                for (int k = 0; k < kinds.length; k++) {
                    String list = rs.getString(k + 2);
                    String[] values = list.isEmpty() ? new String[0] : list.substring(1, list.length() - 1).split("\u001f", -1);
                    for (int position = 0; position < values.length; position++) {
                        items.setString(1, rs.getString(1));
                        items.setString(2, kinds[k]);
                        items.setInt(3, position);
                        items.setString(4, values[position]);
                        items.addBatch();
                    }
                }
            }
            items.executeBatch();
        }
    }

    /** Inserts into a table of one database the rows a query gives in another, by the names of its columns. */
    private static void copyRows(Connection from, String query, Connection to, String table) throws SQLException {
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            StringJoiner names = new StringJoiner(", ");
            for (int i = 1; i <= n; i++) {
                names.add(rs.getMetaData().getColumnLabel(i));
            }
            try (PreparedStatement ps = to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES ("
                    + "?, ".repeat(n - 1) + "?)")) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    @Test
    void a_database_failure_in_a_later_batch_writes_nothing_of_the_import_and_names_the_task() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE catalog_opportunity ADD CONSTRAINT no_forbidden_tag CHECK (tags NOT LIKE '%forbidden%')");
        }

        assertThatThrownBy(() -> importCsv(ImportMode.SKIP_INVALID, rows(2_345, 1_500, "forbidden")))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.task()).isEqualTo(StoreException.Task.IMPORTING);
                    assertThat(e.failure()).isEqualTo(StoreException.Failure.FAILED);
                    assertThat(e.getMessage()).containsIgnoringCase("no_forbidden_tag");
                });
        assertThat(store.opportunityCount()).isZero();
        assertThat(count("SELECT COUNT(*) FROM catalog_import")).isZero();
    }

    @Test
    void a_text_holding_the_search_columns_separator_matches_no_two_texts_side_by_side() throws Exception {
        importCsv(ImportMode.ALL_OR_NOTHING, "id,title_fa,title_en,sector,investment,lead_agency,status\n"
                + "AFZ-TOU-001,هتل ساحلی,beach hotel,TOURISM,5 میلیارد ریال,AFZO,OPEN\n");
        OpportunityQuery across = OpportunityQuery.all().text("ساحلی\u001fbeach");
        assertThat(store.search(OpportunityQuery.all().text("beach")).total()).isEqualTo(1);
        assertThat(store.search(across).total()).isZero();
        assertThat(across.run(store.load()).total()).isZero();
    }
}
