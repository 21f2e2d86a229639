package ir.anzali.investment.catalog.csv;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static ir.anzali.investment.catalog.csv.CsvFiles.HEADER;
import static ir.anzali.investment.catalog.csv.CsvFiles.checked;
import static ir.anzali.investment.catalog.csv.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


class CatalogImportTest {

    @TempDir
    Path dir;

    private final CatalogImporter importer = CatalogImporter.builder().build();

    private Catalog examples() throws Exception {
        CatalogImport result = importer.importInto(Catalog.empty(ReferenceData.defaults()), Examples.opportunities(),
                Examples.incentives());
        result.reports().forEach(CsvFiles::checked);
        assertThat(result.valid()).as("%s", result.reports()).isTrue();
        return result.catalog();
    }

    @Test
    void the_bundled_examples_import_whole() throws Exception {
        Catalog catalog = examples();
        assertThat(catalog.opportunities()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(catalog.incentives()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(catalog.opportunities()).extracting(o -> o.sector().code())
                .contains("TOURISM", "MARINE_INDUSTRIES", "PORT_SERVICES");
        assertThat(catalog.opportunities()).anySatisfy(o -> {
            assertThat(o.leadAgency().code()).isIn("AFZO", "MUNICIPALITY");
            assertThat(o.partnerAgencies()).extracting(a -> a.code()).containsAnyOf("AFZO", "MUNICIPALITY");
            assertThat(o.youthJobs()).isPositive();
        });
        Opportunity hotel = catalog.opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow();
        assertThat(hotel.publishedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(hotel.investment().first().amount()).isEqualByComparingTo("2500000000000");
        Opportunity market = catalog.opportunity(OpportunityId.of("MUN-TOU-002")).orElseThrow();
        assertThat(market.investment().first().amount()).as("85 billion toman in rial").isEqualByComparingTo("850000000000");
    }

    @Test
    void all_or_nothing_with_one_bad_row_leaves_the_target_unchanged() throws Exception {
        Catalog target = examples();
        Path file = write(dir, "update.csv", HEADER + ",direct_jobs\n"
                + "AFZ-TOU-001,هتل ساحلی جدید,TOURISM,3000 میلیارد ریال,,AFZO,200\n"
                + "AFZ-NEW-001,اسکله,PORT_SERVICES,-5,IRR,AFZO,10\n");
        CatalogImport result = importer.importInto(target, file, null);
        assertThat(result.valid()).isFalse();
        assertThat(result.imported()).isFalse();
        assertThat(result.catalog()).isSameAs(target).isEqualTo(examples());
        assertThat(result.reports().get(0).accepted()).isEqualTo(1);
        assertThat(result.reports().get(0).rejected()).isEqualTo(1);
    }

    @Test
    void skip_invalid_imports_the_valid_rows_and_reports_the_others() throws Exception {
        Catalog target = examples();
        Path file = write(dir, "update.csv", HEADER + ",direct_jobs\n"
                + "AFZ-TOU-001,هتل ساحلی جدید,TOURISM,3000 میلیارد ریال,,AFZO,200\n"
                + "AFZ-NEW-001,اسکله,PORT_SERVICES,-5,IRR,AFZO,10\n"
                + "AFZ-NEW-002,اسکله دوم,PORT_SERVICES,5 میلیارد ریال,,AFZO,10\n");
        CatalogImport result = CatalogImporter.builder().mode(ImportMode.SKIP_INVALID).build()
                .importInto(target, file, null);
        assertThat(result.imported()).isTrue();
        assertThat(result.merge().orElseThrow().opportunities().added()).containsExactly(OpportunityId.of("AFZ-NEW-002"));
        assertThat(result.merge().orElseThrow().opportunities().updated()).containsExactly(OpportunityId.of("AFZ-TOU-001"));
        assertThat(result.catalog().opportunity(OpportunityId.of("AFZ-NEW-001"))).isEmpty();
        assertThat(result.catalog().opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow().directJobs())
                .isEqualTo(200);
        assertThat(target.opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow().directJobs()).isEqualTo(180);
    }

    @Test
    void reimporting_the_same_files_leaves_everything_unchanged() throws Exception {
        Catalog catalog = examples();
        CatalogImport again = importer.importInto(catalog, Examples.opportunities(), Examples.incentives());
        assertThat(again.merge().orElseThrow().opportunities().unchanged()).hasSize(catalog.opportunities().size());
        assertThat(again.merge().orElseThrow().opportunities().added()).isEmpty();
        assertThat(again.catalog()).isEqualTo(catalog);
    }

    @Test
    void an_update_keeps_the_status_history_the_csv_does_not_carry() throws Exception {
        Catalog catalog = examples();
        Opportunity moved = catalog.opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow()
                .transition(Status.NEGOTIATION, LocalDate.of(2026, 12, 1), null);
        Catalog withHistory = catalog.merge(List.of(), List.of(moved)).catalog();
        Path file = write(dir, "same.csv", HEADER + ",status\nAFZ-TOU-001,هتل,TOURISM,5000000000,IRR,AFZO,NEGOTIATION\n");
        Catalog after = importer.importInto(withHistory, file, null).catalog();
        assertThat(after.opportunity(OpportunityId.of("AFZ-TOU-001")).orElseThrow().history())
                .isEqualTo(moved.history());
    }

    @Test
    void incentive_references_are_checked_against_the_incentives_of_the_same_run() throws Exception {
        Path inc = write(dir, "inc.csv", "id,type,title_fa,authority\nINC-NEW,VAT_EXEMPTION,معافیت,AFZO\n");
        Path opp = write(dir, "opp.csv", HEADER + ",incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-NEW\n"
                + "AFZ-2,هتل,TOURISM,5000000000,IRR,AFZO,INC-OTHER\n");
        CatalogImport result = importer.importInto(Catalog.empty(ReferenceData.defaults()), opp, inc);
        ImportReport oppReport = checked(result.reports().get(1));
        assertThat(oppReport.accepted()).isEqualTo(1);
        assertThat(oppReport.errors()).singleElement().satisfies(p -> {
            assertThat(p.code().code()).isEqualTo("unknown-reference");
            assertThat(p.value()).isEqualTo("INC-OTHER");
        });
    }

    @Test
    void without_any_incentives_every_reference_is_unknown_and_asks_for_the_incentives_file() throws Exception {
        Path opp = write(dir, "opp.csv", HEADER + ",incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-ANY\n");
        List<Opportunity> rows = new ArrayList<>();
        ImportReport streamed = checked(importer.forEachOpportunity(opp, Catalog.empty(ReferenceData.defaults()),
                rows::add));
        assertThat(rows).isEmpty();
        assertThat(streamed.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
            assertThat(p.value()).isEqualTo("INC-ANY");
            assertThat(p.message()).contains("no incentives file was given")
                    .contains("Give the incentives file that defines it").doesNotContain("--");
        });
        ImportReport validated = checked(importer.validate(opp, Kind.OPPORTUNITIES));
        CatalogImport imported = importer.importInto(Catalog.empty(ReferenceData.defaults()), opp, null);
        assertThat(validated.errors()).isEqualTo(streamed.errors()).isEqualTo(imported.reports().get(0).errors());
        assertThat(imported.imported()).isFalse();
    }

    @Test
    void a_reference_missing_from_the_incentives_file_names_that_file() throws Exception {
        Path inc = write(dir, "inc.csv", "id,type,title_fa,authority\nINC-A,VAT_EXEMPTION,معافیت,AFZO\n");
        Path opp = write(dir, "opp.csv", HEADER + ",incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-A;INC-B\n");
        CatalogImport result = importer.importInto(Catalog.empty(ReferenceData.defaults()), opp, inc);
        assertThat(result.reports().get(1).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
            assertThat(p.message()).contains("neither in the incentives file nor in the catalog");
        });
    }

    @Test
    void a_reference_to_an_incentive_the_incentives_file_rejected_names_its_line_to_fix() throws Exception {
        Path inc = write(dir, "inc.csv", "id,type,title_fa,authority\nINC-A,VAT_EXEMPTION,معافیت,AFZO\n"
                + "inc-b,VAT_EXEMPTION,معافیت,NO-SUCH-AGENCY\n");
        Path opp = write(dir, "opp.csv", HEADER + ",incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-A;INC-B\n"
                + "AFZ-2,هتل,TOURISM,5000000000,IRR,AFZO,INC-C\n");
        CatalogImport result = importer.importInto(Catalog.empty(ReferenceData.defaults()), opp, inc);
        assertThat(result.reports().get(0).rejected()).isEqualTo(1);
        List<Problem> errors = checked(result.reports().get(1)).errors();
        assertThat(errors).extracting(p -> p.code(), p -> p.value()).containsExactly(
                tuple(ErrorCode.UNKNOWN_REFERENCE, "INC-A;INC-B"),
                tuple(ErrorCode.UNKNOWN_REFERENCE, "INC-C"));
        assertThat(errors.get(0).message()).contains("INC-B was rejected").contains("line 3 of the incentives file inc.csv")
                .contains("Fix that row").doesNotContain("neither");
        assertThat(errors.get(1).message()).contains("neither in the incentives file nor in the catalog");
        assertThat(importer.validateImport(Catalog.empty(ReferenceData.defaults()),
                ImportSource.of(opp),
                ImportSource.of(inc)))
                .as("validate and import agree").isEqualTo(result.reports());
        CatalogImport persian = CatalogImporter.builder().persian().build()
                .importInto(Catalog.empty(ReferenceData.defaults()), opp, inc);
        assertThat(persian.reports().get(1).errors().get(0).message()).contains("INC-B").contains("پذیرفته نشد")
                .contains("سطر ۳").contains("inc.csv");
    }

    @Test
    void a_store_reading_opportunities_after_its_incentives_file_names_the_rejected_row_too() throws Exception {
        Path inc = write(dir, "inc.csv", "id,type,title_fa,authority\nINC-B,VAT_EXEMPTION,,AFZO\n");
        Path opp = write(dir, "opp.csv", HEADER + ",incentives\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO,INC-B\n");
        ImportReport incentives = importer.streamIncentives(ImportSource.of(inc),
                i -> { });
        List<Opportunity> rows = new ArrayList<>();
        ImportReport report = checked(importer.streamOpportunities(ImportSource.of(opp),
                Catalog.empty(ReferenceData.defaults()), List.of(incentives), id -> Optional.empty(), rows::add));
        assertThat(rows).isEmpty();
        assertThat(report.errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("INC-B was rejected").contains("line 2 of the incentives file inc.csv"));
        assertThat(report.warnings()).as("a CSV file has no sheet to ignore").isEmpty();
    }

    @Test
    void streaming_in_all_or_nothing_hands_out_nothing_when_a_row_is_bad() throws Exception {
        Path opp = write(dir, "opp.csv", HEADER + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\nAFZ-2,هتل,TOURISM,x,IRR,AFZO\n");
        List<Opportunity> rows = new ArrayList<>();
        ImportReport report = checked(importer.forEachOpportunity(opp, Catalog.empty(ReferenceData.defaults()),
                rows::add));
        assertThat(report.valid()).isFalse();
        assertThat(rows).isEmpty();
        List<Opportunity> skipping = new ArrayList<>();
        CatalogImporter.builder().mode(ImportMode.SKIP_INVALID).build()
                .forEachOpportunity(opp, Catalog.empty(ReferenceData.defaults()), skipping::add);
        assertThat(skipping).extracting(o -> o.id().value()).containsExactly("AFZ-1");
    }

    /** An importer that runs an action at the end of its first reading of a file. */
    private static CatalogImporter changingAfterTheCheck(Runnable change) {
        int[] ends = {0};
        return CatalogImporter.builder().progress((file, rows, bytes, total) -> {
            if (bytes == total && ends[0]++ == 0) {
                change.run();
            }
        }).build();
    }

    @Test
    void streaming_stops_before_delivering_anything_when_the_file_grows_between_the_passes() throws Exception {
        Path opp = write(dir, "opp.csv", HEADER + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\n");
        List<Opportunity> rows = new ArrayList<>();
        CatalogImporter importer = changingAfterTheCheck(() -> append(opp, "AFZ-2,x,TOURISM,x,IRR,AFZO\n"));
        assertThatThrownBy(() -> importer.forEachOpportunity(opp, Catalog.empty(ReferenceData.defaults()), rows::add))
                .isInstanceOf(FileChangedException.class).hasMessageContaining("opp.csv changed");
        assertThat(rows).isEmpty();
    }

    @Test
    void streaming_stops_at_the_first_changed_part_when_size_and_time_stay_the_same() throws Exception {
        StringBuilder content = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 6000; i++) {
            content.append(String.format("AFZ-%05d,هتل ساحلی,TOURISM,5000000000,IRR,AFZO%n", i));
        }
        Path opp = write(dir, "big.csv", content.toString());
        FileTime time = Files.getLastModifiedTime(opp);
        CatalogImporter importer = changingAfterTheCheck(() -> {
            try {
                Files.writeString(opp, content.toString().replace("AFZ-05999", "AFZ-09999"));
                Files.setLastModifiedTime(opp, time);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Opportunity> rows = new ArrayList<>();
        assertThatThrownBy(() -> importer.forEachOpportunity(opp, Catalog.empty(ReferenceData.defaults()), rows::add))
                .isInstanceOf(FileChangedException.class).hasMessageContaining("differs from line");
        assertThat(rows).hasSizeBetween(1, 5998);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).id().value()).isEqualTo(String.format("AFZ-%05d", i + 1));
        }
    }

    @Test
    void an_unchanged_file_is_delivered_whole_after_its_check() throws Exception {
        Path opp = write(dir, "same.csv", HEADER + "\nAFZ-1,هتل,TOURISM,5000000000,IRR,AFZO\nAFZ-2,هتل,TOURISM,6000000000,IRR,AFZO\n");
        List<Opportunity> rows = new ArrayList<>();
        ImportReport report = changingAfterTheCheck(() -> { }).forEachOpportunity(opp,
                Catalog.empty(ReferenceData.defaults()), rows::add);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(rows).extracting(o -> o.id().value()).containsExactly("AFZ-1", "AFZ-2");
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
