package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.opportunity.Status;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** streamOpportunities reads once whatever the mode, and a row updates what the lookup finds. */
class StreamOpportunitiesTest {

    private static final String HEADER = "id,title_fa,sector,investment,currency,lead_agency,status\n";
    private final ReferenceData data = ReferenceData.defaults();

    private static ImportSource csv(String text) {
        return ImportSource.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "upload.csv");
    }

    @Test
    void all_or_nothing_hands_out_the_accepted_rows_of_a_file_with_errors_in_one_reading() throws Exception {
        CatalogImporter importer = CatalogImporter.builder().mode(ImportMode.ALL_OR_NOTHING).build();
        List<String> handed = new ArrayList<>();

        ImportReport report = importer.streamOpportunities(csv(HEADER
                + "AFZ-POR-002,اسکله,PORT_SERVICES,5 میلیارد ریال,,AFZO,OPEN\n"
                + "AFZ-POR-003,انبار,NO_SUCH_SECTOR,7 میلیارد ریال,,AFZO,OPEN\n"),
                Catalog.empty(data), id -> Optional.empty(), o -> handed.add(o.id().value()));

        assertThat(report.valid()).isFalse();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(handed).containsExactly("AFZ-POR-002");
    }

    @Test
    void a_row_whose_id_the_lookup_finds_updates_that_opportunity_under_the_lifecycle() throws Exception {
        Opportunity stored = Opportunity.builder(OpportunityId.of("AFZ-TOU-001")).title("هتل ساحلی", null)
                .sector(data.sector("TOURISM").orElseThrow())
                .investment(Money.of(new BigDecimal("5000000000"), Money.IRR))
                .leadAgency(data.agency("AFZO").orElseThrow())
                .build();
        CatalogImporter importer = CatalogImporter.builder()
                .clock(Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC)).build();
        List<Opportunity> handed = new ArrayList<>();

        importer.streamOpportunities(csv(HEADER + "AFZ-TOU-001,هتل ساحلی,TOURISM,5 میلیارد ریال,,AFZO,NEGOTIATION\n"),
                Catalog.empty(data), id -> id.equals(stored.id()) ? Optional.of(stored) : Optional.empty(),
                handed::add);

        assertThat(handed).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.NEGOTIATION);
            assertThat(o.history()).singleElement().satisfies(c -> {
                assertThat(c.from()).isEqualTo(Status.OPEN);
                assertThat(c.date()).isEqualTo(LocalDate.of(2026, 12, 2));
            });
        });
    }
}
