package ir.anzali.investment.catalog.xlsx.internal;

import static ir.anzali.investment.catalog.xlsx.internal.Workbooks.rows;
import static ir.anzali.investment.catalog.xlsx.internal.Workbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.anzali.investment.catalog.csv.spi.RecordException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sheet XML as XML means it, and row numbers as spreadsheet programs mean them. */
class SheetReaderTest {

    @TempDir
    Path dir;

    private Path plain;

    @BeforeEach
    void writePlain() throws Exception {
        plain = Workbooks.plain(dir.resolve("plain.xlsx"));
    }

    private static String text(long row, String value) {
        return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c></row>";
    }

    private Path withRows(String rows) throws Exception {
        return Workbooks.withSheet(plain, dir.resolve("rows.xlsx"), xml -> sheet(rows));
    }

    private RecordException refused(Path file) {
        return assertThrows(RecordException.class, () -> rows(file, "opportunities"));
    }

    @Test
    void a_comment_or_instruction_that_writes_the_end_of_the_rows_ends_nothing() throws Exception {
        Path file = withRows(text(1, "a") + "<!-- a>b </sheetData> -->" + text(2, "b") + "<?note </sheetData>?>"
                + text(3, "c"));
        assertThat(rows(file, "opportunities")).containsExactly("1 [a] [null]", "2 [b] [null]", "3 [c] [null]");
    }

    @Test
    void a_row_inside_a_comment_is_never_read() throws Exception {
        Path file = withRows(text(1, "a") + "<!-- x> " + text(3, "hidden") + " -->" + text(4, "d"));
        assertThat(rows(file, "opportunities")).containsExactly("1 [a] [null]", "4 [d] [null]");
    }

    @Test
    void a_greater_than_sign_in_an_attribute_of_a_row_is_read_as_xml_means_it() throws Exception {
        Path file = withRows("<row r=\"2\" x=\"a>b\"><c r=\"A2\" x=\"/row>\"><v>5</v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly("2 [5] [Number[value=5]]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "UTF-16", "ISO-8859-1"})
    void a_sheet_is_read_in_the_encoding_it_declares(String encoding) throws Exception {
        String value = encoding.equals("ISO-8859-1") ? "café" : "هتل «شمال»";
        String xml = sheet(text(1, value)).replace("UTF-8", encoding);
        Path file = Workbooks.rewrite(plain, dir.resolve("encoded.xlsx"),
                Map.of(Workbooks.SHEET, old -> xml.getBytes(Charset.forName(encoding))));
        assertThat(rows(file, "opportunities")).containsExactly("1 [" + value + "] [null]");
    }

    @Test
    void bytes_that_are_not_of_the_declared_encoding_are_a_damaged_sheet_in_the_librarys_words() throws Exception {
        String xml = sheet("\n" + text(1, "café"));
        Path file = Workbooks.rewrite(plain, dir.resolve("latin.xlsx"),
                Map.of(Workbooks.SHEET, old -> xml.getBytes(StandardCharsets.ISO_8859_1)));
        RecordException e = refused(file);
        assertThat(e.reason()).isEqualTo(RecordException.Reason.UNREADABLE);
        assertThat(e.detail()).startsWith("the sheet opportunities is damaged at line 2: ")
                .doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("[row,col");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16"})
    void a_document_type_is_refused_in_every_encoding(String encoding) throws Exception {
        String xml = sheet(text(1, "&x;")).replace("encoding=\"UTF-8\"?>",
                "encoding=\"" + encoding + "\"?><!DOCTYPE worksheet [<!ENTITY x \"y\">]>");
        Path file = Workbooks.rewrite(plain, dir.resolve("doctype.xlsx"),
                Map.of(Workbooks.SHEET, old -> xml.getBytes(Charset.forName(encoding))));
        RecordException e = assertThrows(RecordException.class, () -> new XlsxReader().open(file,
                ir.anzali.investment.catalog.csv.Limits.DEFAULT));
        assertThat(e.detail()).isEqualTo("its part xl/worksheets/sheet1.xml declares a document type, which workbooks never do");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|2|row 2 comes after row 2",
        "3|2|row 2 comes after row 3",
        "1|-5|a row is numbered \"-5\"; rows are numbered from 1 to 1048576",
        "1|1048577|a row is numbered \"1048577\"",
        "1|2.0|a row is numbered \"2.0\""})
    void a_row_number_twice_out_of_order_or_out_of_range_is_a_damaged_sheet_naming_the_row(long first, String second,
            String said) throws Exception {
        Path file = withRows(text(first, "a") + "<row r=\"" + second + "\"><c t=\"inlineStr\"><is><t>b</t></is></c></row>");
        RecordException e = refused(file);
        assertThat(e.reason()).isEqualTo(RecordException.Reason.UNREADABLE);
        assertThat(e.detail()).startsWith("the sheet opportunities is damaged at line 1: ").contains(said);
    }

