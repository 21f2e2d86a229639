package ir.anzali.investment.catalog.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks a careless or hostile sender could give: each a report, never another exception. */
class HostileWorkbookTest {

    private static final String HEADER = "id,title_en,sector,investment,currency,lead_agency";

    private final CatalogImporter importer = CatalogImporter.builder().build();

    @TempDir
    Path dir;

    private ImportReport validate(Path file) throws IOException {
        return Reports.checked(importer.validate(file, Kind.OPPORTUNITIES));
    }

    private static Problem only(ImportReport report) {
        assertThat(report.errors()).hasSize(1);
        return report.errors().get(0);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void a_damaged_zip_is_refused_as_not_a_workbook() throws Exception {
        Path file = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("not an Excel workbook").contains("zip archive");
    }

    @Test
    void a_zip_without_a_workbook_is_refused() throws Exception {
        Problem p = only(validate(zip("pictures.xlsx", "media/image1.png", "png")));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("without a workbook");
    }

    @Test
    void a_word_document_is_refused_as_a_word_document_with_the_workbook_module_present() throws Exception {
        Problem p = only(validate(zip("letter.xlsx", "word/document.xml", "<w:document/>")));
        assertThat(p.code()).isEqualTo(ErrorCode.UNSUPPORTED_FORMAT);
        assertThat(p.message()).contains("a Word document (.docx), not a spreadsheet");
    }

    @Test
    void a_zip_bomb_is_refused_before_its_xml_is_read() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("expands to more than");
    }

