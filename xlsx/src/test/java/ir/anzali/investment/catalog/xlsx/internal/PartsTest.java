package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.internal.WorkbookException;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workbook part as spreadsheet programs mean it: its date system, and which sheets it shows. */
class PartsTest {

    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @TempDir
    Path dir;

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
                    .append(RELATIONSHIP).append(s[2]).append("\"/>");
        }
        return rewrite(Map.of(
                Workbooks.WORKBOOK, Workbooks.utf8(xml -> xml.replaceAll("<sheets>.*</sheets>", "<sheets>" + listed + "</sheets>")),
                Workbooks.RELATIONSHIPS, Workbooks.utf8(xml -> xml.replace("</Relationships>", related + "</Relationships>"))));
    }

    private static List<String> sheets(Path file) throws Exception {
        try (WorkbookReader.Workbook book = new XlsxReader().open(file, Limits.DEFAULT)) {
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
        WorkbookException e = assertThrows(WorkbookException.class, () -> sheets(file));
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
        try (WorkbookReader.Workbook book = new XlsxReader().open(file, Limits.DEFAULT)) {
            assertThat(book.sheets()).containsExactly("opportunities");
        }
    }

    @Test
    void a_sheet_without_a_name_is_a_damaged_workbook() throws Exception {
        Path file = withSheets("opportunities||worksheet", "||worksheet");
        WorkbookException e = assertThrows(WorkbookException.class, () -> sheets(file));
        assertThat(e.reason()).isEqualTo(WorkbookException.Reason.NOT_A_WORKBOOK);
        assertThat(e.detail()).isEqualTo("its workbook part lists a sheet without a name");
    }

    @Test
    void a_damaged_workbook_part_is_named_with_its_line_in_the_librarys_words() throws Exception {
        Path file = rewrite(Map.of(Workbooks.WORKBOOK, Workbooks.utf8(xml -> xml.replace("</sheets>", "\n</sheet>"))));
        WorkbookException e = assertThrows(WorkbookException.class, () -> sheets(file));
        assertThat(e.detail()).startsWith("its part xl/workbook.xml is damaged at line 2: ")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");
    }
}