    @Test
    void rows_without_numbers_follow_the_row_before_them() throws Exception {
        Path file = withRows(text(3, "a") + "<row><c t=\"inlineStr\"><is><t>b</t></is></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly("3 [a] [null]", "4 [b] [null]");
    }

    @Test
    void two_cells_of_one_column_are_a_damaged_sheet_naming_them() throws Exception {
        Path file = withRows("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>");
        assertThat(refused(file).detail()).contains("cell B1 comes after cell B1");
    }

    @Test
    void a_formula_with_an_empty_cached_value_is_a_formula_without_its_result() throws Exception {
        Path file = withRows("<row r=\"1\"><c r=\"A1\"><f>B2</f><v></v></c><c r=\"B1\" t=\"str\"><f>C1</f><v></v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly("1 [=B2] [NoResult[formula==B2]]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E-999999999", "1234567890123456789012345678901", "1E+30", "1E-31",
        "0.0000000000000000000000000000001"})
    void a_number_past_the_bounds_of_the_formats_numbers_is_unbounded_before_any_arithmetic(String number)
            throws Exception {
        Path file = withRows("<row r=\"1\"><c r=\"A1\"><v>" + number + "</v></c><c r=\"B1\" s=\"1\"><v>" + number
                + "</v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly(
                "1 [" + number + ", " + number + "] [Unbounded[written=" + number + "], Unbounded[written=" + number + "]]");
    }

    @ParameterizedTest
    @CsvSource({"1E+29,100000000000000000000000000000", "1.5E-29,0.000000000000000000000000000015",
        "-0.30000000000000004,-0.30000000000000004", "0E+99,0"})
    void a_number_within_the_bounds_is_read_whole(String written, String read) throws Exception {
        Path file = withRows("<row r=\"1\"><c r=\"A1\"><v>" + written + "</v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly(
                "1 [" + read + "] [Number[value=" + new java.math.BigDecimal(read) + "]]");
    }

    private static String cell(String reference, String attributes, String value) {
        return "<c r=\"" + reference + "\"" + attributes + "><v>" + value + "</v></c>";
    }

    @Test
    void a_shared_string_is_found_by_its_index_in_every_form_the_markup_allows() throws Exception {
        Path file = withRows("<row r=\"1\">" + cell("A1", " t=\"s\"", "0") + cell("B1", " t=\"s\"", " 0 ")
                + cell("C1", " t=\"s\"", "00") + cell("D1", " t=\"s\"", "0<!-- a comment -->0")
                + cell("E1", " t=\"s\"", "<![CDATA[0]]>") + cell("F1", " t=\"s\"", "&#48;") + "</row>");
        assertThat(rows(file, "opportunities"))
                .containsExactly("1 [x, x, x, x, x, x] [null, null, null, null, null, null]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "007", "1234567890", "-1", "2a"})
    void a_shared_string_the_workbook_lacks_is_named_as_the_cell_writes_it(String index) throws Exception {
        RecordException e = refused(withRows("<row r=\"1\">" + cell("A1", " t=\"s\"", index) + "</row>"));
        assertThat(e.reason()).isEqualTo(RecordException.Reason.UNREADABLE);
        assertThat(e.detail()).isEqualTo("cell A1 names shared string " + index + ", which it lacks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "n|1 [0] [Number[value=0]]", "d|1 [0] [Number[value=0]]", "s|1 [x] [null]", "str|1 [0] [null]",
        "inlineStr|1 [0] [null]", "b|1 [FALSE] [Flag[value=false]]", "e|1 [0] [Failure[code=0]]",
        "S|1 [0] [Number[value=0]]", "sts|1 [0] [Number[value=0]]", "st|1 [0] [Number[value=0]]",
        "strs|1 [0] [Number[value=0]]", "Str|1 [0] [Number[value=0]]", "inlinestr|1 [0] [Number[value=0]]",
        "inlineStrs|1 [0] [Number[value=0]]", "inlineSts|1 [0] [Number[value=0]]", "x|1 [0] [Number[value=0]]",
        "bb|1 [0] [Number[value=0]]", "''|1 [0] [Number[value=0]]"})
    void a_cells_type_is_one_of_the_seven_words_exactly_or_else_a_number(String type, String read) throws Exception {
        Path file = withRows("<row r=\"1\">" + cell("A1", " t=\"" + type + "\"", "0") + "</row>");
        assertThat(rows(file, "opportunities")).containsExactly(read);
    }

    @Test
    void a_value_is_its_last_v_whole_whatever_comes_around_it_and_an_inline_string_before_it() throws Exception {
        StringBuilder longValue = new StringBuilder();
        for (int k = 0; k < 300; k++) {
            longValue.append((char) ('a' + k % 26));
        }
        Path file = withRows("<row r=\"1\">" + cell("A1", " t=\"s\"", "0") + cell("B1", " t=\"str\"", "b")
                + "<c r=\"C1\" t=\"str\"><v>first</v><v>se<!-- x -->c<![CDATA[o]]>&#110;d</v></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><v>ignored</v><is><t>inline</t></is></c>"
                + "<c r=\"E1\" t=\"inlineStr\"><is><t>in</t></is><v>ignored too</v></c>"
                + cell("F1", " t=\"s\"", "0") + cell("G1", " t=\"str\"", longValue.toString())
                + "<c r=\"H1\" t=\"str\"><v></v></c>" + cell("I1", " t=\"s\"", " 0") + "</row>"
                + "<row r=\"2\">" + cell("A2", " t=\"str\"", "after") + "</row>");
        assertThat(rows(file, "opportunities")).containsExactly(
                "1 [x, b, second, inline, in, x, " + longValue + ", , x] [null, null, null, null, null, null, null, null,"
                        + " null]",
                "2 [after] [null]");
    }

    @Test
    void a_type_written_with_white_space_around_it_is_read_as_written_not_as_the_type() throws Exception {
        Path file = withRows("<row r=\"1\">" + cell("A1", " t=\" s \"", "0") + cell("B1", " t=\"s\" s=\" 1 \"", "0")
                + cell("C1", " t=\"s \"", "0") + "</row>");
        assertThat(rows(file, "opportunities"))
                .containsExactly("1 [0, x, 0] [Number[value=0], null, Number[value=0]]");
    }

    @Test
    void cell_attributes_in_a_namespace_or_in_any_order_are_read_as_xml_means_them() throws Exception {
        Path file = withRows("<row r=\"1\" xmlns:x=\"urn:x\"><c x:r=\"Q1\" t=\"s\" x:t=\"n\" r=\"B1\"><v>0</v></c>"
                + "<c x:s=\"1\" t=\"n\" r=\" c1 \"><v>5</v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly("1 [, x, 5] [null, null, Number[value=5]]");
    }

    @Test
    void formulas_before_and_after_a_row_outgrows_its_room_are_each_kept_with_their_cell() throws Exception {
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        StringBuilder texts = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        for (int column = 0; column < 40; column++) {
            boolean formula = column == 0 || column == 12 || column == 39;
            wide.append(formula ? "<c t=\"str\"><f>A1</f><v>f" + column + "</v></c>" : "<c><v>" + column + "</v></c>");
            texts.append(column == 0 ? "" : ", ").append(formula ? "f" : "").append(column);
            typed.append(column == 0 ? "" : ", ").append(formula ? "null" : "Number[value=" + column + "]");
        }
        Path file = withRows(wide + "</row><row r=\"2\"><c t=\"s\"><f>B1</f></c><c t=\"b\"><v>1</v></c></row>");
        assertThat(rows(file, "opportunities")).containsExactly("1 [" + texts + "] [" + typed + "]",
                "2 [=B1, TRUE] [NoResult[formula==B1], Flag[value=true]]");
    }

    @Test
    void rows_wider_and_narrower_than_the_row_before_keep_every_cell() throws Exception {
        StringBuilder wide = new StringBuilder("<row r=\"2\">");
        for (int column = 0; column < 40; column++) {
            wide.append("<c t=\"inlineStr\"><is><t>").append(column).append("</t></is></c>");
        }
        Path file = withRows(text(1, "a") + wide + "</row>" + text(3, "c"));
        List<String> rows = rows(file, "opportunities");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("1 [a] [null]");
        assertThat(rows.get(1)).startsWith("2 [0, 1, 2, ").contains(", 38, 39] [null, ");
        assertThat(rows.get(2)).isEqualTo("3 [c] [null]");
    }
}
