package ir.anzali.investment.catalog.csv.write;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.Examples;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExporterTest {

    @TempDir
    Path dir;

    private static Catalog examples() throws Exception {
        return CatalogImporter.builder().build().importInto(Catalog.empty(ReferenceData.defaults()),
                Examples.opportunities(), Examples.incentives()).catalog();
    }

    private Catalog roundTrip(Catalog catalog, CsvExporter exporter) throws Exception {
        Path opp = dir.resolve("o.csv");
        Path inc = dir.resolve("i.csv");
        try (OutputStream out = Files.newOutputStream(opp)) {
            exporter.export(catalog, Kind.OPPORTUNITIES, out);
        }
        try (OutputStream out = Files.newOutputStream(inc)) {
            exporter.export(catalog, Kind.INCENTIVES, out);
        }
        CatalogImport back = CatalogImporter.builder().build().importInto(Catalog.empty(catalog.referenceData()), opp, inc);
        assertThat(back.valid()).as("%s", back.reports()).isTrue();
        return back.catalog();
    }

    @Test
    void export_then_import_gives_equal_objects_for_every_example_row() throws Exception {
        Catalog catalog = examples();
        assertThat(roundTrip(catalog, CsvExporter.englishHeaders())).isEqualTo(catalog);
        assertThat(roundTrip(catalog, CsvExporter.persianHeaders())).isEqualTo(catalog);
    }

    @Test
    void the_file_is_utf8_with_bom_crlf_and_canonical_values() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.englishHeaders().export(examples(), Kind.OPPORTUNITIES, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("id,title_fa,title_en,summary_fa,summary_en,sector,subsector");
        assertThat(text).doesNotContain("\n\n");
        String hotel = java.util.Arrays.stream(lines).filter(l -> l.startsWith("AFZ-TOU-001,")).findFirst().orElseThrow();
        assertThat(hotel).contains(",TOURISM,ACCOMMODATION,").contains(",2500000000000,IRR,JOINT_VENTURE,OPEN,18.5,")
                .contains(",2026-11-27,2027-06-21,").contains("INC-TAX-20;INC-VAT;INC-FOREIGN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+98 13 4452", "-5 درصد", "@cmd", "'=already quoted", "''=twice",
        "متن با \"گیومه\" و , ویرگول", "نیم\u200cفاصله و ؛ نقطه‌ویرگول", "'plain apostrophe"})
    void formula_like_and_tricky_text_survives_the_round_trip(String title) throws Exception {
        Opportunity o = Opportunity.builder(OpportunityId.of("AFZ-X-1")).title(title, title + " en")
                .summary("سطر اول\nسطر دوم", null)
                .sector(ReferenceData.defaults().sector("TOURISM").orElseThrow())
                .investment(Money.of(new BigDecimal("10000000000"), Money.IRR))
                .leadAgency(ReferenceData.defaults().agency("AFZO").orElseThrow())
                .tags(List.of("=x", "-y", "ساده")).build();
        Catalog catalog = Catalog.builder(ReferenceData.defaults()).opportunity(o).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.englishHeaders().export(catalog, Kind.OPPORTUNITIES, out);
        String text = out.toString(StandardCharsets.UTF_8);
        if (title.startsWith("=") || title.startsWith("+") || title.startsWith("-") || title.startsWith("@")) {
            assertThat(text).contains("'" + title);
        }
        assertThat(roundTrip(catalog, CsvExporter.englishHeaders())).isEqualTo(catalog);
    }

    @Test
    void indirect_jobs_are_written_after_youth_jobs_and_read_back() throws Exception {
        Opportunity o = Opportunity.builder(OpportunityId.of("AFZ-X-1")).title("هتل", null)
                .sector(ReferenceData.defaults().sector("TOURISM").orElseThrow())
                .investment(Money.of(new BigDecimal("10000000000"), Money.IRR))
                .leadAgency(ReferenceData.defaults().agency("AFZO").orElseThrow())
                .directJobs(80).youthJobs(30).indirectJobs(240).build();
        Catalog catalog = Catalog.builder(ReferenceData.defaults()).opportunity(o).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.englishHeaders().export(catalog, Kind.OPPORTUNITIES, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");

        assertThat(lines[0]).contains(",direct_jobs,youth_jobs,indirect_jobs,lead_agency,");
        assertThat(lines[1]).contains(",80,30,240,AFZO,");
        assertThat(roundTrip(catalog, CsvExporter.persianHeaders()).opportunities()).singleElement()
                .extracting(Opportunity::indirectJobs).isEqualTo(240);
    }

    @Test
    void the_template_is_the_header_row_in_either_language() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.persianHeaders().template(Kind.INCENTIVES, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFشناسه,نوع,عنوان,عنوان انگلیسی,مبنای قانونی,"
                + "مرجع اعطا,درصد,مدت (سال),بخش‌ها,زیربخش‌ها,محدوده‌ها,روش‌های سرمایه‌گذاری,حداقل سرمایه‌گذاری,"
                + "واحد پول حداقل سرمایه‌گذاری,حداقل اشتغال مستقیم,حداقل اشتغال جوانان,از تاریخ,تا تاریخ\r\n");
    }
}
