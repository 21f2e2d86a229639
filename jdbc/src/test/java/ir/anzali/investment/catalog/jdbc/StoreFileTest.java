package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.text.Delimiter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ir.anzali.investment.catalog.jdbc.CatalogStoreContract.examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How the store reads a file it is given: a workbook's incentives sheet, a file's own encoding and delimiter. */
class StoreFileTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @TempDir
    Path dir;

    private DataSource dataSource;
    private CatalogStore store;
    private final CatalogImporter importer = CatalogStoreContract.importer(ImportMode.ALL_OR_NOTHING);

    @BeforeEach
    void open() {
        dataSource = H2CatalogStoreTest.h2("jdbc:h2:mem:files" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        store = CatalogStore.of(dataSource);
        store.migrate();
    }

    /**
     * The bundled examples as one workbook saved by LibreOffice, with a sheet of opportunities and a
     * sheet of incentives named in Persian (the workbook module's test file).
     */
    private static byte[] examplesWorkbook() throws Exception {
        try (InputStream in = StoreFileTest.class.getResourceAsStream("examples.xlsx")) {
            return Objects.requireNonNull(in, "examples.xlsx").readAllBytes();
        }
    }

    private StoreFile upload(byte[] bytes, String name, Kind kind) {
        return new StoreFile(new ByteArrayInputStream(bytes), name, kind);
    }

    @Test
    void a_workbook_of_opportunities_with_an_incentives_sheet_imports_the_incentives_first_as_an_import_in_memory_does()
            throws Exception {
        byte[] book = examplesWorkbook();
        Path file = Files.write(dir.resolve("book.xlsx"), book);

        List<StoreImport> done = store.importFiles(importer, List.of(upload(book, "book.xlsx", Kind.OPPORTUNITIES)),
                "clerk");

        Catalog inMemory = importer.importInto(Catalog.empty(store.load().referenceData()), file, null).catalog();
        assertThat(done).extracting(d -> d.report().kind(), d -> d.report().sheet(), StoreImport::imported,
                StoreImport::added).containsExactly(tuple("incentives", "مشوق‌ها", true, 8L),
                        tuple("opportunities", "فرصت‌ها", true, 15L));
        assertThat(done.get(1).report().errorCount()).isZero();
        assertThat(store.load()).isEqualTo(inMemory);
        assertThat(inMemory.incentives()).hasSize(8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT file_name, kind, sha256, added FROM catalog_import ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3).length() + " " + rs.getLong(4));
            }
            assertThat(rows).containsExactly("book.xlsx INCENTIVES 64 8", "book.xlsx OPPORTUNITIES 64 15");
        }
    }

    @Test
    void a_check_of_a_workbook_reads_its_incentives_sheet_and_an_import_of_one_file_returns_its_opportunities()
            throws Exception {
        byte[] book = examplesWorkbook();

        List<StoreImport> checked = store.check(importer, List.of(upload(book, "book.xlsx", Kind.OPPORTUNITIES)));
        StoreImport imported = store.importFile(importer, new ByteArrayInputStream(book), "book.xlsx",
                Kind.OPPORTUNITIES, "clerk");

        assertThat(checked).extracting(d -> d.report().kind(), StoreImport::added)
                .containsExactly(tuple("incentives", 8L), tuple("opportunities", 15L));
        assertThat(checked).extracting(d -> d.report().valid()).containsOnly(true);
        assertThat(imported.report().kind()).isEqualTo("opportunities");
        assertThat(imported.added()).isEqualTo(15);
        assertThat(store.incentives()).hasSize(8);
    }

    @Test
    void an_incentives_file_given_with_a_workbook_is_read_instead_of_its_incentives_sheet() throws Exception {
        byte[] book = examplesWorkbook();

        List<StoreImport> done = store.importFiles(importer, List.of(
                StoreFile.of(examples("incentives.csv"), Kind.INCENTIVES),
                upload(book, "book.xlsx", Kind.OPPORTUNITIES)), "clerk");

        assertThat(done).extracting(d -> d.report().file(), d -> d.report().kind())
                .containsExactly(tuple("incentives.csv", "incentives"), tuple("book.xlsx", "opportunities"));
        assertThat(store.opportunityCount()).isEqualTo(15);
        assertThat(done.get(1).report().warnings()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.IGNORED_SHEET);
            assertThat(p.message()).contains("\"مشوق‌ها\", which was not read").contains("from incentives.csv alone");
        });
        assertThat(done.get(1).report().warnings()).as("as an import in memory reports it").isEqualTo(importer
                .importInto(Catalog.empty(store.load().referenceData()), Files.write(dir.resolve("book.xlsx"), book),
                        examples("incentives.csv")).reports().get(1).warnings());
    }

    @Test
    void an_opportunity_naming_an_incentive_its_incentives_file_rejected_names_the_row_to_fix() throws Exception {
        Path incentives = Files.writeString(dir.resolve("inc.csv"), "id,type,title_fa,authority\n"
                + "INC-NEW,VAT_EXEMPTION,معافیت,NOBODY\n");
        Path opportunities = Files.writeString(dir.resolve("opp.csv"), "id,title_fa,sector,investment,currency,"
                + "lead_agency,incentives\nAFZ-TOU-001,هتل,TOURISM,5000000000,IRR,AFZO,INC-NEW\n");

        List<StoreImport> done = store.importFiles(importer, List.of(StoreFile.of(incentives, Kind.INCENTIVES),
                StoreFile.of(opportunities, Kind.OPPORTUNITIES)), "clerk");

        assertThat(done).extracting(StoreImport::imported).containsExactly(false, false);
        assertThat(done.get(1).report().errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("INC-NEW was rejected").contains("line 2 of the incentives file inc.csv"));
        assertThat(done.get(1).report().errors()).isEqualTo(importer.importInto(
                Catalog.empty(store.load().referenceData()), opportunities, incentives).reports().get(1).errors());
    }

    @Test
    void a_windows_1256_file_with_semicolons_is_read_in_the_encoding_and_with_the_delimiter_it_is_given()
            throws Exception {
        Path file = dir.resolve("opportunities-1256.csv");
        Files.writeString(file, "id;title_fa;sector;investment;currency;lead_agency\n"
                + "AFZ-TOU-001;هتل;TOURISM;5000000000;IRR;AFZO\n", WINDOWS_1256);

        StoreImport done = store.importFiles(importer, List.of(StoreFile.of(file, Kind.OPPORTUNITIES)
                .withEncoding(WINDOWS_1256).withDelimiter(Delimiter.SEMICOLON)), "clerk").get(0);

        ImportReport inMemory = importer.validate(ImportSource.of(file).withEncoding(WINDOWS_1256)
                .withDelimiter(';'), Kind.OPPORTUNITIES);
        assertThat(done.imported()).isTrue();
        assertThat(done.report()).extracting(ImportReport::encoding, ImportReport::delimiter)
                .containsExactly("windows-1256", ";");
        assertThat(done.report().errors()).isEqualTo(inMemory.errors()).isEmpty();
        assertThat(store.load().opportunities()).singleElement()
                .satisfies(o -> assertThat(o.title().fa()).isEqualTo("هتل"));
    }

    @Test
    void a_delimiter_given_for_a_file_is_used_even_where_another_would_be_detected() throws Exception {
        StoreImport done = store.importFiles(importer, List.of(StoreFile.of(examples("incentives.csv"),
                Kind.INCENTIVES).withDelimiter(Delimiter.SEMICOLON)), "clerk").get(0);

        assertThat(done.imported()).isFalse();
        assertThat(done.report().delimiter()).isEqualTo(";");
        assertThat(done.report().valid()).isFalse();
        assertThat(store.incentives()).isEmpty();
    }
}
