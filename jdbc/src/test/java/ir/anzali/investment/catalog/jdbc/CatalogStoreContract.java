package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.Problem;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a store does on every database: the same cases run on H2 and on PostgreSQL. */
abstract class CatalogStoreContract {

    static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency,status\n";
    static final Clock IMPORT_DAY = Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC);

    CatalogStore store;

    /** A data source over an empty database of its own. */
    abstract DataSource freshDatabase() throws Exception;

    /** A data source over the same database whose connections wait at most a moment for a lock. */
    abstract DataSource impatient() throws Exception;

    DataSource dataSource;

    @BeforeEach
    void open() throws Exception {
        dataSource = freshDatabase();
        store = CatalogStore.of(dataSource);
        assertThat(store.migrate()).isEqualTo(1);
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
        assertThat(beside.migrate()).isEqualTo(1);
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
                            + " try again when it has finished");
            holder.rollback();
        }
        assertThat(store.opportunityCount()).isZero();
    }
}
