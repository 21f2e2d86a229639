package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.opportunity.StatusChange;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.LocalizedText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A row that changes the status of an opportunity of the catalog moves it through its lifecycle, or is an error. */
class StatusChangeImportTest {

    private static final OpportunityId HOTEL = OpportunityId.of("AFZ-TOU-001");
    private static final LocalDate NEGOTIATED = LocalDate.of(2026, 11, 20);
    private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 12, 2);
    private static final String WITH_STATUS = HEADER + ",status\n";
    private static final String OTHER_ROW = "AFZ-NEW-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n";

    @TempDir
    Path dir;

    private final ReferenceData data = ReferenceData.defaults();

    private CatalogImporter importer(ImportMode mode) {
        return CatalogImporter.builder().mode(mode)
                .clock(Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC)).build();
    }

    /** A catalog whose hotel has moved from OPEN to NEGOTIATION. */
    private Catalog negotiating() {
        Opportunity hotel = Opportunity.builder(HOTEL).title("هتل ساحلی", null)
                .sector(data.sector("TOURISM").orElseThrow())
                .investment(Money.of(new BigDecimal("5000000000"), Money.IRR))
                .leadAgency(data.agency("AFZO").orElseThrow())
                .build()
                .transition(Status.NEGOTIATION, NEGOTIATED, null);
        return Catalog.empty(data).merge(List.of(), List.of(hotel)).catalog();
    }

    private Path hotelRow(String status) throws Exception {
        return write(dir, "update.csv", WITH_STATUS + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO," + status + "\n");
    }

    private static void assertIllegalTransitionOnRow1(ImportReport report) {
        checked(report);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.row()).isEqualTo(1L);
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.value()).isEqualTo("OPERATIONAL");
            assertThat(p.message()).contains("AFZ-TOU-001", "NEGOTIATION", "OPERATIONAL", "AWARDED", "OPEN",
                    "CANCELLED");
        });
    }

    @Test
    void negotiation_to_operational_is_an_error_on_the_status_cell_in_every_entry_point() throws Exception {
        Catalog target = negotiating();
        Path file = hotelRow("OPERATIONAL");
        CatalogImporter importer = importer(ImportMode.ALL_OR_NOTHING);

        assertIllegalTransitionOnRow1(importer.validate(file, Kind.OPPORTUNITIES, target));
        assertIllegalTransitionOnRow1(importer.validateImport(target, ImportSource.of(file), null).get(0));
        CatalogImport imported = importer.importInto(target, file, null);
        assertIllegalTransitionOnRow1(imported.reports().get(0));
        assertThat(imported.catalog()).isSameAs(target);
        List<Opportunity> streamed = new ArrayList<>();
        assertIllegalTransitionOnRow1(importer.forEachOpportunity(file, target, streamed::add));
        assertThat(streamed).isEmpty();
        List<Opportunity> skipped = new ArrayList<>();
        assertIllegalTransitionOnRow1(importer(ImportMode.SKIP_INVALID).forEachOpportunity(file, target, skipped::add));
        assertThat(skipped).isEmpty();
    }

    @Test
    void a_move_out_of_a_final_status_says_the_status_is_final_in_persian_too() throws Exception {
        Catalog target = negotiating();
        Opportunity cancelled = target.opportunity(HOTEL).orElseThrow()
                .transition(Status.CANCELLED, NEGOTIATED.plusDays(1), null);
        Catalog withCancelled = target.merge(List.of(), List.of(cancelled)).catalog();
        ImportReport report = CatalogImporter.builder().persian().build()
                .validate(hotelRow("باز"), Kind.OPPORTUNITIES, withCancelled);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
            assertThat(p.value()).isEqualTo("باز");
            assertThat(p.message()).contains("AFZ-TOU-001", "لغوشده (CANCELLED)", "باز (OPEN)", "پایانی");
        });
    }

    @Test
    void negotiation_back_to_open_by_import_records_one_history_entry_on_the_import_day() throws Exception {
        Catalog target = negotiating();
        CatalogImport result = importer(ImportMode.ALL_OR_NOTHING).importInto(target, hotelRow("OPEN"), null);
        checked(result.reports().get(0));
        assertThat(result.imported()).isTrue();
        Opportunity hotel = result.catalog().opportunity(HOTEL).orElseThrow();
        assertThat(hotel.status()).isEqualTo(Status.OPEN);
        assertThat(hotel.history()).containsExactly(
                new StatusChange(Status.OPEN, Status.NEGOTIATION, NEGOTIATED, null),
                new StatusChange(Status.NEGOTIATION, Status.OPEN, IMPORT_DAY, null));
        assertThat(Catalog.builder(data).opportunities(result.catalog().opportunities()).build())
                .isEqualTo(result.catalog());
        String json = CatalogJson.standard().writeString(result.catalog());
        assertThat(CatalogJson.standard().readString(json)).isEqualTo(result.catalog());
    }

    @Test
    void an_allowed_move_is_in_the_streamed_opportunity_with_its_history() throws Exception {
        List<Opportunity> streamed = new ArrayList<>();
        ImportReport report = importer(ImportMode.ALL_OR_NOTHING)
                .forEachOpportunity(hotelRow("AWARDED"), negotiating(), streamed::add);
        assertThat(report.valid()).isTrue();
        assertThat(streamed).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.AWARDED);
            assertThat(o.history()).extracting(StatusChange::to).containsExactly(Status.NEGOTIATION, Status.AWARDED);
            assertThat(o.history().get(1).date()).isEqualTo(IMPORT_DAY);
        });
    }

    @Test
    void a_missing_status_keeps_the_status_of_the_opportunity_updated() throws Exception {
        Catalog target = negotiating();
        Path file = write(dir, "update.csv", WITH_STATUS + "AFZ-TOU-001,هتل ساحلی نو,TOURISM,5 میلیارد ریال,,AFZO,\n"
                + "AFZ-NEW-001,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,\n");
        CatalogImport result = importer(ImportMode.ALL_OR_NOTHING).importInto(target, file, null);
        assertThat(result.valid()).as("%s", result.reports()).isTrue();
        Opportunity hotel = result.catalog().opportunity(HOTEL).orElseThrow();
        assertThat(hotel.status()).isEqualTo(Status.NEGOTIATION);
        assertThat(hotel.title()).isEqualTo(new LocalizedText("هتل ساحلی نو", null));
        assertThat(hotel.history()).isEqualTo(target.opportunity(HOTEL).orElseThrow().history());
        assertThat(result.catalog().opportunity(OpportunityId.of("AFZ-NEW-001")).orElseThrow().status())
                .as("a new opportunity without a status is OPEN").isEqualTo(Status.OPEN);
    }

    @Test
    void a_file_without_a_status_column_keeps_the_status_of_the_opportunity_updated() throws Exception {
        Catalog target = negotiating();
        Path file = write(dir, "update.csv", HEADER + "\nAFZ-TOU-001,هتل ساحلی,TOURISM,6 میلیارد ریال,,AFZO\n");
        CatalogImport result = importer(ImportMode.ALL_OR_NOTHING).importInto(target, file, null);
        Opportunity hotel = result.catalog().opportunity(HOTEL).orElseThrow();
        assertThat(hotel.status()).isEqualTo(Status.NEGOTIATION);
        assertThat(hotel.investment().first().amount()).isEqualByComparingTo("6000000000");
    }

    @Test
    void skip_invalid_keeps_the_other_rows_when_a_move_is_refused() throws Exception {
        Catalog target = negotiating();
        Path file = write(dir, "update.csv", WITH_STATUS
                + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,OPERATIONAL\n" + OTHER_ROW);
        CatalogImport result = importer(ImportMode.SKIP_INVALID).importInto(target, file, null);
        ImportReport report = checked(result.reports().get(0));
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).extracting(Problem::code).containsExactly(ErrorCode.ILLEGAL_TRANSITION);
        assertThat(result.merge().orElseThrow().opportunities().added())
                .containsExactly(OpportunityId.of("AFZ-NEW-002"));
        assertThat(result.catalog().opportunity(HOTEL)).isEqualTo(target.opportunity(HOTEL));
    }

    @Test
    void without_a_catalog_a_status_is_only_checked_as_a_code() throws Exception {
        ImportReport report = importer(ImportMode.ALL_OR_NOTHING).validate(hotelRow("OPERATIONAL"), Kind.OPPORTUNITIES);
        assertThat(report.valid()).isTrue();
    }
}
