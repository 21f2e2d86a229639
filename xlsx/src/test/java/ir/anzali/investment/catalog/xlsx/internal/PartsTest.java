package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workbook part as spreadsheet programs mean it — its date system, which sheets it shows — and
 * valid workbooks as other programs write them — without styles, in Strict OOXML, with the workbook
 * part elsewhere than usual, with part names in another letter case — read as the usual one is.
 */
class PartsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @TempDir
    Path dir;

    /** The parts of a small Transitional workbook, as Excel lays them out: a header and one row, its date styled. */
    static Map<String, String> usual() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PACKAGE + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                + "\"><workbookPr/><sheets><sheet name=\"notes\" sheetId=\"2\" state=\"hidden\" r:id=\"rId9\"/>"
                + "<sheet name=\"opportunities\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" + PACKAGE + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELATIONSHIPS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + MAIN + "\"><cellStyleXfs count=\"2\">"
                + "<xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\"><si><t>id</t></si>"
                + "<si><t>AFZ-001</t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>" + inline("B1", "title_en") + inline("C1", "sector")
                + inline("D1", "investment") + inline("E1", "currency") + inline("F1", "lead_agency")
                + inline("G1", "published_on") + "</row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c>" + inline("B2", "Hotel") + inline("C2", "TOURISM")
                + "<c r=\"D2\"><v>5000000000</v></c>" + inline("E2", "IRR") + inline("F2", "AFZO")
                + "<c r=\"G2\" s=\"1\"><v>46000</v></c></row></sheetData></worksheet>");
        return parts;
    }

    private static String inline(String cell, String text) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private Path write(String name, Map<String, String> parts) throws Exception {
        return zip(dir.resolve(name), parts);
    }

    /** Writes the parts, in their order, into a zip archive. */
    static Path zip(Path file, Map<String, String> parts) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The parts with each one's text changed. */
    private static Map<String, String> changed(Map<String, String> parts, UnaryOperator<String> change) {
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((name, text) -> out.put(name, change.apply(text)));
        return out;
    }

    private List<Opportunity> imported(Path file) throws Exception {
        List<Opportunity> rows = new ArrayList<>();
        ImportReport report = importer.forEachOpportunity(file, Catalog.empty(ReferenceData.defaults()), rows::add);
        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.sheet()).isEqualTo("opportunities");
        return rows;
    }

    @Test
    void shared_strings_join_their_runs_leave_out_phonetic_ones_and_keep_one_character_past_the_limit()
            throws Exception {
        Map<String, String> parts = usual();
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">"
                + "<si><r><t>ab</t></r><r><t xml:space=\"preserve\"> c&#x62F;</t></r><rPh><t>x</t></rPh></si>"
                + "<si><t><![CDATA[abc]]>def<!-- gh -->ghij</t></si><si/></sst>");
        try (ZipFile zip = new ZipFile(write("runs.xlsx", parts).toFile());
                SharedStrings table = Parts.sharedStrings(zip, "xl/sharedStrings.xml", 5, dir, null)) {
            assertThat(table.size()).isEqualTo(3);
            assertThat(List.of(table.get(0), table.get(1), table.get(2))).containsExactly("ab c\u062F", "abcdef", "");
        }
    }

    @Test
    void the_usual_layout_reads_its_date_through_its_style() throws Exception {
        assertThat(imported(write("usual.xlsx", usual()))).singleElement().satisfies(o -> {
            assertThat(o.id().value()).isEqualTo("AFZ-001");
            assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 9));
        });
    }

    @Test
    void a_workbook_without_styles_reads_every_number_as_a_number() throws Exception {
        Map<String, String> parts = usual();
        parts.remove("xl/styles.xml");
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels")
                .replaceAll("<Relationship Id=\"rId2\"[^>]*/>", ""));
        ImportReport report = importer.validate(write("no-styles.xlsx", parts), Kind.OPPORTUNITIES);
        assertThat(report.accepted()).isZero();
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
            assertThat(p.column()).isEqualTo("published_on");
            assertThat(p.message()).contains("the number 46000, not a date");
        });
    }

    @Test
    void a_strict_ooxml_workbook_reads_as_a_transitional_one() throws Exception {
        Path file = write("strict.xlsx", changed(usual(), text -> text.replace(MAIN, STRICT_MAIN)
                .replace(RELATIONSHIPS, STRICT_RELATIONSHIPS)));
        assertThat(imported(file)).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 9)));
    }

    @Test
    void the_workbook_part_is_found_where_the_package_relationships_say() throws Exception {
        Map<String, String> usual = usual();
        Map<String, String> parts = new LinkedHashMap<>();
        usual.forEach((name, text) -> parts.put(name.replace("xl/", "book/").replace("workbook.xml", "main.xml")
                .replace("worksheets/sheet1", "tables/first"), text.replace("xl/workbook.xml", "/book/main.xml")
                .replace("worksheets/sheet1.xml", "tables/first.xml")));
        assertThat(parts).containsKeys("book/main.xml", "book/_rels/main.xml.rels", "book/tables/first.xml");
        assertThat(imported(write("elsewhere.xlsx", parts))).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 9)));
    }

    @Test
    void part_names_in_another_letter_case_are_the_same_parts() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        usual().forEach((name, text) -> parts.put(name.equals("[Content_Types].xml") ? name : name.toUpperCase(), text));
        assertThat(parts).containsKeys("XL/WORKBOOK.XML", "_RELS/.RELS", "XL/WORKSHEETS/SHEET1.XML");
        assertThat(imported(write("upper.xlsx", parts))).singleElement().satisfies(o ->
                assertThat(o.publishedOn()).isEqualTo(LocalDate.of(2025, 12, 9)));
    }

    @Test
    void a_sheet_without_a_name_is_a_damaged_workbook_said_in_one_error() throws Exception {
        Map<String, String> parts = usual();
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("name=\"opportunities\" ", ""));
        ImportReport report = importer.validate(write("unnamed.xlsx", parts), Kind.OPPORTUNITIES);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
            assertThat(p.message()).contains("lists a sheet without a name");
        });
    }

    @Test
    void a_workbook_part_that_is_not_xml_is_told_in_the_librarys_words_never_the_parsers() throws Exception {
        Map<String, String> parts = usual();
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?>\n<workbook><sheets><sheet name=\"a>b\" x=</sheets>");
        ImportReport report = importer.validate(write("broken.xlsx", parts), Kind.OPPORTUNITIES);
        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
            assertThat(p.message()).contains("its part xl/workbook.xml is damaged at line 2: ")
                    .doesNotContain("Exception").doesNotContain("javax").doesNotContain("com.");
        });
    }

    @Test
    void a_zip_without_any_workbook_part_says_so() throws Exception {
        Map<String, String> parts = usual();
        parts.remove("xl/workbook.xml");
        ImportReport report = importer.validate(write("none.xlsx", parts), Kind.OPPORTUNITIES);
        assertThat(report.errors()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("a zip archive without a workbook"));
    }

    @Test
    void relationship_targets_resolve_against_their_parts_folder() {
        assertThat(Parts.resolve("", "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
        assertThat(Parts.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(Parts.resolve("xl/", "../customXml/item1.xml")).isEqualTo("customXml/item1.xml");
        assertThat(Parts.resolve("book/", "/xl/./styles.xml")).isEqualTo("xl/styles.xml");
    }



    private Path plain;

    @BeforeEach
    void writePlain() throws Exception {
        plain = Workbooks.plain(dir.resolve("plain.xlsx"));
    }

    private Path rewrite(Map<String, Function<String, byte[]>> changes) throws Exception {
        return Workbooks.rewrite(plain, dir.resolve("rewritten.xlsx"), changes);
    }

    /** The plain workbook with its sheets listed anew, each {@code name|state|relationship type}, all of one sheet part. */
    private Path withSheets(String... sheets) throws Exception {
        StringBuilder listed = new StringBuilder();
        StringBuilder related = new StringBuilder();
        for (int i = 0; i < sheets.length; i++) {
            String[] s = sheets[i].split("\\|");
            listed.append("<sheet ").append(s[0].isEmpty() ? "" : "name=\"" + s[0] + "\" ")
                    .append(s[1].isEmpty() ? "" : "state=\"" + s[1] + "\" ")
                    .append("sheetId=\"").append(i + 1).append("\" r:id=\"rIdS").append(i).append("\"/>");
            related.append("<Relationship Id=\"rIdS").append(i).append("\" Target=\"worksheets/sheet1.xml\" Type=\"")
                    .append(RELATIONSHIPS).append('/').append(s[2]).append("\"/>");
        }
        return rewrite(Map.of(
                Workbooks.WORKBOOK, Workbooks.utf8(xml -> xml.replaceAll("<sheets>.*</sheets>", "<sheets>" + listed + "</sheets>")),
                Workbooks.RELATIONSHIPS, Workbooks.utf8(xml -> xml.replace("</Relationships>", related + "</Relationships>"))));
    }

    private static List<String> sheets(Path file) throws Exception {
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT)) {
            return book.sheets();
        }
    }

    /** Serial 0 is 1904-01-01 in the 1904 system; in the 1900 system that day is 1462. */
    @ParameterizedTest
    @CsvSource({"1,0", "true,0", "on,0", "' true ',0", "0,1462", "false,1462"})
    void the_date_system_is_read_as_an_xsd_boolean_as_excel_and_openpyxl_write_it(String date1904, int serial)
            throws Exception {
        Path file = rewrite(Map.of(Workbooks.WORKBOOK,
                Workbooks.utf8(xml -> xml.replace("date1904=\"false\"", "date1904=\"" + date1904 + "\"")),
                Workbooks.SHEET, Workbooks.utf8(xml -> Workbooks.sheet(
                        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + serial + "</v></c></row>"))));
        assertThat(Workbooks.rows(file, "opportunities")).containsExactly("1 [1904-01-01] [Date[value=1904-01-01]]");
    }

    @Test
    void a_date_system_that_is_no_boolean_is_a_damaged_workbook() throws Exception {
        Path file = rewrite(Map.of(Workbooks.WORKBOOK, Workbooks.utf8(xml -> xml.replace("date1904=\"false\"",
                "date1904=\"yes\""))));
        RecordException e = assertThrows(RecordException.class, () -> sheets(file));
        assertThat(e.detail()).isEqualTo("its workbook part gives its date system as \"yes\", which is neither true nor false");
    }

    @Test
    void hidden_and_chart_sheets_are_never_listed_so_never_read() throws Exception {
        Path file = withSheets("chart|visible|chartsheet", "opportunities|hidden|worksheet", "فرصت‌ها||worksheet",
                "secret|veryHidden|worksheet", "dialog||dialogsheet");
        assertThat(sheets(file)).containsExactly("فرصت‌ها");
    }

    @Test
    void a_hidden_sheet_named_like_a_visible_one_is_not_the_one_read() throws Exception {
        Path file = withSheets("opportunities|hidden|worksheet", "opportunities||worksheet");
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT)) {
            assertThat(book.sheets()).containsExactly("opportunities");
        }
    }

    @Test
    void a_sheet_without_a_name_is_a_damaged_workbook() throws Exception {
        Path file = withSheets("opportunities||worksheet", "||worksheet");
        RecordException e = assertThrows(RecordException.class, () -> sheets(file));
        assertThat(e.reason()).isEqualTo(RecordException.Reason.UNREADABLE);
        assertThat(e.detail()).isEqualTo("its workbook part lists a sheet without a name");
    }

    @Test
    void a_damaged_workbook_part_is_named_with_its_line_in_the_librarys_words() throws Exception {
        Path file = rewrite(Map.of(Workbooks.WORKBOOK, Workbooks.utf8(xml -> xml.replace("</sheets>", "\n</sheet>"))));
        RecordException e = assertThrows(RecordException.class, () -> sheets(file));
        assertThat(e.detail()).startsWith("its part xl/workbook.xml is damaged at line 2: ")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");
    }
}