    @Test
    void a_document_type_declaration_is_refused_so_that_no_entity_expands() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><sst>&lol2;</sst>";
        Problem p = only(validate(zip("laughs.xlsx", "xl/workbook.xml", "<workbook/>", "xl/sharedStrings.xml", laughs)));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("document type");
    }

    @Test
    void the_words_of_a_document_type_after_the_root_element_are_no_declaration() throws Exception {
        String mention = "<?xml version=\"1.0\"?><!-- a comment --><sst><!-- <!DOCTYPE is mentioned --></sst>";
        Problem p = only(validate(zip("mention.xlsx", "xl/workbook.xml", "<workbook/>", "xl/sharedStrings.xml",
                mention)));
        assertThat(p.message()).doesNotContain("document type");
    }

    /** Noncharacters are characters of XML, so the parser hands them on and the cell refuses them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"&#xFDD0;, U+FDD0", "&#x10FFFF;, U+10FFFF"})
    void a_cell_whose_xml_names_no_character_of_text_is_a_type_error(String reference, String codePoint)
            throws Exception {
        Path file = withTitleReference(reference);
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
        assertThat(p.cell()).isEqualTo("B2");
        assertThat(p.column()).isEqualTo("title_en");
        assertThat(p.message()).contains(codePoint).contains("not a character of text").contains("Remove it");
    }

    /** A surrogate or U+FFFE is no character XML allows: the sheet is not well-formed, named with its line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"&#xD800;", "&#xDFFF;", "&#55357;", "&#xFFFE;"})
    void a_cell_whose_xml_names_a_character_xml_forbids_is_a_damaged_sheet_named_with_its_line(String reference)
            throws Exception {
        Problem p = only(validate(withTitleReference(reference)));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("the sheet opportunities is damaged at line")
                .doesNotContain("Exception").doesNotContain("com.fasterxml");
    }

    /** A workbook of one row whose English title holds a character reference. */
    private Path withTitleReference(String reference) throws Exception {
        Path plain = book("plain.xlsx", ws -> {
            header(ws);
            ws.inlineString(1, 0, "AFZ-TOU-001");
            ws.inlineString(1, 1, "Anzali MARK Hotel");
            ws.inlineString(1, 2, "TOURISM");
            ws.value(1, 3, 5_000_000_000L);
            ws.inlineString(1, 4, "IRR");
            ws.inlineString(1, 5, "AFZO");
        });
        Path file = dir.resolve("reference.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(text.replace("MARK", reference).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path book(String name, BookWriter writer) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            writer.write(ws);
            wb.finish();
        }
        return file;
    }

    /** Fills a sheet. */
    interface BookWriter {
        void write(Worksheet ws) throws Exception;
    }

    private static void header(Worksheet ws) {
        String[] names = HEADER.split(",");
        for (int c = 0; c < names.length; c++) {
            ws.inlineString(0, c, names[c]);
        }
    }

    /** The header and ten valid rows. */
    private static void tenRows(Worksheet ws) {
        header(ws);
        for (int r = 1; r <= 10; r++) {
            String[] cells = {"AFZ-TOU-" + r, "Seaside hotel " + r, "TOURISM", "5000000000", "IRR", "AFZO"};
            for (int c = 0; c < cells.length; c++) {
                ws.inlineString(r, c, cells[c]);
            }
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void a_sheet_expanding_too_far_as_it_is_read_ahead_is_refused_after_the_rows_before_it_on_any_number_of_workers(
            int parallelism) throws Exception {
        Path plain = book("rows.xlsx", HostileWorkbookTest::tenRows);
        // A comment between rows is skipped by the parser, so only the archive's guard can stop it.
        Path file = ir.anzali.investment.catalog.xlsx.internal.Workbooks.withSheet(plain, dir.resolve("expanding.xlsx"),
                xml -> xml.replace("</sheetData>", "<!--" + "a".repeat(16 << 20) + "--></sheetData>"));
        ImportReport report = Reports.checked(CatalogImporter.builder().parallelism(parallelism).build()
                .validate(file, Kind.OPPORTUNITIES));
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report).isEqualTo(validate(file));
        Problem p = only(report);
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("expands to more than");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && t.getName().equals("catalog-import-read-ahead"));
    }

    @Test
    void thousands_of_columns_stop_at_the_column_limit_with_the_row() throws Exception {
        Path file = book("wide.xlsx", ws -> {
            for (int c = 0; c < 3000; c++) {
                ws.inlineString(0, c, "c" + c);
            }
        });
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).contains("Row 1").contains("3000 cells").contains("256");
        assertThat(p.sheet()).isEqualTo("opportunities");
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void a_row_past_the_column_limit_keeps_the_rows_read_before_it_on_any_number_of_workers(int parallelism)
            throws Exception {
        Path file = book("wide-row.xlsx", ws -> {
            tenRows(ws);
            for (int c = 0; c < 3000; c++) {
                ws.inlineString(11, c, "c" + c);
            }
        });
        ImportReport report = Reports.checked(CatalogImporter.builder().parallelism(parallelism).build()
                .validate(file, Kind.OPPORTUNITIES));
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report).isEqualTo(validate(file));
        Problem last = report.errors().get(report.errors().size() - 1);
        assertThat(last.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(last.message()).contains("Row 12").contains("3000 cells");
    }

    @Test
    void the_longest_cell_excel_allows_is_a_too_long_title_named_by_its_cell() throws Exception {
        Path file = book("long.xlsx", ws -> {
            header(ws);
            ws.inlineString(1, 0, "AFZ-TOU-001");
            ws.inlineString(1, 1, "ب".repeat(32_767));
            ws.inlineString(1, 2, "TOURISM");
            ws.value(1, 3, 5_000_000_000L);
            ws.inlineString(1, 4, "IRR");
            ws.inlineString(1, 5, "AFZO");
        });
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.TOO_LONG);
        assertThat(p.cell()).isEqualTo("B2");
        assertThat(p.value()).hasSize(201);
    }

    @Test
    void every_row_excel_allows_is_read_and_reported() throws Exception {
        Path file = book("tall.xlsx", ws -> {
            header(ws);
            for (int r = 1; r < Worksheet.MAX_ROWS; r++) {
                ws.inlineString(r, 0, "X");
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
        });
        ImportReport report = validate(file);
        assertThat(report.rowsRead()).isEqualTo(Worksheet.MAX_ROWS - 1);
        assertThat(report.rejected()).isEqualTo(Worksheet.MAX_ROWS - 1);
        assertThat(report.errorCount()).isGreaterThan(Worksheet.MAX_ROWS);
        assertThat(report.errors()).hasSize(1000);
    }

    @Test
    void two_visible_sheets_for_one_kind_are_a_file_error_naming_both() throws Exception {
        Path file = dir.resolve("two.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            header(wb.newWorksheet("opportunities"));
            header(wb.newWorksheet("فرصت‌ها"));
            wb.finish();
        }
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).isEqualTo("The workbook has two sheets for opportunities, \"opportunities\" and "
                + "\"فرصت‌ها\"; it may have only one. Move the rows into one of them and delete the other, or rename it.");
    }

    @Test
    void a_number_with_a_billion_digit_exponent_is_a_type_error_on_its_cell_without_arithmetic() throws Exception {
        Path plain = book("plain.xlsx", ws -> {
            header(ws);
            ws.inlineString(1, 0, "AFZ-TOU-001");
            ws.inlineString(1, 1, "Hotel");
            ws.inlineString(1, 2, "TOURISM");
            ws.value(1, 3, 5_000_000_000L);
            ws.inlineString(1, 4, "IRR");
            ws.inlineString(1, 5, "AFZO");
        });
        Path file = ir.anzali.investment.catalog.xlsx.internal.Workbooks.withSheet(plain, dir.resolve("huge.xlsx"),
                xml -> xml.replaceFirst("<v>5000000000(\\.0)?</v>", "<v>1E-999999999</v>"));
        ImportReport report = validate(file);
        Problem p = only(report);
        assertThat(p.code()).isEqualTo(ErrorCode.TYPE_ERROR);
        assertThat(p.cell()).isEqualTo("D2");
        assertThat(p.message()).isEqualTo("\"1E-999999999\" has more than 30 significant digits or 30 decimals. "
                + "Write a shorter number, or use a scale word such as میلیارد or billion.");
    }

    @Test
    void a_damaged_sheet_is_one_error_that_names_the_sheet_and_line_in_the_librarys_words() throws Exception {
        Path plain = book("plain.xlsx", HostileWorkbookTest::header);
        Path file = ir.anzali.investment.catalog.xlsx.internal.Workbooks.withSheet(plain, dir.resolve("damaged.xlsx"),
                xml -> xml.replace("</row>", "</rows>"));
        Problem p = only(validate(file));
        assertThat(p.code()).isEqualTo(ErrorCode.MALFORMED_WORKBOOK);
        assertThat(p.message()).startsWith("The file is not an Excel workbook (.xlsx) that can be read: "
                + "the sheet opportunities is damaged at line 1: ").doesNotContain("Exception").doesNotContain("aalto");
    }
}
