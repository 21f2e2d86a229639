package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.JalaliDate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Solar Hijri dates typed as digits into LibreOffice Calc or another spreadsheet program, which took
 * them for Gregorian days of the years 1200–1599: read as the Solar Hijri days typed, with a warning
 * naming the cell.
 */
class SolarHijriDateCellTest {

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @TempDir
    Path dir;

    /** The small workbook of {@link PartsTest#usual()}, its date cell G2 holding the serial, written by Calc or not. */
    private Path workbook(String name, long serial, boolean calc) throws Exception {
        Map<String, String> parts = PartsTest.usual();
        parts.put("xl/worksheets/sheet1.xml", parts.get("xl/worksheets/sheet1.xml")
                .replace("<v>46000</v>", "<v>" + serial + "</v>"));
        if (calc) {
            parts.put("xl/workbook.xml", parts.get("xl/workbook.xml")
                    .replace("<workbookPr/>", "<fileVersion appName=\"Calc\"/><workbookPr/>"));
        }
        return PartsTest.zip(dir.resolve(name), parts);
    }

    private List<Opportunity> imported(Path file, ImportReport[] report) throws Exception {
        List<Opportunity> rows = new ArrayList<>();
        report[0] = importer.forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()), rows::add);
        return rows;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"-180536, 1405/09/06", "-180330, 1406/03/31", "-180422, 1405/12/29"})
    void calc_date_cells_of_solar_hijri_digits_read_as_the_days_typed_with_one_warning_each(long serial,
            String typed) throws Exception {
        ImportReport[] report = new ImportReport[1];
        List<Opportunity> rows = imported(workbook("calc.xlsx", serial, true), report);
        assertThat(report[0].errors()).as(report[0].toString()).isEmpty();
        assertThat(rows).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(JalaliDate.parse(typed).toLocalDate()));
        assertThat(report[0].warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ErrorCode.JALALI_DATE_CELL);
            assertThat(w.cell()).isEqualTo("G2");
            assertThat(w.column()).isEqualTo("published_on");
            assertThat(w.row()).isEqualTo(1L);
            LocalDate day = JalaliDate.parse(typed).toLocalDate();
            assertThat(w.message()).isEqualTo("cell opportunities!G2, column published_on: read as " + day
                    + " (Solar Hijri " + typed + "), a Solar Hijri date typed into a date cell; format the column"
                    + " as text to keep dates as typed.");
        });
    }

    @Test
    void the_warning_of_a_solar_hijri_date_cell_names_its_place_and_both_calendars_in_persian() throws Exception {
        ImportReport report = CatalogImporter.builder().locale(Locale.forLanguageTag("fa")).build()
                .validate(workbook("calc.xlsx", -180536, true), Kind.OPPORTUNITIES);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("خانهٔ opportunities!G2، ستون تاریخ انتشار: تاریخ ۱۴۰۵/۰۹/۰۶ (۲۰۲۶-۱۱-۲۷ میلادی) خوانده شد"));
    }

    @Test
    void the_serial_of_a_workbook_not_written_by_calc_is_read_as_proleptic_gregorian_digits() throws Exception {
        ImportReport[] report = new ImportReport[1];
        // Calc shows -180536 as the Julian 1405-09-06; every other program as the proleptic Gregorian 1405-09-15.
        assertThat(imported(workbook("other.xlsx", -180536, false), report)).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(JalaliDate.of(1405, 9, 15).toLocalDate()));
        assertThat(NumberFormats.solarHijri(BigDecimal.valueOf(-180545), false, false))
                .isEqualTo(new CellValue.SolarHijri(1405, 9, 6));
        assertThat(report[0].warnings()).extracting(w -> w.cell()).containsExactly("G2");
    }

    @Test
    void a_workbook_whose_application_is_libreoffice_reads_julian_days_before_the_reform() throws Exception {
        Map<String, String> parts = PartsTest.usual();
        parts.put("xl/worksheets/sheet1.xml", parts.get("xl/worksheets/sheet1.xml")
                .replace("<v>46000</v>", "<v>-180536</v>"));
        parts.put("docProps/app.xml", "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/extended-properties\"><Application>LibreOffice/24.2.7.2$Linux_X86_64"
                + "</Application></Properties>");
        ImportReport[] report = new ImportReport[1];
        assertThat(imported(PartsTest.zip(dir.resolve("app.xlsx"), parts), report)).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(JalaliDate.of(1405, 9, 6).toLocalDate()));
    }

    @Test
    void a_date_cell_of_a_year_outside_1200_to_1599_is_a_gregorian_date_as_before() throws Exception {
        ImportReport[] report = new ImportReport[1];
        assertThat(imported(workbook("calc.xlsx", 46000, true), report)).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 9)));
        assertThat(report[0].warnings()).isEmpty();
        // 1899-12-29 in Calc, and Julian 1199-12-31 and 1600-01-01: no Solar Hijri year.
        assertThat(NumberFormats.solarHijri(BigDecimal.valueOf(-1), false, true)).isNull();
        assertThat(NumberFormats.solarHijri(BigDecimal.valueOf(-255_662), false, true)).isNull();
        assertThat(NumberFormats.solarHijri(BigDecimal.valueOf(-109_571), false, false)).isNull();
    }

    @Test
    void a_date_cell_typed_as_a_solar_hijri_day_that_does_not_exist_is_a_type_error_naming_the_cell()
            throws Exception {
        // Calc's day of the Julian 1404-12-30; 1404 is not a leap year of the Solar Hijri calendar.
        ImportReport report = importer.validate(workbook("calc.xlsx", -180786, true), Kind.OPPORTUNITIES);
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.cell()).isEqualTo("G2");
            assertThat(p.message()).startsWith("cell opportunities!G2, column published_on: the date cell holds 1404/12/30, which was typed as a Solar Hijri date");
        });
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void row_warnings_past_the_error_limit_are_left_out_so_that_a_report_stays_bounded() throws Exception {
        Map<String, String> parts = PartsTest.usual();
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml")
                .replace("<workbookPr/>", "<fileVersion appName=\"Calc\"/><workbookPr/>"));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        int start = sheet.indexOf("<row r=\"2\">");
        String row = sheet.substring(start, sheet.indexOf("</row>", start) + 6).replace("<v>46000</v>", "<v>-180536</v>");
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r <= 6; r++) {
            rows.append(row.replace("r=\"2\"", "r=\"" + r + "\"").replace("2\"", r + "\"")
                    .replace("<c r=\"A" + r + "\" t=\"s\"><v>1</v></c>",
                            "<c r=\"A" + r + "\" t=\"inlineStr\"><is><t>AFZ-00" + r + "</t></is></c>"));
        }
        parts.put("xl/worksheets/sheet1.xml", sheet.substring(0, start) + rows + sheet.substring(sheet.indexOf("</row>",
                start) + 6));
        ImportReport report = CatalogImporter.builder().errorLimit(2).build()
                .validate(PartsTest.zip(dir.resolve("many.xlsx"), parts), Kind.OPPORTUNITIES);
        assertThat(report.accepted()).isEqualTo(5);
        assertThat(report.warnings()).extracting(w -> w.cell()).containsExactly("G2", "G3");
    }
}
