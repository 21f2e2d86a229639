package ir.anzali.investment.catalog.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library's reading of sheets with the XML parser ({@link SheetReader}) gives exactly what
 * fastexcel-reader's streaming reader gives, converted the same way: checked on the workbooks
 * LibreOffice made for the tests, on what the exporter writes, and on random workbooks with every
 * kind of cell and text that XML must escape. A failing random case prints its seed; rerun it with
 * {@code -Dcatalog.seed=N}.
 */
class SheetReadingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"examples.xlsx", "problems.xlsx"})
    void workbooks_made_by_libreoffice_read_as_fastexcel_reads_them(String name) throws Exception {
        Path file = Path.of(SheetReadingTest.class.getResource("/ir/anzali/investment/catalog/xlsx/" + name).toURI());
        assertSameAsFastexcel(file, name);
    }

    @Test
    void random_workbooks_read_as_fastexcel_reads_them() throws Exception {
        String one = System.getProperty("catalog.seed");
        long base = one != null ? Long.parseLong(one) : 20261129L;
        int cases = one != null ? 1 : 40;
        for (int c = 0; c < cases; c++) {
            long seed = base + c;
            Path file = dir.resolve("random-" + seed + ".xlsx");
            write(file, new Random(seed));
            assertSameAsFastexcel(file, "seed " + seed + " (rerun with -Dcatalog.seed=" + seed + ")");
        }
    }

    @Test
    void a_row_too_long_to_hold_is_refused_with_its_cell() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            for (int col = 0; col < 10; col++) {
                ws.inlineString(0, col, "&".repeat(100_000));
            }
            wb.finish();
        }
        Limits limits = new Limits(1000, 256, 2000);
        try (RecordReader.Document book = new XlsxReader().open(file, limits);
                RecordReader.Records rows = book.records("opportunities")) {
            RecordException e = org.junit.jupiter.api.Assertions.assertThrows(RecordException.class,
                    () -> rows.next().convert());
            assertThat(e.reason()).isEqualTo(RecordException.Reason.CELL_TOO_LARGE);
            assertThat(e.detail()).matches("[A-J]1");
        }
    }

    @Test
    void prefixes_comments_cdata_and_character_references_are_read_as_xml_means_them() throws Exception {
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"" + ns + "\">"
                + "<x:sheetData><!-- rows --><x:row r=\"2\" spans=\"1:3\"><x:c r=\"A2\" t=\"inlineStr\"><x:is>"
                + "<x:r><x:t>ه&#x062A;</x:t></x:r><x:r><x:t xml:space='preserve'> ل</x:t></x:r>"
                + "<x:rPh sb=\"0\" eb=\"1\"><x:t>phonetic</x:t></x:rPh></x:is></x:c>"
                + "<x:c r=\"C2\"><x:v><![CDATA[42]]></x:v></x:c></x:row>"
                + "<x:row r=\"3\"/><x:row><x:c t=\"b\"><x:v>1</x:v></x:c><x:c t=\"e\"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>"
                + "</x:row ></x:sheetData></x:worksheet>";
        Path plain = dir.resolve("plain.xlsx");
        try (OutputStream out = Files.newOutputStream(plain)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("opportunities").value(0, 0, "x");
            wb.finish();
        }
        // The same workbook with its sheet's XML written as another program might write it.
        Path file = Workbooks.withSheet(plain, dir.resolve("prefixed.xlsx"), xml -> sheet);
        List<String> rows = new ArrayList<>();
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT);
                RecordReader.Records read = book.records("opportunities")) {
            for (RecordReader.RawRecord raw = read.next(); raw != null; raw = read.next()) {
                rows.add(describe("s", raw.convert()));
            }
        }
        assertThat(rows).containsExactly(
                "s!2 [هت ل, , 42] [null, null, Number[value=42]]",
                "s!3 [] []",
                "s!4 [TRUE, #DIV/0!] [Flag[value=true], Failure[code=#DIV/0!]]");
    }

    @Test
    void a_sheet_that_ends_before_the_end_of_its_rows_is_refused() throws Exception {
        Path plain = dir.resolve("whole.xlsx");
        try (OutputStream out = Files.newOutputStream(plain)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("opportunities");
            for (int r = 0; r < 50; r++) {
                ws.value(r, 0, "row " + r);
            }
            wb.finish();
        }
        // Cut right after a row's end, where only the missing end of the rows tells the damage.
        Path file = Workbooks.withSheet(plain, dir.resolve("cut.xlsx"),
                xml -> xml.substring(0, xml.lastIndexOf("</row>", xml.length() / 2) + "</row>".length()));
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT);
                RecordReader.Records rows = book.records("opportunities")) {
            RecordException e = org.junit.jupiter.api.Assertions.assertThrows(RecordException.class, () -> {
                for (RecordReader.RawRecord raw = rows.next(); raw != null; raw = rows.next()) {
                    raw.convert();
                }
            });
            assertThat(e.reason()).isEqualTo(RecordException.Reason.UNREADABLE);
            assertThat(e.detail()).startsWith("the sheet opportunities is damaged at line 1: ")
                    .doesNotContain("Exception").doesNotContain("com.fasterxml");
        }
    }

    @Test
    void every_sheet_fails_as_the_first_did_when_the_shared_strings_cannot_be_read() throws Exception {
        Path plain = dir.resolve("two.xlsx");
        try (OutputStream out = Files.newOutputStream(plain)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("opportunities").value(0, 0, "shared");
            wb.newWorksheet("incentives").value(0, 0, "shared");
            wb.finish();
        }
        Path file = Workbooks.rewrite(plain, dir.resolve("cut-strings.xlsx"), Map.of("xl/sharedStrings.xml",
                Workbooks.utf8(xml -> xml.substring(0, xml.indexOf("shared")))));
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT)) {
            for (String sheet : List.of("opportunities", "incentives")) {
                try (RecordReader.Records rows = book.records(sheet)) {
                    RecordException e = org.junit.jupiter.api.Assertions.assertThrows(RecordException.class,
                            rows::next);
                    assertThat(e.reason()).as(sheet).isEqualTo(RecordException.Reason.UNREADABLE);
                    assertThat(e.detail()).as(sheet).startsWith("its part xl/sharedStrings.xml is damaged");
                }
            }
        }
    }

    /** A workbook of random cells: text with markup, entities and scripts, numbers, dates, flags, formulas. */
    private static void write(Path file, Random random) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (String sheet : List.of("opportunities", "فرصت‌ها")) {
                Worksheet ws = wb.newWorksheet(sheet);
                int rows = 1 + random.nextInt(30);
                for (int r = 0; r < rows; r++) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    int cols = 1 + random.nextInt(12);
                    for (int col = 0; col < cols; col++) {
                        if (random.nextInt(5) == 0) {
                            continue;
                        }
                        switch (random.nextInt(9)) {
                            case 0 -> ws.value(r, col, text(random));
                            case 1 -> ws.inlineString(r, col, text(random));
                            case 2 -> ws.value(r, col, random.nextInt(2_000_000) - 1_000_000);
                            case 3 -> ws.value(r, col, new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(6)));
                            case 4 -> {
                                ws.value(r, col, LocalDate.of(1950 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                                ws.style(r, col).format("yyyy-mm-dd").set();
                            }
                            case 5 -> ws.value(r, col, random.nextBoolean());
                            case 6 -> ws.formula(r, col, "SUM(A1:B" + (1 + random.nextInt(9)) + ")");
                            case 7 -> {
                                ws.value(r, col, random.nextDouble());
                                ws.style(r, col).format("0.00%").set();
                            }
                            default -> ws.value(r, col, random.nextInt(100) + 0.5);
                        }
                    }
                }
            }
            wb.finish();
        }
    }

    private static final String[] PIECES = {"<", ">", "&", "\"", "'", "&amp;", "]]>", "<row>", "</row>", "هتل",
        "\u200c", "\u200f", "😀", " ", "  ", "\t", "AFZ-TOU-001", "۱۲۳", "=SUM(A1)", "-", "a:b", "</c>", "&#x41;"};

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static void assertSameAsFastexcel(Path file, String what) throws Exception {
        List<String> expected = fastexcel(file);
        List<String> actual = new ArrayList<>();
        try (RecordReader.Document book = new XlsxReader().open(file, Limits.DEFAULT)) {
            for (String sheet : book.sheets()) {
                try (RecordReader.Records rows = book.records(sheet)) {
                    for (RecordReader.RawRecord raw = rows.next(); raw != null; raw = rows.next()) {
                        actual.add(describe(sheet, raw.convert()));
                    }
                }
            }
        }
        assertThat(actual).as(what).containsExactlyElementsOf(expected);
    }

    private static String describe(String sheet, CellRecord row) {
        return sheet + "!" + Workbooks.describe(row);
    }

    /** What the library read before it read sheets itself: fastexcel-reader's rows, converted as it converted them. */
    private static List<String> fastexcel(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Oracle oracle = new Oracle(book.isDate1904());
            for (Sheet sheet : book.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList()) {
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                        out.add(describe(sheet.getName(), oracle.convert(it.next())));
                    }
                }
            }
        }
        return out;
    }

    /** The conversion of fastexcel-reader's cells the library used before, kept here as the reference. */
    private static final class Oracle {
        private static final Set<String> ERRORS = Set.of("#N/A", "#VALUE!", "#REF!", "#DIV/0!",
                "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA");
        private final boolean date1904;
        private final Map<Integer, Integer> shown = new ConcurrentHashMap<>();

        Oracle(boolean date1904) {
            this.date1904 = date1904;
        }

        CellRecord convert(Row row) {
            int count = row.getCellCount();
            String[] text = new String[count];
            CellValue[] typed = new CellValue[count];
            for (int i = 0; i < count; i++) {
                Cell cell = row.getCell(i);
                text[i] = "";
                if (cell == null) {
                    continue;
                }
                switch (cell.getType()) {
                    case STRING -> text[i] = cell.getRawValue() == null ? "" : cell.asString();
                    case NUMBER -> number(cell, cell.asNumber(), i, text, typed);
                    case BOOLEAN -> {
                        boolean value = Boolean.TRUE.equals(cell.asBoolean());
                        text[i] = value ? "TRUE" : "FALSE";
                        typed[i] = new CellValue.Flag(value);
                    }
                    case ERROR -> {
                        text[i] = String.valueOf(cell.getRawValue());
                        typed[i] = new CellValue.Failure(text[i]);
                    }
                    case FORMULA -> formula(cell, i, text, typed);
                    default -> { }
                }
            }
            List<CellValue> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(typed[i] != null ? typed[i] : CellValue.of(text[i]));
            }
            return CellRecord.of(row.getRowNum(), cells);
        }

        private void formula(Cell cell, int i, String[] text, CellValue[] typed) {
            Object value = cell.getValue();
            String raw = cell.getRawValue();
            if (raw == null) {
                text[i] = "=" + cell.getFormula();
                typed[i] = new CellValue.NoResult(text[i]);
            } else if (value instanceof BigDecimal number) {
                number(cell, number, i, text, typed);
            } else if (value instanceof Boolean flag) {
                text[i] = flag ? "TRUE" : "FALSE";
                typed[i] = new CellValue.Flag(flag);
            } else if (ERRORS.contains(raw)) {
                text[i] = raw;
                typed[i] = new CellValue.Failure(raw);
            } else {
                text[i] = raw;
            }
        }

        private void number(Cell cell, BigDecimal value, int i, String[] text, CellValue[] typed) {
            Integer id = cell.getDataFormatId();
            int kind = id == null ? 0 : shown.computeIfAbsent(id, key -> NumberFormats.isDate(key,
                    cell.getDataFormatString()) ? 1 : NumberFormats.isPercent(key, cell.getDataFormatString()) ? 2 : 0);
            if (kind == 1) {
                LocalDate day = NumberFormats.day(value, date1904);
                if (day != null) {
                    text[i] = day.toString();
                    typed[i] = new CellValue.Date(day);
                    return;
                }
            }
            BigDecimal number = kind == 2 ? value.movePointRight(2) : value;
            number = number.stripTrailingZeros();
            number = number.scale() < 0 ? number.setScale(0) : number;
            text[i] = number.toPlainString();
            typed[i] = new CellValue.Number(number);
        }
    }
}
